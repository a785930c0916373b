// The survey's own words (the questions themselves come from protocol/survey-questions.ts).
// Indonesian first; the compiler checks English has the same keys.
import { I18n } from '../ui/i18n.js';

const id = {
  title: 'Survei Kepuasan Masyarakat',
  intro: 'Bantu kami memperbaiki layanan. Sembilan pertanyaan singkat, kurang dari satu menit. Tanpa nama.',
  start: 'Mulai survei',
  enterNumber: 'Ketik nomor antrian Anda, atau pindai kode QR pada tiket',
  numberPlaceholder: 'contoh: A-015',
  ok: 'Lanjut',
  clear: 'Hapus',
  back: 'Kembali',
  skip: 'Lewati',
  cancel: 'Batal',
  progress: 'Pertanyaan {n} dari {total}',
  almostDone: 'Hampir selesai',
  forTicket: 'Survei untuk nomor {number}',
  profileTitle: 'Tentang Anda (boleh dilewati)',
  gender: 'Jenis kelamin',
  gender_L: 'Laki-laki',
  gender_P: 'Perempuan',
  age: 'Umur',
  education: 'Pendidikan',
  occupation: 'Pekerjaan',
  suggestionTitle: 'Saran dan masukan (boleh dikosongkan)',
  suggestionHint: 'Saran tidak ditampilkan kepada umum.',
  send: 'Kirim',
  sending: 'Mengirim...',
  thanks: 'Terima kasih!',
  thanksText: 'Jawaban Anda sudah kami terima.',
  published: 'Indeks Kepuasan Masyarakat {period}: {index} — {grade}, {label}',
  err_survey_already_answered: 'Survei untuk nomor ini sudah diisi. Satu survei untuk satu nomor antrian.',
  err_ticket_not_finished: 'Layanan untuk nomor ini belum selesai. Survei dapat diisi setelah dilayani.',
  err_ticket_not_today: 'Nomor ini tidak ditemukan hari ini. Survei diisi pada hari kunjungan.',
  err_rate_limited: 'Terlalu banyak percobaan. Tunggu sebentar lalu coba lagi.',
  err_network: 'Tidak terhubung ke server. Coba lagi.',
  err_other: 'Maaf, terjadi kesalahan. Coba lagi.',
  phoneOffer: 'Bagaimana pelayanan kami? Isi survei kepuasan (1 menit, tanpa nama).',
  phoneAnswered: 'Terima kasih, survei untuk nomor ini sudah diisi.',
};

const en: typeof id = {
  title: 'Public Satisfaction Survey',
  intro: 'Help us improve. Nine short questions, under a minute. No names.',
  start: 'Start the survey',
  enterNumber: 'Type your queue number, or scan the QR code on your ticket',
  numberPlaceholder: 'e.g. A-015',
  ok: 'Continue',
  clear: 'Clear',
  back: 'Back',
  skip: 'Skip',
  cancel: 'Cancel',
  progress: 'Question {n} of {total}',
  almostDone: 'Almost done',
  forTicket: 'Survey for number {number}',
  profileTitle: 'About you (optional)',
  gender: 'Gender',
  gender_L: 'Male',
  gender_P: 'Female',
  age: 'Age',
  education: 'Education',
  occupation: 'Occupation',
  suggestionTitle: 'Suggestions (optional)',
  suggestionHint: 'Suggestions are never shown publicly.',
  send: 'Send',
  sending: 'Sending...',
  thanks: 'Thank you!',
  thanksText: 'We have received your answers.',
  published: 'Public Satisfaction Index {period}: {index} — {grade}, {label}',
  err_survey_already_answered: 'This number already answered the survey. One survey per queue number.',
  err_ticket_not_finished: 'This number has not been served yet. The survey opens once you are served.',
  err_ticket_not_today: 'This number is not one of today. The survey is taken on the day of the visit.',
  err_rate_limited: 'Too many attempts. Please wait a moment and try again.',
  err_network: 'Not connected to the server. Please try again.',
  err_other: 'Sorry, something went wrong. Please try again.',
  phoneOffer: 'How was our service? Take the satisfaction survey (1 minute, anonymous).',
  phoneAnswered: 'Thank you, this number has answered the survey.',
};

export type SurveyKey = keyof typeof id;
export const i18n = new I18n<SurveyKey>('survey', { id, en });

/** An API error code as a sentence for the visitor. */
export function errorKey(code: string): SurveyKey {
  const known = ['survey_already_answered', 'ticket_not_finished', 'ticket_not_today', 'rate_limited', 'network'];
  return (known.includes(code) ? `err_${code}` : 'err_other') as SurveyKey;
}
