import { describe, expect, it } from 'vitest';
import { allClipNames } from '../../board/voice/clips.js';
import { nameClips, playlist, speechText, ticketClips } from '../../board/voice/playlist.js';
import { formatNumber } from '../../protocol/ticket.js';

const call = { number: 'A-015', counterName: 'Loket 2' };
const on = { chime: true, voice: true };

describe('playlist', () => {
  it('A-015 to Loket 2, numbers in words', () => {
    expect(playlist(call, { ...on, reading: 'words' })).toEqual([
      'chime', 'nomor-antrian', 'huruf-a', 'lima', 'belas', 'silakan-menuju', 'loket', 'dua',
    ]);
  });

  it('A-015 to Loket 2, digit by digit', () => {
    expect(playlist(call, { ...on, reading: 'digits' })).toEqual([
      'chime', 'nomor-antrian', 'huruf-a', 'nol', 'satu', 'lima', 'silakan-menuju', 'loket', 'dua',
    ]);
  });

  it('voice off keeps the chime; chime off too leaves nothing', () => {
    expect(playlist(call, { reading: 'words', chime: true, voice: false })).toEqual(['chime']);
    expect(playlist(call, { reading: 'words', chime: false, voice: false })).toEqual([]);
    expect(playlist(call, { reading: 'words', chime: false, voice: true })[0]).toBe('nomor-antrian');
  });

  it('reads the room and other names', () => {
    expect(nameClips('Ruang Kunjungan')).toEqual(['ruang', 'kunjungan']);
    expect(nameClips('Loket 10')).toEqual(['loket', 'sepuluh']);
    expect(nameClips('Informasi & Pengaduan')).toEqual(['informasi', 'dan', 'pengaduan']);
    expect(nameClips('LOKET-3')).toEqual(['loket', 'tiga']);
  });

  it('spells unknown words and splits letters from digits', () => {
    expect(nameClips('VIP')).toEqual(['huruf-v', 'huruf-i', 'huruf-p']);
    expect(nameClips('Meja 2A')).toEqual(['meja', 'dua', 'huruf-a']);
    expect(nameClips('Pôs 1')).toEqual(['pos', 'satu']);
  });

  it('reads the numbers of every day: 1..999, and four digits', () => {
    expect(ticketClips('C-100', 'words')).toEqual(['huruf-c', 'seratus']);
    expect(ticketClips('B-001', 'words')).toEqual(['huruf-b', 'satu']);
    expect(ticketClips('D-1234', 'digits')).toEqual(['huruf-d', 'satu', 'dua', 'tiga', 'empat']);
  });

  it('gives the browser voice the same sentence', () => {
    expect(speechText(call, 'words')).toBe('Nomor antrian, A, lima belas, silakan menuju, Loket 2');
    expect(speechText(call, 'digits')).toBe('Nomor antrian, A, nol satu lima, silakan menuju, Loket 2');
  });

  it('names only clips that exist, for every number, letter and reading', () => {
    const clips = new Set(allClipNames());
    const counters = ['Loket 1', 'Loket 2', 'Loket 3', 'Loket 4', 'Ruang Kunjungan', 'VIP 99', 'Meja Z'];
    for (const prefix of 'ABCDEFGHIJKLMNOPQRSTUVWXYZ') {
      for (let n = 0; n <= 9999; n += prefix === 'A' ? 1 : 97) {
        for (const reading of ['words', 'digits'] as const) {
          const counterName = counters[n % counters.length];
          for (const clip of playlist({ number: formatNumber(prefix, n), counterName }, { ...on, reading })) {
            if (!clips.has(clip)) throw new Error(`${prefix}-${n} ${reading}: no clip ${clip}`);
          }
        }
      }
    }
  });
});
