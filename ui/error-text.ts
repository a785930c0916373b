// The one translator of hub errors for every app (admin, counter, kiosk): the envelope's stable
// `code` and the `details` [{ path, code, ...params }] become a sentence in the screen's language.
// Never by matching the hub's wording: the hub's `message` is for developers and logs only.
import type { Lang } from '../protocol/config.js';
import { ApiError } from './api.js';
import { format } from './i18n.js';

export interface ErrorDetail {
  path?: string;
  code?: string;
  message?: string;
  [param: string]: unknown;
}

export interface ErrorSentence {
  text: string;
  /** The field the error concerns (e.g. "prefix", "name.en"), to mark it invalid. */
  field: string | null;
  /** The envelope's code ('network' when nothing answered, 'client' for a non-hub error). */
  code: string;
}

export interface ErrorTextOptions {
  /** Field labels of this form, by path or last path segment, over the common ones. */
  fields?: Record<string, string>;
}

type Table = Record<string, string>;

/** Sentences by the envelope's code. */
const BY_CODE: Record<Lang, Table> = {
  id: {
    bad_request: 'Permintaan tidak dapat dibaca server. Muat ulang halaman lalu coba lagi.',
    validation_failed: 'Isian tidak valid. Periksa lalu coba lagi.',
    payload_too_large: 'Isian terlalu besar.',
    unauthorized: 'Sesi berakhir. Silakan masuk lagi.',
    forbidden: 'Akun Anda tidak berhak melakukan tindakan ini.',
    not_found: 'Tidak ditemukan; mungkin sudah dihapus atau diproses orang lain.',
    conflict: 'Bentrok dengan perubahan lain. Coba lagi.',
    rate_limited: 'Terlalu banyak percobaan. Tunggu sebentar lalu coba lagi.',
    unknown_service: 'Layanan tidak dikenal.',
    unknown_counter: 'Loket ini tidak ada lagi. Pilih loket lain.',
    service_closed: 'Layanan sedang tidak aktif.',
    quota_reached: 'Kuota harian layanan ini sudah habis.',
    outside_hours: 'Layanan ini sedang di luar jam buka.',
    counter_paused: 'Loket sedang dijeda atau ditutup. Buka loket dulu.',
    nothing_waiting: 'Tidak ada nomor yang menunggu untuk loket ini.',
    illegal_transition: 'Tindakan ini tidak bisa untuk status nomor sekarang. Layar sudah diperbarui.',
    not_at_this_counter: 'Nomor ini bukan untuk layanan loket ini.',
    store_unavailable: 'Server tidak dapat menyimpan perubahan saat ini. Hubungi admin.',
    internal: 'Terjadi kesalahan di server. Coba lagi atau hubungi admin.',
    wrong_password: 'Kata sandi sekarang salah.',
    same_password: 'Kata sandi baru harus berbeda dari yang sekarang.',
    network: 'Server tidak terjangkau. Periksa jaringan lalu coba lagi.',
    client: 'Terjadi kesalahan di aplikasi. Muat ulang halaman.',
    other: 'Terjadi kesalahan ({code}). Coba lagi atau hubungi admin.',
  },
  en: {
    bad_request: 'The server could not read the request. Reload the page and try again.',
    validation_failed: 'Invalid input. Check it and try again.',
    payload_too_large: 'The input is too large.',
    unauthorized: 'Your session ended. Please sign in again.',
    forbidden: 'Your account may not do this.',
    not_found: 'Not found; it may have been removed or handled by someone else.',
    conflict: 'Conflicts with another change. Try again.',
    rate_limited: 'Too many attempts. Wait a moment and try again.',
    unknown_service: 'Unknown service.',
    unknown_counter: 'This counter no longer exists. Choose another.',
    service_closed: 'The service is not active.',
    quota_reached: "This service's daily quota is used up.",
    outside_hours: 'This service is outside its opening hours.',
    counter_paused: 'The counter is paused or closed. Open it first.',
    nothing_waiting: 'No number is waiting for this counter.',
    illegal_transition: 'Not possible for the number as it is now. The screen is updated.',
    not_at_this_counter: 'This number is not for this counter’s services.',
    store_unavailable: 'The server cannot save changes right now. Call the admin.',
    internal: 'Something went wrong on the server. Try again or call the admin.',
    wrong_password: 'The current password is wrong.',
    same_password: 'The new password must differ from the current one.',
    network: 'The server cannot be reached. Check the network and try again.',
    client: 'Something went wrong in the app. Reload the page.',
    other: 'Something went wrong ({code}). Try again or call the admin.',
  },
};

