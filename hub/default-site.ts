// The site a first start creates with no configuration: the visitor service of a detention
// centre. A visit passes registration -> goods inspection -> visit room (linked by `next`).
// Visitors start at the first stage: the kiosk offers registration and information only; goods
// inspection and the visit room stay active (tickets are passed on to them) but are not offered
// (`kiosk: false`), so no family skips registration. The visit room admits 20 families per
// 30-minute session, called in batches (docs/visit-rooms.md).
import type { SiteConfig } from '../protocol/config.js';

export function defaultSite(timezone: string): SiteConfig {
  return {
    settings: {
      siteName: 'Rutan Kelas IIA Balikpapan',
      timezone,
      runningText: 'Selamat datang di layanan kunjungan. Ambil nomor antrian dan tunggu nomor Anda dipanggil.',
      ticketFooter: 'Rutaba CERIA - Cepat, Ramah, Empatik, Responsif, Inovatif, Aman',
      publicUrl: '',
      numberReading: 'words',
      voice: { voice: true, chime: true, volume: 1, browserSpeech: false },
      priority: { mode: 'first' },
      maxRecalls: 3,
      expireAtRollover: true,
      paperWidth: 80,
    },
    services: [
      {
        id: 'pendaftaran',
        prefix: 'A',
        name: { id: 'Pendaftaran Kunjungan', en: 'Visit Registration' },
        active: true,
        dailyQuota: null,
        sessions: [],
        next: 'barang',
        averageServiceMinutes: 4,
        icon: 'id-card',
      },
      {
        id: 'barang',
        prefix: 'B',
        name: { id: 'Pemeriksaan Barang', en: 'Goods Inspection' },
        active: true,
        dailyQuota: null,
        sessions: [],
        next: 'kunjungan',
        averageServiceMinutes: 5,
        icon: 'package',
        kiosk: false,
      },
      {
        id: 'kunjungan',
        prefix: 'C',
        name: { id: 'Ruang Kunjungan', en: 'Visit Room' },
        active: true,
        dailyQuota: null,
        sessions: [],
        next: null,
        averageServiceMinutes: 20,
        icon: 'users',
        kiosk: false,
      },
      {
        id: 'informasi',
        prefix: 'D',
        name: { id: 'Informasi & Pengaduan', en: 'Information & Complaints' },
        active: true,
        dailyQuota: null,
        sessions: [],
        next: null,
        averageServiceMinutes: 5,
        icon: 'info',
      },
    ],
    counters: [
      { id: 'loket-1', name: 'Loket 1', services: ['pendaftaran'] },
      { id: 'loket-2', name: 'Loket 2', services: ['pendaftaran'] },
      { id: 'loket-3', name: 'Loket 3', services: ['barang'] },
      { id: 'ruang-kunjungan', name: 'Ruang Kunjungan', services: ['kunjungan'], sessionMinutes: 30, capacity: 20 },
      { id: 'loket-4', name: 'Loket 4', services: ['informasi'] },
    ],
  };
}
