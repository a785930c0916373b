// A PATCH changes only the keys it sends. The admin's Disable button sends { active: false }; it
// once reset the quota, sessions, next stage and average minutes of the service to zod defaults.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, login, startTestHub, type TestHub } from '../helpers/test-hub.js';

let hub: TestHub;
let admin: string;
beforeAll(async () => {
  hub = await startTestHub();
  admin = await login(hub.url);
});
afterAll(() => hub.close());

const send = (method: string, path: string, body?: unknown) => api(hub.url, path, { method, body, token: admin });
const config = async () => (await send('GET', '/api/admin/config')).body;

/** Everything but `changed` is as before. */
function expectOnly(before: Record<string, unknown>, after: Record<string, unknown>, changed: Record<string, unknown>) {
  expect(after).toEqual({ ...before, ...changed });
}

describe('PATCH changes only what it sends', () => {
  it('services: disabling keeps quota, sessions, next stage and average minutes', async () => {
    const full = {
      dailyQuota: 120,
      sessions: [{ start: '08:00', end: '11:00', lastIssue: '10:30' }],
      averageServiceMinutes: 7,
      icon: 'users',
    };
    expect((await send('PATCH', '/api/admin/services/pendaftaran', full)).status).toBe(200);
    const before = (await config()).services.find((s: { id: string }) => s.id === 'pendaftaran');
    expect(before.next).toBe('barang');
    const r = await send('PATCH', '/api/admin/services/pendaftaran', { active: false });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    const after = (await config()).services.find((s: { id: string }) => s.id === 'pendaftaran');
    expectOnly(before, after, { active: false });
    // Each field alone, the same way.
    for (const patch of [{ dailyQuota: null }, { averageServiceMinutes: 3 }, { name: { id: 'Daftar', en: 'Register' } }]) {
      const b = (await config()).services.find((s: { id: string }) => s.id === 'pendaftaran');
      expect((await send('PATCH', '/api/admin/services/pendaftaran', patch)).status).toBe(200);
      expectOnly(b, (await config()).services.find((s: { id: string }) => s.id === 'pendaftaran'), patch);
    }
  });

  it('a new service still gets its defaults', async () => {
    const r = await send('POST', '/api/admin/services', { id: 'baru', prefix: 'Q', name: { id: 'Baru', en: 'New' } });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    expect(r.body.service).toMatchObject({ active: true, dailyQuota: null, sessions: [], next: null, averageServiceMinutes: 5 });
  });

  it('counters: renaming keeps services and session minutes', async () => {
    expect((await send('PATCH', '/api/admin/counters/ruang-kunjungan', { sessionMinutes: 30 })).status).toBe(200);
    const before = (await config()).counters.find((c: { id: string }) => c.id === 'ruang-kunjungan');
    expect((await send('PATCH', '/api/admin/counters/ruang-kunjungan', { name: 'Ruang Tatap Muka' })).status).toBe(200);
    expectOnly(before, (await config()).counters.find((c: { id: string }) => c.id === 'ruang-kunjungan'), { name: 'Ruang Tatap Muka' });
  });

  it('settings: one field changes, the voice merges field by field', async () => {
    const before = (await config()).settings;
    expect((await send('PATCH', '/api/admin/settings', { runningText: 'Selamat datang' })).status).toBe(200);
    expectOnly(before, (await config()).settings, { runningText: 'Selamat datang' });
    const b2 = (await config()).settings;
    expect((await send('PATCH', '/api/admin/settings', { voice: { volume: 0.5 } })).status).toBe(200);
    expectOnly(b2, (await config()).settings, { voice: { ...b2.voice, volume: 0.5 } });
  });

  it('devices: changing the name keeps location and note', async () => {
    await send('POST', '/api/admin/devices', { id: 'kios-a', kind: 'kiosk', name: 'Kios A', location: 'Lobi', note: 'dekat pintu' });
    const r = await send('PATCH', '/api/admin/devices/kios-a', { name: 'Kios Lobi' });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body.device).toEqual({ id: 'kios-a', kind: 'kiosk', name: 'Kios Lobi', location: 'Lobi', note: 'dekat pintu', keyCreatedAt: null });
  });

  it('users: changing the display name keeps role and state', async () => {
    await send('POST', '/api/admin/users', { username: 'budi', displayName: 'Budi', role: 'officer', password: 'rahasia-budi-1' });
    const before = (await send('GET', '/api/admin/users')).body.users.find((u: { username: string }) => u.username === 'budi');
    expect((await send('PATCH', '/api/admin/users/budi', { displayName: 'Budi S.' })).status).toBe(200);
    const after = (await send('GET', '/api/admin/users')).body.users.find((u: { username: string }) => u.username === 'budi');
    expectOnly(before, after, { displayName: 'Budi S.' });
  });
});