/** Sentences by a detail's code: zod's issue codes, and the reasons our own checks give. */
const BY_DETAIL: Record<Lang, Table> = {
  id: {
    required: '{field} wajib diisi.',
    'too_small.string': '{field} minimal {minimum} karakter.',
    'too_small.number': '{field} tidak boleh kurang dari {minimum}.',
    'too_small.zero': '{field} tidak boleh di bawah nol.',
    'too_small.array': '{field}: pilih paling sedikit {minimum}.',
    'too_big.string': '{field} paling banyak {maximum} karakter.',
    'too_big.number': '{field} tidak boleh lebih dari {maximum}.',
    'too_big.array': '{field}: paling banyak {maximum}.',
    'invalid_type.int': '{field} harus bilangan bulat.',
    'invalid_type.number': '{field} harus berupa angka.',
    invalid_type: '{field} belum diisi atau tidak valid.',
    'invalid_format.prefix': 'Huruf awalan harus satu huruf kapital (A-Z).',
    'invalid_format.username': 'Nama pengguna: 3-32 huruf kecil, angka, titik, garis bawah atau tanda hubung.',
    'invalid_format.time': 'Tulis jam sebagai JJ:MM, misalnya 08:00.',
    'invalid_format.url': 'Alamat harus diawali http:// atau https://.',
    'invalid_format.id': 'ID hanya boleh berisi huruf, angka, - dan _.',
    'invalid_format.day': 'Tanggal ditulis TTTT-BB-HH.',
    invalid_format: '{field} tidak sesuai format.',
    invalid_value: '{field}: pilih salah satu dari {values}.',
    unrecognized_keys: 'Isian tidak dikenal: {keys}.',
    duplicate_prefix: 'Huruf awalan {prefix} sudah dipakai layanan {name}.',
    duplicate_id: 'ID "{id}" dipakai dua kali.',
    next_missing: 'Tahap berikutnya "{next}" dari {service} tidak ada.',
    next_cycle: 'Tahap berikutnya membentuk putaran (mulai dari {service}): sebuah kunjungan tidak akan pernah selesai.',
    unknown_service: '{counter}: layanan "{service}" tidak dikenal.',
    session_order: 'Sesi harus dimulai sebelum selesai.',
    last_issue_outside: 'Jam tiket terakhir harus di dalam sesi.',
    id_taken: 'ID "{id}" sudah dipakai.',
    service_in_use: 'Layanan ini masih dipakai ({what}). Nonaktifkan saja, atau lepaskan dulu dari sana.',
    counter_serving: 'Loket ini sedang melayani tiket; selesaikan dulu.',
    last_admin: 'Admin aktif terakhir tidak dapat dinonaktifkan atau dijadikan petugas.',
    self_demote: 'Anda tidak dapat menonaktifkan akun sendiri atau menjadikannya petugas.',
    unknown_timezone: 'Zona waktu tidak dikenal. Contoh: Asia/Makassar, Asia/Jakarta, Asia/Jayapura.',
    printing_off: 'Pencetakan tidak aktif di server ini (PRINTER=none).',
    service_gone: 'Layanan tiket ini sudah tidak ada; tiket tidak dapat dicetak.',
    idempotency_reused: 'Permintaan ini sudah dipakai untuk layanan lain. Coba lagi.',
    range_order: 'Tanggal awal harus sebelum tanggal akhir.',
    range_too_long: 'Laporan paling banyak {max} hari.',
    no_next_stage: 'Layanan ini tidak punya tahap berikutnya.',
    reason_required: 'Tiket ini sudah tercetak dengan baik. Tulis alasan cetak ulang.',
    'in_use.counters': 'loket {names}',
    'in_use.stages': 'tahap berikutnya dari {names}',
    'in_use.tickets': 'tiket hari ini',
  },
  en: {
    required: '{field} is required.',
    'too_small.string': '{field} needs at least {minimum} characters.',
    'too_small.number': '{field} cannot be below {minimum}.',
    'too_small.zero': '{field} cannot be below zero.',
    'too_small.array': '{field}: choose at least {minimum}.',
    'too_big.string': '{field} may have at most {maximum} characters.',
    'too_big.number': '{field} cannot be above {maximum}.',
    'too_big.array': '{field}: at most {maximum}.',
    'invalid_type.int': '{field} must be a whole number.',
    'invalid_type.number': '{field} must be a number.',
    invalid_type: '{field} is missing or invalid.',
    'invalid_format.prefix': 'The prefix must be one capital letter (A-Z).',
    'invalid_format.username': 'Username: 3-32 lowercase letters, digits, dot, underscore or hyphen.',
    'invalid_format.time': 'Write times as HH:MM, for example 08:00.',
    'invalid_format.url': 'The address must start with http:// or https://.',
    'invalid_format.id': 'IDs may hold letters, digits, - and _ only.',
    'invalid_format.day': 'Dates are written YYYY-MM-DD.',
    invalid_format: '{field} has the wrong format.',
    invalid_value: '{field}: choose one of {values}.',
    unrecognized_keys: 'Unknown fields: {keys}.',
    duplicate_prefix: 'Prefix {prefix} is already used by {name}.',
    duplicate_id: 'ID "{id}" is used twice.',
    next_missing: 'The next stage "{next}" of {service} does not exist.',
    next_cycle: 'The next stages form a loop (from {service}): a visit would never end.',
    unknown_service: '{counter}: unknown service "{service}".',
    session_order: 'A session must start before it ends.',
    last_issue_outside: 'The last ticket time must lie within the session.',
    id_taken: 'ID "{id}" is already taken.',
    service_in_use: 'This service is still in use ({what}). Disable it instead, or remove it there first.',
    counter_serving: 'This counter is serving a ticket; finish it first.',
    last_admin: 'The last active admin cannot be disabled or made an officer.',
    self_demote: 'You cannot disable your own account or make it an officer.',
    unknown_timezone: 'Unknown time zone. For example: Asia/Makassar, Asia/Jakarta, Asia/Jayapura.',
    printing_off: 'Printing is off on this server (PRINTER=none).',
    service_gone: "This ticket's service no longer exists; it cannot be printed.",
    idempotency_reused: 'This request was already used for another service. Try again.',
    range_order: 'The start date must come before the end date.',
    range_too_long: 'A report covers at most {max} days.',
    no_next_stage: 'This service has no next stage.',
    reason_required: 'This ticket printed fine. Give a reason to print it again.',
    'in_use.counters': 'counter {names}',
    'in_use.stages': 'the next stage of {names}',
    'in_use.tickets': "today's tickets",
  },
};

