// The site a first start creates with no configuration: the visitor service of a detention
// centre. A visit passes registration -> goods inspection -> visit room (linked by `next`).
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
      { id: 'ruang-kunjungan', name: 'Ruang Kunjungan', services: ['kunjungan'], sessionMinutes: 30 },
      { id: 'loket-4', name: 'Loket 4', services: ['informasi'] },
    ],
  };
}
