// The one error translator: the hub's code and details (never its wording) become a sentence in
// the screen's language. The details are the ones the hub really sends (validationError on real
// zod schemas, and the reasons of the admin routes).
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { validationError } from '../../hub/http/errors.js';
import { serviceSchema, siteConfigSchema } from '../../protocol/config-schema.js';
import { defaultSite } from '../../hub/default-site.js';
import { ApiError } from '../../ui/api.js';
import { errorText } from '../../ui/error-text.js';

/** What an app receives for a body that fails `schema`. */
function hubError(schema: z.ZodType, body: unknown): ApiError {
  const r = schema.safeParse(body);
  if (r.success) throw new Error('expected a validation failure');
  const e = validationError(r.error);
  return new ApiError(e.code, e.message, e.status, JSON.parse(JSON.stringify(e.details)));
}

const svc = defaultSite('Asia/Makassar').services[0];

describe('ui/error-text', () => {
  it('says a too-short field in Indonesian and English, never the hub wording', () => {
    const err = hubError(serviceSchema, { ...svc, name: { id: '', en: 'x' } });
    expect(err.message).toMatch(/Too small/);
    expect(errorText(err, 'id')).toEqual({ text: 'Nama (Indonesia) wajib diisi.', field: 'name.id', code: 'validation_failed' });
    expect(errorText(err, 'en').text).toBe('Name (Indonesian) is required.');
    const pw = new ApiError('validation_failed', 'next: Too small', 400, [{ path: 'next', code: 'too_small', origin: 'string', minimum: 8, message: 'Too small' }]);
    expect(errorText(pw, 'id', { fields: { next: 'Kata sandi baru' } }).text).toBe('Kata sandi baru minimal 8 karakter.');
  });

  it('numbers, formats and choices by their zod code and parameters', () => {
    expect(errorText(hubError(serviceSchema, { ...svc, dailyQuota: -1 }), 'id').text).toBe('Kuota harian tidak boleh di bawah nol.');
    expect(errorText(hubError(serviceSchema, { ...svc, averageServiceMinutes: 0.1 }), 'id').text).toBe('Rata-rata waktu layanan tidak boleh kurang dari 0.5.');
    expect(errorText(hubError(serviceSchema, { ...svc, dailyQuota: 2.5 }), 'id').text).toBe('Kuota harian harus bilangan bulat.');
    expect(errorText(hubError(serviceSchema, { ...svc, prefix: 'ab' }), 'id').text).toBe('Huruf awalan harus satu huruf kapital (A-Z).');
    expect(errorText(hubError(serviceSchema, { ...svc, sessions: [{ start: '8:00', end: '11:00' }] }), 'en').text).toBe('Write times as HH:MM, for example 08:00.');
    const choice = hubError(z.strictObject({ role: z.enum(['admin', 'officer']) }), { role: 'boss' });
    expect(errorText(choice, 'id').text).toBe('Peran: pilih salah satu dari admin dan officer.');
    expect(errorText(hubError(z.strictObject({}), { extra: 1 }), 'en').text).toBe('Unknown fields: extra.');
  });

  it('our own checks by their reason: cycles, sessions, duplicate prefixes', () => {
    const site = defaultSite('Asia/Makassar');
    const cycle = { ...site, services: site.services.map((s) => (s.id === 'kunjungan' ? { ...s, next: 'pendaftaran' } : s)) };
    expect(errorText(hubError(siteConfigSchema, cycle), 'id').text).toMatch(/^Tahap berikutnya membentuk putaran \(mulai dari pendaftaran\)/);
    const session = hubError(serviceSchema, { ...svc, sessions: [{ start: '11:00', end: '08:00' }] });
    expect(errorText(session, 'id').text).toBe('Sesi harus dimulai sebelum selesai.');
    const dup = { ...site, services: site.services.map((s) => (s.id === 'barang' ? { ...s, prefix: 'A' } : s)) };
    expect(errorText(hubError(siteConfigSchema, dup), 'id').text).toBe('Huruf awalan A sudah dipakai layanan Pendaftaran Kunjungan.');
  });

  it('conflicts with a reason, as the admin routes send them', () => {
    const inUse = new ApiError('conflict', "service informasi is still used by counter Meja Informasi, today's tickets; disable it instead", 409, [
      { path: '', code: 'service_in_use', service: 'informasi', counters: ['Meja Informasi'], stages: [], tickets: true, message: '...' },
    ]);
    expect(errorText(inUse, 'id').text).toBe('Layanan ini masih dipakai (loket Meja Informasi, tiket hari ini). Nonaktifkan saja, atau lepaskan dulu dari sana.');
    const off = new ApiError('conflict', 'printing is off (PRINTER=none)', 409, [{ path: '', code: 'printing_off', message: 'printing is off (PRINTER=none)' }]);
    expect(errorText(off, 'id').text).toBe('Pencetakan tidak aktif di server ini (PRINTER=none).');
  });

  it('codes without details, unknown codes and failures that never reached the hub', () => {
    expect(errorText(new ApiError('wrong_password', 'the current password is wrong', 403), 'id').text).toBe('Kata sandi sekarang salah.');
    expect(errorText(new ApiError('quota_reached', 'quota', 409), 'en').text).toBe("This service's daily quota is used up.");
    expect(errorText(new ApiError('network', 'fetch failed', 0), 'id').text).toMatch(/tidak terjangkau/);
    // A detail with a code the apps do not know falls back to the envelope code, not the message.
    const odd = new ApiError('conflict', 'some english', 409, [{ path: 'x', code: 'custom', message: 'some english' }]);
    expect(errorText(odd, 'id')).toEqual({ text: 'Bentrok dengan perubahan lain. Coba lagi.', field: 'x', code: 'conflict' });
    expect(errorText(new ApiError('http', 'teapot', 418), 'id').text).toBe('Terjadi kesalahan (http). Coba lagi atau hubungi admin.');
  });
});
