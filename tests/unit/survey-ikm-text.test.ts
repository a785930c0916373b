// The published index as visitors read it: Indonesian decimal comma, grade and label.
import { describe, expect, it } from 'vitest';
import { tickerText } from '../../board/ticker-text.js';
import type { PublishedIkm } from '../../protocol/survey.js';
import { ikmLine } from '../../ui/ikm-text.js';

const p: PublishedIkm = { period: '2026', from: '2026-01-01', to: '2026-12-31', index: 88.75, grade: 'A', label: 'Sangat Baik', respondents: 400, publishedAt: '2026-12-31T08:00:00Z' };

describe('published index text', () => {
  it('reads as the regulation names it', () => {
    expect(ikmLine(p)).toBe('Indeks Kepuasan Masyarakat 2026: 88,75 — A, Sangat Baik');
    expect(ikmLine({ ...p, index: 80, grade: 'B' }, 'en')).toBe('Public Satisfaction Index 2026: 80.00 — B, Good');
  });
  it('follows the running text on the board, or stands alone', () => {
    expect(tickerText({ runningText: 'Jam kunjungan 08.00', publishedIkm: p })).toBe('Jam kunjungan 08.00   •   Indeks Kepuasan Masyarakat 2026: 88,75 — A, Sangat Baik');
    expect(tickerText({ runningText: '', publishedIkm: p })).toBe('Indeks Kepuasan Masyarakat 2026: 88,75 — A, Sangat Baik');
    expect(tickerText({ runningText: 'Selamat datang', publishedIkm: null })).toBe('Selamat datang');
  });
});
