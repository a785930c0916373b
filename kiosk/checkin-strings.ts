// Words of the kiosk's booking check-in ("Sudah daftar online"). Indonesian first.
import { format, type Lang, type Strings } from '../ui/i18n.js';

const id = {
  button: 'Sudah daftar online',
  buttonHint: 'Masukkan kode pemesanan',
  title: 'Sudah daftar online?',
  hint: 'Ketik kode 6 huruf/angka Anda, atau pindai QR / kode di ponsel Anda.',
  camera: 'Pindai dengan kamera',
  cameraStop: 'Tutup kamera',
  submit: 'Check-in',
  checking: 'Memeriksa kode...',
  back: 'Kembali',
  erase: 'Hapus',
  clear: 'Kosongkan',
  used: 'Kode ini sudah dipakai. Nomor antrian Anda: {number}. Tidak dicetak ulang; tanyakan petugas bila tiket hilang.',
  usedNoTicket: 'Kode ini sudah dipakai.',
  notFound: 'Kode tidak ditemukan. Periksa kembali kode Anda, lalu coba lagi.',
  early: 'Anda datang lebih awal. Check-in untuk sesi Anda dibuka pukul {time}. Silakan menunggu sebentar.',
  late: 'Maaf, sesi Anda sudah berakhir pukul {end}. Silakan ambil nomor antrian biasa atau hubungi petugas.',
  wrongDay: 'Pemesanan Anda untuk {day}. Silakan datang pada hari itu, atau ambil nomor antrian biasa.',
  cancelled: 'Pemesanan ini sudah dibatalkan. Silakan ambil nomor antrian biasa.',
  throttled: 'Terlalu banyak kode yang salah. Silakan hubungi petugas.',
  network: 'Server tidak terjangkau. Silakan coba lagi sebentar lagi.',
  generic: 'Check-in belum berhasil. Silakan coba lagi atau hubungi petugas.',
};

const en: typeof id = {
  button: 'Booked online',
  buttonHint: 'Enter your booking code',
  title: 'Booked online?',
  hint: 'Type your 6-character code, or scan the QR / code on your phone.',
  camera: 'Scan with camera',
  cameraStop: 'Close camera',
  submit: 'Check in',
  checking: 'Checking the code...',
  back: 'Back',
  erase: 'Erase',
  clear: 'Clear',
  used: 'This code was already used. Your queue number: {number}. It is not printed again; ask an officer if the ticket is lost.',
  usedNoTicket: 'This code was already used.',
  notFound: 'Code not found. Please check your code and try again.',
  early: 'You are early. Check-in for your session opens at {time}. Please wait a little.',
  late: 'Sorry, your session ended at {end}. Please take a regular number or ask an officer.',
  wrongDay: 'Your booking is for {day}. Please come on that day, or take a regular number.',
  cancelled: 'This booking was cancelled. Please take a regular number.',
  throttled: 'Too many wrong codes. Please ask an officer.',
  network: 'The server cannot be reached. Please try again shortly.',
  generic: 'Check-in did not work. Please try again or ask an officer.',
};

export type CheckinKey = keyof typeof id;
const table: Strings<CheckinKey> = { id, en };

export function checkinText(lang: Lang, key: CheckinKey, vars?: Record<string, string | number>): string {
  return format(table[lang][key], vars, lang);
}