/** Field labels by path or by the last segment of a path. */
const FIELDS: Record<Lang, Table> = {
  id: {
    id: 'ID', prefix: 'Huruf awalan', name: 'Nama', 'name.id': 'Nama (Indonesia)', 'name.en': 'Nama (Inggris)',
    dailyQuota: 'Kuota harian', averageServiceMinutes: 'Rata-rata waktu layanan', sessions: 'Sesi', start: 'Jam mulai',
    end: 'Jam selesai', lastIssue: 'Jam tiket terakhir', services: 'Layanan', sessionMinutes: 'Lama sesi',
    username: 'Nama pengguna', displayName: 'Nama tampilan', password: 'Kata sandi', current: 'Kata sandi sekarang',
    role: 'Peran', siteName: 'Nama tempat', timezone: 'Zona waktu', runningText: 'Teks berjalan', ticketFooter: 'Catatan kaki tiket',
    publicUrl: 'Alamat publik', maxRecalls: 'Batas panggil ulang', every: 'Selang prioritas', volume: 'Volume',
    reason: 'Alasan', service: 'Layanan', from: 'Tanggal awal', to: 'Tanggal akhir', kind: 'Jenis', counter: 'Loket',
  },
  en: {
    id: 'ID', prefix: 'Prefix', name: 'Name', 'name.id': 'Name (Indonesian)', 'name.en': 'Name (English)',
    dailyQuota: 'Daily quota', averageServiceMinutes: 'Average service time', sessions: 'Sessions', start: 'Start time',
    end: 'End time', lastIssue: 'Last ticket time', services: 'Services', sessionMinutes: 'Session length',
    username: 'Username', displayName: 'Display name', password: 'Password', current: 'Current password',
    role: 'Role', siteName: 'Site name', timezone: 'Time zone', runningText: 'Running text', ticketFooter: 'Ticket footer',
    publicUrl: 'Public address', maxRecalls: 'Recall limit', every: 'Priority interval', volume: 'Volume',
    reason: 'Reason', service: 'Service', from: 'Start date', to: 'End date', kind: 'Kind', counter: 'Counter',
  },
};

const TIME_FIELDS = new Set(['start', 'end', 'lastIssue']);

