// A batch call is read once, as a range, with clips that exist; the range text the board and
// counter show puts the numbers in ticket order.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { playlist, speechText } from '../../board/voice/playlist.js';
import { batchRange, sortedBatch } from '../../ui/batch-range.js';
import { ROOT } from '../helpers/test-hub.js';

const opts = { reading: 'words' as const, chime: true, voice: true };

describe('a batch call', () => {
  it('is read as "A dua puluh satu sampai A tiga puluh empat", once', () => {
    const numbers = ['A-021', 'A-034', 'A-022', ...Array.from({ length: 11 }, (_, i) => `A-0${23 + i}`)];
    const clips = playlist({ number: 'A-021', counterName: 'Ruang Kunjungan', batch: { numbers } }, opts);
    expect(clips).toEqual(['chime', 'nomor-antrian', 'huruf-a', 'dua', 'puluh', 'satu', 'sampai', 'huruf-a', 'tiga', 'puluh', 'empat', 'silakan-menuju', 'ruang', 'kunjungan']);
    for (const c of clips) expect(existsSync(join(ROOT, 'board/clips', `${c}.ogg`)), c).toBe(true);
    expect(speechText({ number: 'A-021', counterName: 'Ruang Kunjungan', batch: { numbers } }, 'words')).toBe(
      'Nomor antrian, A, dua puluh satu, sampai, A, tiga puluh empat, silakan menuju, Ruang Kunjungan',
    );
  });

  it('a batch of one is read as a single call', () => {
    expect(playlist({ number: 'C-002', counterName: 'Ruang Kunjungan', batch: { numbers: ['C-002'] } }, opts)).toEqual(
      playlist({ number: 'C-002', counterName: 'Ruang Kunjungan' }, opts),
    );
  });

  it('shows the range lowest first whatever order priority gave the calls', () => {
    expect(batchRange(['A-030', 'A-021', 'A-025'])).toBe('A-021 – A-030');
    expect(batchRange(['A-021'])).toBe('A-021');
    expect(batchRange([])).toBe('');
    expect(sortedBatch(['A-1000', 'A-999'])).toEqual(['A-999', 'A-1000']);
  });
});
