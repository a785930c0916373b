import { describe, expect, it } from 'vitest';
import { NUMBER_WORDS, digitWords, numberWords } from '../../board/voice/number-words.js';

const KNOWN: Array<[number, string]> = [
  [0, 'nol'], [1, 'satu'], [2, 'dua'], [3, 'tiga'], [4, 'empat'], [5, 'lima'], [6, 'enam'],
  [7, 'tujuh'], [8, 'delapan'], [9, 'sembilan'], [10, 'sepuluh'], [11, 'sebelas'],
  [12, 'dua belas'], [15, 'lima belas'], [19, 'sembilan belas'], [20, 'dua puluh'],
  [21, 'dua puluh satu'], [30, 'tiga puluh'], [55, 'lima puluh lima'], [99, 'sembilan puluh sembilan'],
  [100, 'seratus'], [101, 'seratus satu'], [110, 'seratus sepuluh'], [111, 'seratus sebelas'],
  [115, 'seratus lima belas'], [120, 'seratus dua puluh'], [200, 'dua ratus'],
  [215, 'dua ratus lima belas'], [999, 'sembilan ratus sembilan puluh sembilan'],
  [1000, 'seribu'], [1001, 'seribu satu'], [1010, 'seribu sepuluh'], [1011, 'seribu sebelas'],
  [1100, 'seribu seratus'], [1999, 'seribu sembilan ratus sembilan puluh sembilan'],
  [2000, 'dua ribu'], [2025, 'dua ribu dua puluh lima'], [2772, 'dua ribu tujuh ratus tujuh puluh dua'],
  [5005, 'lima ribu lima'], [7100, 'tujuh ribu seratus'],
  [9999, 'sembilan ribu sembilan ratus sembilan puluh sembilan'],
];

const UNIT: Record<string, number> = {
  satu: 1, dua: 2, tiga: 3, empat: 4, lima: 5, enam: 6, tujuh: 7, delapan: 8, sembilan: 9,
};

/** An independent reader of the words, to check every value round-trips. */
function parseWords(words: string[]): number {
  if (words.join(' ') === 'nol') return 0;
  let total = 0;
  let pending = 0;
  for (const w of words) {
    if (w in UNIT) pending = UNIT[w];
    else if (w === 'sepuluh') total += 10;
    else if (w === 'sebelas') total += 11;
    else if (w === 'seratus') total += 100;
    else if (w === 'seribu') total += 1000;
    else if (w === 'belas') (total += pending + 10), (pending = 0);
    else if (w === 'puluh') (total += pending * 10), (pending = 0);
    else if (w === 'ratus') (total += pending * 100), (pending = 0);
    else if (w === 'ribu') (total += pending * 1000), (pending = 0);
    else throw new Error(`unknown word ${w}`);
  }
  return total + pending;
}

describe('numberWords', () => {
  it.each(KNOWN)('%i -> %s', (n, words) => {
    expect(numberWords(n).join(' ')).toBe(words);
  });

  it('reads every number 0..9999 back to itself, uniquely, with well-formed words', () => {
    const seen = new Set<string>();
    const wrong: string[] = [];
    const words = new Set(NUMBER_WORDS);
    for (let n = 0; n <= 9999; n++) {
      const tokens = numberWords(n);
      const text = tokens.join(' ');
      if (parseWords(tokens) !== n) wrong.push(`${n}: reads back as ${parseWords(tokens)}`);
      if (seen.has(text)) wrong.push(`${n}: ${text} twice`);
      seen.add(text);
      if (!tokens.every((w) => words.has(w))) wrong.push(`${n}: ${text} has a word without a clip`);
      // Indonesian uses se- forms, never "satu puluh/ratus/ribu/belas"; nol only alone.
      if (/satu (belas|puluh|ratus|ribu)/.test(text)) wrong.push(`${n}: ${text}`);
      if (n > 0 && tokens.includes('nol')) wrong.push(`${n}: ${text}`);
    }
    expect(wrong).toEqual([]);
  });

  it('refuses what it cannot read', () => {
    for (const bad of [-1, 10000, 1.5, Number.NaN]) expect(() => numberWords(bad)).toThrow(RangeError);
  });
});

describe('digitWords', () => {
  it('reads digit by digit, keeping leading zeros', () => {
    expect(digitWords('015')).toEqual(['nol', 'satu', 'lima']);
    expect(digitWords('000')).toEqual(['nol', 'nol', 'nol']);
    expect(digitWords('1234')).toEqual(['satu', 'dua', 'tiga', 'empat']);
    expect(digitWords('9876543210').join(' ')).toBe('sembilan delapan tujuh enam lima empat tiga dua satu nol');
  });
});
