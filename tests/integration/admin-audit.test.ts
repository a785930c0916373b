// The audit log: who did what and when, for every audited action, filterable by day and action,
// never holding a password.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../protocol/audit.js';
import { api, login, officerToken, startTestHub, type TestHub } from '../helpers/test-hub.js';

const clock = { t: new Date('2026-11-28T02:00:00Z'), now: () => clock.t };
let hub: TestHub;
let admin: string;

const entries = async (query = '') => (await api<{ entries: AuditEntry[] }>(hub.url, `/api/admin/audit${query}`, { token: admin })).body.entries;
const send = (method: string, path: string, body?: unknown) => api(hub.url, path, { method, body, token: admin });

beforeAll(async () => {
  hub = await startTestHub({ clock });
  admin = await login(hub.url);
});
afterAll(async () => {
  await hub.close();
});

describe('audit log', () => {
  it('writes an entry for each audited action, with who and when', async () => {
    await api(hub.url, '/api/login', { body: { username: 'admin', password: 'salah-sekali-1' } });
    const officer = await officerToken(hub.url, admin, 'budi');
    await send('PATCH', '/api/admin/users/budi', { password: 'baru-rahasia-22' });
    await send('POST', '/api/admin/services', { id: 'legalisir', prefix: 'E', name: { id: 'Legalisir', en: 'Legalisation' } });
    await send('PATCH', '/api/admin/services/legalisir', { dailyQuota: 10 });
    await send('DELETE', '/api/admin/services/legalisir');
    await send('POST', '/api/admin/counters', { id: 'loket-9', name: 'Loket 9', services: ['informasi'] });
    await send('PATCH', '/api/admin/counters/loket-9', { name: 'Loket Sembilan' });
    await send('DELETE', '/api/admin/counters/loket-9');
    await send('PATCH', '/api/admin/settings', { runningText: 'Jam kunjungan berubah' });
    await send('POST', '/api/admin/devices', { id: 'kiosk-1', kind: 'kiosk', name: 'Kios 1' });
    await send('PATCH', '/api/admin/devices/kiosk-1', { location: 'Lobi' });
    await send('DELETE', '/api/admin/devices/kiosk-1');
    await send('PUT', '/api/admin/config', (await send('GET', '/api/admin/config')).body);
    await api(hub.url, '/api/tickets', { body: { service: 'informasi' } });
    const late = (await api(hub.url, '/api/tickets', { body: { service: 'informasi' } })).body;
    const budi = await login(hub.url, 'budi', 'baru-rahasia-22');
    expect(officer).not.toBe(budi);
    const ooo = await api(hub.url, '/api/counters/loket-4/call', { body: { ticketId: late.id, reason: 'lansia, kembali dari toilet' }, token: budi });
    expect(ooo.status, JSON.stringify(ooo.body)).toBe(200);

    const all = await entries();
    const actions = all.map((e) => e.action);
    for (const a of ['login', 'login.failed', 'user.created', 'user.updated', 'service.created', 'service.updated', 'service.deleted', 'counter.created', 'counter.updated', 'counter.deleted', 'settings.updated', 'config.changed', 'ticket.calledOutOfOrder', 'device.created', 'device.updated', 'device.deleted']) {
      expect(actions, a).toContain(a);
    }
    for (const e of all) expect(e.at).toBe('2026-11-28T02:00:00.000Z');
    const find = (action: string) => all.find((e) => e.action === action)!;
    expect(find('login.failed')).toMatchObject({ actor: null, detail: { username: 'admin' } });
    expect(find('user.updated')).toMatchObject({ actor: 'admin', detail: { username: 'budi', passwordReset: true } });
    expect(find('service.updated')).toMatchObject({ actor: 'admin', detail: { id: 'legalisir', changes: { dailyQuota: [null, 10] } } });
    expect(find('counter.updated').detail).toEqual({ id: 'loket-9', changes: { name: ['Loket 9', 'Loket Sembilan'] } });
    expect(find('settings.updated').detail.changes).toEqual({ runningText: [expect.any(String), 'Jam kunjungan berubah'] });
    expect(find('ticket.calledOutOfOrder')).toMatchObject({ actor: 'budi', detail: { counter: 'loket-4', number: 'D-002', reason: 'lansia, kembali dari toilet' } });
    const text = JSON.stringify(all);
    expect(text).not.toContain('salah-sekali-1');
    expect(text).not.toContain('baru-rahasia-22');
  });

  it('filters by action (with its sub-actions), by actor and by day', async () => {
    expect(new Set((await entries('?action=login')).map((e) => e.action))).toEqual(new Set(['login', 'login.failed']));
    expect((await entries('?action=service')).map((e) => e.action)).toEqual(['service.created', 'service.updated', 'service.deleted']);
    expect((await entries('?actor=budi')).every((e) => e.actor === 'budi' || e.detail.username === 'budi')).toBe(true);
    expect(await entries('?day=2026-11-27')).toEqual([]);
    expect((await entries('?day=2026-11-28')).length).toBeGreaterThan(10);
    expect((await api(hub.url, '/api/admin/audit?day=kemarin', { token: admin })).status).toBe(400);
  });
});
