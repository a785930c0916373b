// Online booking through the real hub: quotas under concurrency, idempotency, check-in, guessing.
import { afterEach, describe, expect, it } from 'vitest';
import { BOOKING_CODE_ALPHABET, newBookingCodeForTest } from './booking-test-helpers.js';
import { visitSite } from '../unit/booking-fixtures.js';
import { api, login, startTestHub, type TestHub } from '../helpers/test-hub.js';

let hub: TestHub | undefined;
afterEach(async () => {
  await hub?.close();
  hub = undefined;
});

function clockAt(iso: string) {
  const c = { t: new Date(iso), now: () => c.t };
  return c;
}

/** Saturday 2026-11-28, 08:00 WITA; the visit site with session quotas. */
async function bookingHub(env: Record<string, string> = {}, iso = '2026-11-28T00:00:00Z') {
  const clock = clockAt(iso);
  hub = await startTestHub({ clock, env: { BOOKING_RATE_LIMIT: '0', BOOKING_GUESS_LIMIT: '0', ...env } });
  const token = await login(hub.url);
  const config = visitSite();
  config.services[0].sessions[0].quota = 60; // 30 places for bookings
  const put = await api(hub.url, '/api/admin/config', { method: 'PUT', body: config, token });
  expect(put.status).toBe(200);
  return { hub, clock, token };
}

const book = (url: string, body: unknown, key?: string) =>
  api(url, '/api/bookings', { body, headers: key ? { 'idempotency-key': key } : {} });

describe('booking quotas under concurrency', () => {
  it('100 concurrent bookings for the last 20 places give exactly 20 codes and 80 session_full', async () => {
    const { hub } = await bookingHub();
    const body = { service: 'pendaftaran', day: '2026-11-30', session: 1 };
    for (let i = 0; i < 10; i++) expect((await book(hub.url, body)).status).toBe(201);
    const slots = await api(hub.url, '/api/booking/slots?service=pendaftaran&from=2026-11-30&to=2026-11-30');
    expect(slots.body.slots[0]).toMatchObject({ session: 1, quota: 60, bookable: 30, booked: 10, free: 20 });

    const answers = await Promise.all(Array.from({ length: 100 }, () => book(hub.url, body)));
    const made = answers.filter((a) => a.status === 201);
    const full = answers.filter((a) => a.status === 409);
    expect(made).toHaveLength(20);
    expect(full).toHaveLength(80);
    for (const f of full) expect(f.body.error.code).toBe('session_full');
    const codes = new Set(made.map((a) => a.body.code));
    expect(codes.size).toBe(20);
    for (const c of codes) expect(c).toMatch(new RegExp(`^[${BOOKING_CODE_ALPHABET}]{6}$`));
    expect(made[0].body).toMatchObject({ service: 'pendaftaran', day: '2026-11-30', session: 1, status: 'booked' });
    expect(made[0].body.window).toEqual({
      start: '09:00',
      end: '11:00',
      startsAt: '2026-11-30T01:00:00.000Z',
      endsAt: '2026-11-30T03:00:00.000Z',
      checkInFrom: '2026-11-30T00:30:00.000Z',
    });
    const after = await api(hub.url, '/api/booking/slots?service=pendaftaran&from=2026-11-30&to=2026-11-30');
    expect(after.body.slots[0]).toMatchObject({ booked: 30, free: 0, open: false, closedReason: 'full' });

    // Nothing lost on a restart: the same 30 bookings are there.
    await hub.restart();
    const again = await api(hub.url, '/api/booking/slots?service=pendaftaran&from=2026-11-30&to=2026-11-30');
    expect(again.body.slots[0].booked).toBe(30);
    expect((await api(hub.url, `/api/bookings/${[...codes][0]}`)).status).toBe(200);
  });

  it('the same Idempotency-Key returns the same code, sequential or concurrent, and never a second place', async () => {
    const { hub } = await bookingHub();
    const body = { service: 'pendaftaran', day: '2026-11-30', session: 2 };
    const first = await book(hub.url, body, 'family-key-0001');
    expect(first.status).toBe(201);
    const retry = await book(hub.url, body, 'family-key-0001');
    expect(retry.status).toBe(201);
    expect(retry.body.code).toBe(first.body.code);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');

    const burst = await Promise.all(Array.from({ length: 10 }, () => book(hub.url, body, 'family-key-0002')));
    expect(new Set(burst.map((a) => a.status))).toEqual(new Set([201]));
    expect(new Set(burst.map((a) => a.body.code)).size).toBe(1);

    const slots = await api(hub.url, '/api/booking/slots?service=pendaftaran&from=2026-11-30&to=2026-11-30');
    expect(slots.body.slots[1]).toMatchObject({ session: 2, booked: 2 });
    const other = await book(hub.url, { ...body, session: 1 }, 'family-key-0001');
    expect(other.status).toBe(409);
    expect(other.body.error.code).toBe('conflict');
  });

  it('refuses bad bodies, closed days and days too far ahead with clear codes', async () => {
    const { hub } = await bookingHub();
    expect((await book(hub.url, { service: 'pendaftaran', day: '30-11-2026', session: 1 })).body.error.code).toBe('validation_failed');
    expect((await book(hub.url, { service: 'pendaftaran', day: '2026-11-30', session: 1, name: 'Budi' })).status).toBe(400);
    const sunday = await book(hub.url, { service: 'pendaftaran', day: '2026-11-29', session: 1 });
    expect(sunday.status).toBe(409);
    expect(sunday.body.error.code).toBe('booking_unavailable');
    expect((await book(hub.url, { service: 'pendaftaran', day: '2026-12-07', session: 1 })).body.error.code).toBe('booking_unavailable');
    expect((await book(hub.url, { service: 'nope', day: '2026-11-30', session: 1 })).status).toBe(422);
  });
});

