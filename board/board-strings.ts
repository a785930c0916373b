// The board's words, Bahasa Indonesia first. `?lang=en` switches a screen to English.
import { I18n, type Strings } from '../ui/i18n.js';

const strings = {
  id: {
    title: 'Papan Antrian',
    number: 'Nomor Antrian',
    goTo: 'Silakan menuju',
    counters: 'Loket & Ruang',
    recent: 'Panggilan Sebelumnya',
    waiting: 'Menunggu',
    people: 'orang',
    called: 'Dipanggil',
    serving: 'Dilayani',
    ready: 'Siap',
    paused: 'Istirahat',
    noCall: 'Belum ada panggilan',
    noRecent: 'Belum ada',
    recall: 'Panggilan ke-{n}',
    closedService: 'Tutup',
    enableSound: 'Aktifkan suara',
    enableSoundHint: 'Sentuh di sini untuk pengumuman suara',
    loading: 'Memuat...',
    callOver: 'Menunggu panggilan berikutnya',
  },
  en: {
    title: 'Queue Board',
    number: 'Ticket Number',
    goTo: 'Please go to',
    counters: 'Counters & Rooms',
    recent: 'Previous Calls',
    waiting: 'Waiting',
    people: 'people',
    called: 'Called',
    serving: 'Serving',
    ready: 'Ready',
    paused: 'On break',
    noCall: 'No calls yet',
    noRecent: 'None yet',
    recall: 'Call no. {n}',
    closedService: 'Closed',
    enableSound: 'Enable sound',
    enableSoundHint: 'Touch here for voice announcements',
    loading: 'Loading...',
    callOver: 'Waiting for the next call',
  },
} satisfies Strings<string>;

export type BoardKey = keyof (typeof strings)['id'];

export const boardI18n = new I18n<BoardKey>('board', strings);
