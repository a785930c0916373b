// The booking page's words. Indonesian first; the compiler checks English has the same keys.
import { I18n } from '../ui/i18n.js';

const id = {
  title: 'Daftar kunjungan online',
  tabBook: 'Pesan',
  tabMine: 'Cek / batalkan',
  intro: 'Tanpa nama, NIK atau nomor HP. Anda mendapat kode; tunjukkan di kiosk saat datang. Identitas diperiksa di loket seperti biasa.',
  stepService: '1. Layanan',
  stepDay: '2. Hari',
  stepSession: '3. Sesi',
  session: 'Sesi {n}',
  placesLeft: 'sisa {n} tempat',
  full: 'Penuh',
  past: 'Sudah lewat',
  closedHoliday: 'Libur',
  closedWeekday: 'Tutup',
  noSessions: 'Tidak ada sesi yang bisa dipesan hari ini.',
  noService: 'Belum ada layanan yang bisa dipesan online.',
  book: 'Pesan sekarang',
  booking: 'Memesan...',
  loading: 'Memuat...',
  yourCode: 'Kode pemesanan Anda',
  codeHint: 'Simpan atau foto layar ini. Di kiosk pilih "Sudah daftar online" lalu masukkan kode ini.',
  when: '{day}, {session} pukul {start}–{end}',
  checkInFrom: 'Check-in di kiosk mulai pukul {time}, paling lambat {end}.',
  bringId: 'Bawa KTP: identitas diperiksa di loket pendaftaran.',
  another: 'Pesan lagi',
  codeLabel: 'Kode pemesanan',
  check: 'Cek',
  status_booked: 'Terpesan',
  status_cancelled: 'Dibatalkan',
  status_checkedIn: 'Sudah check-in',
  ticketNumber: 'Nomor antrian: {number}',
  cancel: 'Batalkan pemesanan',
  cancelConfirm: 'Yakin batalkan? Tempat Anda diberikan ke orang lain.',
  yes: 'Ya, batalkan',
  no: 'Tidak',
  cancelled: 'Pemesanan dibatalkan.',
  err_session_full: 'Maaf, sesi ini sudah penuh. Silakan pilih sesi atau hari lain.',
  err_booking_unavailable: 'Sesi ini tidak bisa dipesan lagi. Silakan pilih yang lain.',
  err_booking_not_found: 'Kode tidak ditemukan. Periksa kembali kodenya.',
  err_booking_used: 'Kode ini sudah dipakai untuk check-in.',
  err_rate_limited: 'Terlalu banyak percobaan. Silakan coba lagi beberapa menit lagi.',
  err_validation_failed: 'Kode terdiri dari 6 huruf/angka.',
  err_network: 'Tidak tersambung. Periksa sinyal lalu coba lagi; pesanan yang sama tidak akan terpesan dua kali.',
  err_other: 'Terjadi kesalahan. Silakan coba lagi.',
};

const en: typeof id = {
  title: 'Book a visit online',
  tabBook: 'Book',
  tabMine: 'Check / cancel',
  intro: 'No name, ID number or phone needed. You get a code; show it at the kiosk when you arrive. Identity is checked at the counter as usual.',
  stepService: '1. Service',
  stepDay: '2. Day',
  stepSession: '3. Session',
  session: 'Session {n}',
  placesLeft: '{n} {n:place|places} left',
  full: 'Full',
  past: 'Over',
  closedHoliday: 'Holiday',
  closedWeekday: 'Closed',
  noSessions: 'No session can be booked on this day.',
  noService: 'No service can be booked online yet.',
  book: 'Book now',
  booking: 'Booking...',
  loading: 'Loading...',
  yourCode: 'Your booking code',
  codeHint: 'Save or screenshot this page. At the kiosk choose "Booked online" and enter this code.',
  when: '{day}, {session} at {start}–{end}',
  checkInFrom: 'Check in at the kiosk from {time}, until {end} at the latest.',
  bringId: 'Bring your ID card: identity is checked at the registration counter.',
  another: 'Book another',
  codeLabel: 'Booking code',
  check: 'Check',
  status_booked: 'Booked',
  status_cancelled: 'Cancelled',
  status_checkedIn: 'Checked in',
  ticketNumber: 'Queue number: {number}',
  cancel: 'Cancel booking',
  cancelConfirm: 'Cancel for sure? Your place goes to someone else.',
  yes: 'Yes, cancel',
  no: 'No',
  cancelled: 'Booking cancelled.',
  err_session_full: 'Sorry, this session is full. Please choose another session or day.',
  err_booking_unavailable: 'This session can no longer be booked. Please choose another.',
  err_booking_not_found: 'Code not found. Please check it again.',
  err_booking_used: 'This code has already been used to check in.',
  err_rate_limited: 'Too many attempts. Please try again in a few minutes.',
  err_validation_failed: 'A code has 6 letters or digits.',
  err_network: 'Not connected. Check your signal and try again; the same booking is never made twice.',
  err_other: 'Something went wrong. Please try again.',
};

export type BookingKey = keyof typeof id;
export const i18n = new I18n<BookingKey>('booking', { id, en });

/** The message for an API error code. */
export function errorText(code: string): string {
  const key = `err_${code}` as BookingKey;
  return i18n.t(key) === key ? i18n.t('err_other') : i18n.t(key);
}

/** "Sen, 30 Nov" from a local date, in the page language. */
export function dayLabel(day: string, long = false): string {
  const d = new Date(`${day}T00:00:00Z`);
  const locale = i18n.lang === 'id' ? 'id-ID' : 'en-GB';
  const opts: Intl.DateTimeFormatOptions = long
    ? { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }
    : { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(locale, opts).format(d);
}

/** "09:00" of an instant in the site's time zone. */
export function timeIn(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone }).format(new Date(iso));
}

/** "K7M Q2P": two groups of three, easier to read out. */
export function groupedCode(code: string): string {
  return `${code.slice(0, 3)} ${code.slice(3)}`;
}