describe('check-in', () => {
  it('issues one booked ticket and a second check-in returns the same ticket', async () => {
    const { hub, clock, token } = await bookingHub();
    const made = await book(hub.url, { service: 'pendaftaran', day: '2026-11-28', session: 1 });
    const code = made.body.code as string;

    const early = await api(hub.url, `/api/bookings/${code}/check-in`, { body: {} });
    expect(early.status).toBe(409);
    expect(early.body.error.code).toBe('checkin_early');
    expect(early.body.error.details).toMatchObject({ code, window: { start: '09:00', checkInFrom: '2026-11-28T00:30:00.000Z' } });

    clock.t = new Date('2026-11-28T00:40:00Z'); // 08:40 WITA
    // A kiosk checks in under its own name only with its device key.
    const { key } = (await api(hub.url, '/api/admin/devices/kiosk-1/key', { body: {}, token })).body;
    const asKiosk = { authorization: `Device ${key}` };
    expect((await api(hub.url, `/api/bookings/${code}/check-in`, { body: { device: 'kiosk-2' }, headers: asKiosk })).body.error.code).toBe('device_key_required');
    const answers = await Promise.all(Array.from({ length: 5 }, () => api(hub.url, `/api/bookings/${code.toLowerCase()}/check-in`, { body: { device: 'kiosk-1' }, headers: asKiosk })));
    expect(new Set(answers.map((a) => a.status))).toEqual(new Set([201]));
    const ids = new Set(answers.map((a) => a.body.id));
    expect(ids.size).toBe(1);
    expect(answers[0].body).toMatchObject({ number: 'A-001', service: 'pendaftaran', status: 'waiting', booked: true });
    expect(answers.filter((a) => a.headers.get('idempotent-replayed') === 'true')).toHaveLength(4);

    const later = await api(hub.url, `/api/bookings/${code}/check-in`, { body: {} });
    expect(later.body.id).toBe(answers[0].body.id);
    const view = await api(hub.url, `/api/bookings/${code}`);
    expect(view.body).toMatchObject({ status: 'checkedIn', ticket: { id: answers[0].body.id, number: 'A-001' } });

    const staff = await api(hub.url, '/api/admin/config', { token }); // logged-in sanity
    expect(staff.status).toBe(200);
    const report = await api(hub.url, '/api/admin/booking-report?from=2026-11-28&to=2026-11-28', { token });
    expect(report.body.rows).toEqual([expect.objectContaining({ session: 1, made: 1, checkedIn: 1, noShow: 0 })]);
  });

  it('refuses cancelled, wrong-day and late codes kindly, and cancelling gives the place back', async () => {
    const { hub, clock } = await bookingHub({}, '2026-11-28T00:40:00Z');
    const a = (await book(hub.url, { service: 'pendaftaran', day: '2026-11-28', session: 1 })).body.code;
    const monday = (await book(hub.url, { service: 'pendaftaran', day: '2026-11-30', session: 1 })).body.code;
    const del = await api(hub.url, `/api/bookings/${a}`, { method: 'DELETE' });
    expect(del.body.status).toBe('cancelled');
    expect((await api(hub.url, `/api/bookings/${a}/check-in`, { body: {} })).body.error.code).toBe('booking_cancelled');
    expect((await api(hub.url, `/api/bookings/${monday}/check-in`, { body: {} })).body.error.code).toBe('booking_wrong_day');
    const b = (await book(hub.url, { service: 'pendaftaran', day: '2026-11-28', session: 1 })).body.code;
    clock.t = new Date('2026-11-28T03:00:00Z'); // 11:00 WITA: session over
    expect((await api(hub.url, `/api/bookings/${b}/check-in`, { body: {} })).body.error.code).toBe('checkin_late');
    const state = await api(hub.url, '/api/state');
    expect(state.body.services[0].issuedToday).toBe(0);
    // Hours passed on the clock: the admin's session idled out; sign in again.
    const report = await api(hub.url, '/api/admin/booking-report?from=2026-11-28&to=2026-11-30', { token: await login(hub.url) });
    expect(report.body.rows).toEqual([
      expect.objectContaining({ day: '2026-11-28', session: 1, made: 2, cancelled: 1, noShow: 1 }),
      expect.objectContaining({ day: '2026-11-30', session: 1, made: 1, pending: 1 }),
    ]);
  });

  it('keeps later days\' bookings across the rollover and a restart', async () => {
    const { hub, clock } = await bookingHub({}, '2026-11-28T15:50:00Z'); // 23:50 WITA Saturday
    const code = (await book(hub.url, { service: 'pendaftaran', day: '2026-11-30', session: 1 })).body.code;
    clock.t = new Date('2026-11-29T16:01:00Z'); // 00:01 WITA Monday (Sunday's file never written)
    await hub.restart();
    const view = await api(hub.url, `/api/bookings/${code}`);
    expect(view.status).toBe(200);
    expect(view.body.day).toBe('2026-11-30');
    clock.t = new Date('2026-11-30T00:45:00Z');
    const t = await api(hub.url, `/api/bookings/${code}/check-in`, { body: {} });
    expect(t.status).toBe(201);
    expect(t.body.booked).toBe(true);
  });
});

