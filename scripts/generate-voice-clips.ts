// Generates the board's voice clips into board/clips/: every spoken clip with espeak-ng's
// Indonesian voice, the chime with sox. Reproducible: fixed voice parameters, and sox -R (fixed
// seeds and Ogg serial), so the same espeak-ng/sox versions give the same bytes.
// Usage: npx tsx scripts/generate-voice-clips.ts [outDir] [name ...]
// Needs: espeak-ng, sox with Ogg Vorbis (Debian: espeak-ng sox libsox-fmt-base).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CHIME, allClipNames, spokenClips } from '../board/voice/clips.js';

export const CLIPS_DIR = resolve(import.meta.dirname, '../board/clips');
const ESPEAK = ['-v', 'id', '-s', '140', '-p', '45', '-a', '150'];
// Mono 16 kHz Vorbis: small, and Chromium's decodeAudioData reads it.
const OUT = ['-R', '-c', '1', '-r', '16000', '-C', '1'];
// Trim silence at both ends, normalise, then a short lead-in and tail so clips butt cleanly.
const TIDY = ['silence', '1', '0.01', '0.3%', 'reverse', 'silence', '1', '0.01', '0.3%', 'reverse', 'norm', '-1', 'pad', '0.01', '0.03'];

function run(cmd: string, args: string[]): void {
  execFileSync(cmd, args, { stdio: ['ignore', 'ignore', 'inherit'] });
}

function speak(text: string, out: string, work: string): void {
  const raw = join(work, 'raw.wav');
  run('espeak-ng', [...ESPEAK, '-w', raw, text]);
  run('sox', [raw, ...OUT, out, ...TIDY]);
}

/** Two bell-like tones (E5 then C5) with a decaying tail, mixed into one short chime. */
function chime(out: string, work: string): void {
  const tone = (freq: number, file: string) =>
    run('sox', ['-R', '-n', '-r', '16000', '-c', '1', file, 'synth', '1.1', 'sine', String(freq), 'sine', String(freq * 2.0),
      'remix', '1v0.8,2v0.2', 'fade', 'l', '0.01', '1.1', '1.05']);
  const hi = join(work, 'hi.wav');
  const lo = join(work, 'lo.wav');
  tone(659.25, hi);
  tone(523.25, lo);
  const loLate = join(work, 'lo-late.wav');
  run('sox', ['-R', lo, loLate, 'pad', '0.55', '0']);
  run('sox', ['-R', '-m', hi, loLate, ...OUT, out, 'norm', '-1']);
}

export function generateClips(outDir = CLIPS_DIR, only?: string[]): string[] {
  const work = mkdtempSync(join(tmpdir(), 'giliran-voice-'));
  const texts = spokenClips();
  const names = only && only.length > 0 ? only : allClipNames();
  try {
    for (const name of names) {
      const out = join(outDir, `${name}.ogg`);
      if (name === CHIME) chime(out, work);
      else if (name in texts) speak(texts[name], out, work);
      else throw new Error(`unknown clip ${name}`);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return names;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [outDir = CLIPS_DIR, ...only] = process.argv.slice(2);
  const names = generateClips(resolve(outDir), only);
  // Clips no longer in the set are removed, so the folder is exactly the set (custom/ is kept).
  if (only.length === 0) {
    const wanted = new Set(names.map((n) => `${n}.ogg`));
    for (const f of readdirSync(outDir)) if (f.endsWith('.ogg') && !wanted.has(f)) rmSync(join(outDir, f));
  }
  const bytes = names.reduce((sum, n) => sum + statSync(join(outDir, `${n}.ogg`)).size, 0);
  console.log(`${names.length} clips, ${(bytes / 1024).toFixed(0)} KiB in ${outDir}`);
}