function fieldLabel(path: string, lang: Lang, extra: Record<string, string> = {}): string {
  const last = path.split('.').filter((p) => !/^\d+$/.test(p)).pop() ?? '';
  return extra[path] ?? extra[last] ?? FIELDS[lang][path] ?? FIELDS[lang][last] ?? (last || path);
}

const list = (v: unknown, lang: Lang): string => {
  const xs = Array.isArray(v) ? v.map(String) : [];
  if (xs.length < 2) return xs.join('');
  return `${xs.slice(0, -1).join(', ')} ${lang === 'id' ? 'dan' : 'and'} ${xs[xs.length - 1]}`;
};

/** The table key and values for one detail. */
function detailKey(d: ErrorDetail, lang: Lang): { key: string; vars: Record<string, string | number> } | null {
  const code = d.code;
  if (!code) return null;
  const path = d.path ?? '';
  const last = path.split('.').filter((p) => !/^\d+$/.test(p)).pop() ?? '';
  const vars: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(d)) if (typeof v === 'string' || typeof v === 'number') vars[k] = v;
  if (code === 'too_small' || code === 'too_big') {
    const origin = d.origin === 'array' || d.origin === 'set' ? 'array' : d.origin === 'string' ? 'string' : 'number';
    if (code === 'too_small' && origin === 'string' && d.minimum === 1) return { key: 'required', vars };
    if (code === 'too_small' && origin === 'number' && d.minimum === 0) return { key: 'too_small.zero', vars };
    return { key: `${code}.${origin}`, vars };
  }
  if (code === 'invalid_type') {
    if (d.expected === 'int') return { key: 'invalid_type.int', vars };
    if (d.expected === 'number') return { key: 'invalid_type.number', vars };
    return { key: 'invalid_type', vars };
  }
  if (code === 'invalid_format') {
    if (last === 'prefix' || last === 'username' || last === 'id') return { key: `invalid_format.${last}`, vars };
    if (TIME_FIELDS.has(last)) return { key: 'invalid_format.time', vars };
    if (d.format === 'url' || last === 'publicUrl') return { key: 'invalid_format.url', vars };
    if (last === 'from' || last === 'to' || last === 'day') return { key: 'invalid_format.day', vars };
    return { key: 'invalid_format', vars };
  }
  if (code === 'invalid_value') return { key: code, vars: { ...vars, values: list(d.values, lang) } };
  if (code === 'unrecognized_keys') return { key: code, vars: { ...vars, keys: list(d.keys, lang) } };
  if (code === 'service_in_use') {
    const t = BY_DETAIL[lang];
    const parts: string[] = [];
    if (Array.isArray(d.counters) && d.counters.length) parts.push(format(t['in_use.counters'], { names: list(d.counters, lang) }));
    if (Array.isArray(d.stages) && d.stages.length) parts.push(format(t['in_use.stages'], { names: list(d.stages, lang) }));
    if (d.tickets) parts.push(t['in_use.tickets']);
    return { key: code, vars: { ...vars, what: parts.join(', ') } };
  }
  if (code === 'custom' || !(code in BY_DETAIL[lang])) return null;
  return { key: code, vars };
}

/** One detail as a sentence, or null when its code is not known here. */
export function detailText(d: ErrorDetail, lang: Lang, opts: ErrorTextOptions = {}): string | null {
  const k = detailKey(d, lang);
  if (!k) return null;
  const sentence = format(BY_DETAIL[lang][k.key], { ...k.vars, field: fieldLabel(d.path ?? '', lang, opts.fields) });
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}

function detailsOf(err: ApiError): ErrorDetail[] {
  return Array.isArray(err.details) ? (err.details as unknown[]).filter((d): d is ErrorDetail => !!d && typeof d === 'object') : [];
}

/** What went wrong, in the screen's language, from the error's code and details. */
export function errorText(err: unknown, lang: Lang, opts: ErrorTextOptions = {}): ErrorSentence {
  const table = BY_CODE[lang];
  if (!(err instanceof ApiError)) return { text: table.client, field: null, code: 'client' };
  // No answer, or a gateway's: the hub was not reached (a full disk has its own sentence).
  if (err.retryable && err.code !== 'store_unavailable') return { text: table.network, field: null, code: err.code };
  const details = detailsOf(err);
  const first = details.find((d) => typeof d.path === 'string') ?? null;
  const field = first?.path || null;
  for (const d of details) {
    const text = detailText(d, lang, opts);
    if (text) return { text, field: d.path || field, code: err.code };
  }
  return { text: format(table[err.code] ?? table.other, { code: err.code }), field, code: err.code };
}