describe('guessing codes', () => {
  it('refuses a random code and throttles the address after a few misses', async () => {
    const { hub } = await bookingHub({ BOOKING_GUESS_LIMIT: '5' });
    const real = (await book(hub.url, { service: 'pendaftaran', day: '2026-11-30', session: 1 })).body.code;
    // A real code looked up does not count as a miss.
    for (let i = 0; i < 3; i++) expect((await api(hub.url, `/api/bookings/${real}`)).status).toBe(200);
    const misses = [];
    for (let i = 0; i < 5; i++) {
      let guess = newBookingCodeForTest();
      while (guess === real) guess = newBookingCodeForTest();
      misses.push(await api(hub.url, i % 2 ? `/api/bookings/${guess}` : `/api/bookings/${guess}/check-in`, i % 2 ? {} : { body: {} }));
    }
    for (const m of misses) {
      expect(m.status).toBe(404);
      expect(m.body.error.code).toBe('booking_not_found');
    }
    const throttled = await api(hub.url, `/api/bookings/${newBookingCodeForTest()}`);
    expect(throttled.status).toBe(429);
    expect(throttled.body.error.code).toBe('rate_limited');
    // Throttled means throttled: even the real code waits now, and nothing was changed.
    expect((await api(hub.url, `/api/bookings/${real}`, { method: 'DELETE' })).status).toBe(429);
    expect((await api(hub.url, '/api/booking/slots?service=pendaftaran&from=2026-11-30&to=2026-11-30')).body.slots[0].booked).toBe(1);
  });

  it('limits bookings per address', async () => {
    const { hub } = await bookingHub({ BOOKING_RATE_LIMIT: '3' });
    const body = { service: 'pendaftaran', day: '2026-11-30', session: 1 };
    for (let i = 0; i < 3; i++) expect((await book(hub.url, body)).status).toBe(201);
    const fourth = await book(hub.url, body);
    expect(fourth.status).toBe(429);
    expect(fourth.body.error.code).toBe('rate_limited');
  });
});
