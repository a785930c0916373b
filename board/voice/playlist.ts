// A call -> the clip names to play, in order:
// chime, "nomor antrian", letter, number, "silakan menuju", counter name words.
import type { NumberReading } from '../../protocol/config.js';
import type { PublicCall } from '../../protocol/public.js';
import { parseNumber } from '../../protocol/ticket.js';
import { sortedBatch } from '../../ui/batch-range.js';
import { CHIME, COUNTER_WORDS, letterClip } from './clips.js';
import { digitWords, numberWords } from './number-words.js';

export interface PlaylistOptions {
  reading: NumberReading;
  chime: boolean;
  voice: boolean;
}

const KNOWN = new Set(COUNTER_WORDS);

/** Letters and digits only, accents dropped: "Ruang Kunjungan" -> ["ruang", "kunjungan"]. */
function nameParts(name: string): string[] {
  const plain = name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/&/g, ' dan ');
  return plain.match(/[a-z]+|[0-9]+/g) ?? [];
}

function wordsOfNumber(digits: string): string[] {
  const n = Number(digits);
  return digits.length <= 4 ? numberWords(n) : digitWords(digits);
}

/** A counter or room name as clips: numbers in words, known words as themselves, others spelled. */
export function nameClips(name: string): string[] {
  return nameParts(name).flatMap((part) => {
    if (/^[0-9]/.test(part)) return wordsOfNumber(part);
    if (KNOWN.has(part)) return [part];
    return [...part].map(letterClip);
  });
}

/** "A-015" -> { prefix: "A", words: lima belas } (or nol satu lima); null for another shape. */
function readNumber(number: string, reading: NumberReading): { prefix: string; words: string[] } | null {
  const parsed = parseNumber(number);
  if (!parsed) return null;
  const digits = number.slice(number.indexOf('-') + 1);
  return { prefix: parsed.prefix, words: reading === 'digits' ? digitWords(digits) : numberWords(parsed.n) };
}

/** "A-015" -> huruf-a + lima belas (words) or huruf-a + nol satu lima (digits). */
export function ticketClips(number: string, reading: NumberReading): string[] {
  const read = readNumber(number, reading);
  return read ? [letterClip(read.prefix), ...read.words] : nameClips(number);
}

type Spoken = Pick<PublicCall, 'number' | 'counterName' | 'batch'>;

/** The first and last number of a batch call (in ticket order), or null for a single call. */
function batchEnds(call: Spoken): [string, string] | null {
  const numbers = call.batch?.numbers ?? [];
  if (numbers.length < 2) return null;
  const s = sortedBatch(numbers);
  return [s[0], s[s.length - 1]];
}

/** A batch is read once, as a range: "nomor antrian A dua puluh satu sampai A tiga puluh empat". */
export function playlist(call: Spoken, opts: PlaylistOptions): string[] {
  const ends = batchEnds(call);
  const number = ends
    ? [...ticketClips(ends[0], opts.reading), 'sampai', ...ticketClips(ends[1], opts.reading)]
    : ticketClips(call.number, opts.reading);
  const speech = opts.voice ? ['nomor-antrian', ...number, 'silakan-menuju', ...nameClips(call.counterName)] : [];
  return opts.chime ? [CHIME, ...speech] : speech;
}

/** The same call as one sentence, for the browser's speech voice. */
export function speechText(call: Spoken, reading: NumberReading): string {
  const say = (n: string) => {
    const read = readNumber(n, reading);
    return read ? `${read.prefix}, ${read.words.join(' ')}` : n;
  };
  const ends = batchEnds(call);
  const number = ends ? `${say(ends[0])}, sampai, ${say(ends[1])}` : say(call.number);
  return `Nomor antrian, ${number}, silakan menuju, ${call.counterName}`;
}
