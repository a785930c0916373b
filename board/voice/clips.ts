// The clip set: every clip name the playlist can produce, and the text espeak-ng speaks for it.
// One source of truth for the generator script, the playlist and the tests.
import { NUMBER_WORDS } from './number-words.js';

export const CHIME = 'chime';

/** Fixed phrases of the call: "Nomor antrian ... silakan menuju ...". */
export const PHRASES: Readonly<Record<string, string>> = {
  'nomor-antrian': 'nomor antrian',
  'silakan-menuju': 'silakan menuju',
  /** A batch: "A dua puluh satu sampai A tiga puluh empat" (docs/visit-rooms.md). */
  sampai: 'sampai',
};

/**
 * Words that counter and room names are made of. A name word not listed here is spelled letter
 * by letter; add the word here and regenerate the clips to have it spoken.
 */
export const COUNTER_WORDS: readonly string[] = [
  'loket', 'ruang', 'ruangan', 'kunjungan', 'meja', 'pos', 'pintu', 'kasir', 'layanan', 'pelayanan',
  'pendaftaran', 'pemeriksaan', 'penitipan', 'pengambilan', 'barang', 'informasi', 'pengaduan',
  'konsultasi', 'tatap', 'muka', 'sesi', 'tamu', 'umum', 'utama', 'khusus', 'prioritas', 'bantuan',
  'hukum', 'dan',
];

export const LETTERS: readonly string[] = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'];

/** The clip that says a letter's name: "A" -> "huruf-a". */
export function letterClip(letter: string): string {
  return `huruf-${letter.toLowerCase()}`;
}

/** Every spoken clip with the text espeak-ng reads (a capital letter is read as its name). */
export function spokenClips(): Record<string, string> {
  const out: Record<string, string> = { ...PHRASES };
  for (const l of LETTERS) out[letterClip(l)] = l;
  for (const w of NUMBER_WORDS) out[w] = w;
  for (const w of COUNTER_WORDS) out[w] = w;
  return out;
}

/** Every clip name, the chime included. */
export function allClipNames(): string[] {
  return [CHIME, ...Object.keys(spokenClips())];
}
