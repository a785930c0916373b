// A call -> the clip names to play, in order:
// chime, "nomor antrian", letter, number, "silakan menuju", counter name words.
import type { NumberReading } from '../../protocol/config.js';
import type { PublicCall } from '../../protocol/public.js';
import { parseNumber } from '../../protocol/ticket.js';
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

export function playlist(call: Pick<PublicCall, 'number' | 'counterName'>, opts: PlaylistOptions): string[] {
  const speech = opts.voice
    ? ['nomor-antrian', ...ticketClips(call.number, opts.reading), 'silakan-menuju', ...nameClips(call.counterName)]
    : [];
  return opts.chime ? [CHIME, ...speech] : speech;
}

/** The same call as one sentence, for the browser's speech voice. */
export function speechText(call: Pick<PublicCall, 'number' | 'counterName'>, reading: NumberReading): string {
  const read = readNumber(call.number, reading);
  const number = read ? `${read.prefix}, ${read.words.join(' ')}` : call.number;
  return `Nomor antrian, ${number}, silakan menuju, ${call.counterName}`;
}
