// Admin CRUD through the API: services, counters and settings over changeConfig(), each change one
// `config.changed` event that connected kiosks see at once; validation errors that say what is wrong.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { io, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PublicState } from '../../protocol/public.js';
import { dayEvents } from '../helpers/data-files.js';
import { api, login, officerToken, startTestHub, type TestHub } from '../helpers/test-hub.js';
import { waitForValue } from '../helpers/wait-for.js';

let hub: TestHub;
let admin: string;
let kiosk: Socket;
const states: PublicState[] = [];

beforeAll(async () => {
  hub = await startTestHub();
  admin = await login(hub.url);
  kiosk = io(hub.url, { transports: ['websocket'], forceNew: true });
  kiosk.on('state', (s: PublicState) => states.push(s));
  await new Promise<void>((ok) => kiosk.once('state', () => ok()));
});
afterAll(async () => {
  kiosk?.close();
  await hub.close();
});

const send = (method: string, path: string, body?: unknown) => api(hub.url, path, { method, body, token: admin });
const configEvents = () => {
  return dayEvents<{ type: string }>(hub.dataDir, hub.hub.ctx.engine.state.day).filter((e) => e.type === 'config.changed').length;
};
async function nextState(pred: (s: PublicState) => boolean): Promise<PublicState> {
  const found = await waitForValue(() => [...states].reverse().find(pred), (s) => s !== undefined, { what: 'a matching state' });
  return found!;
}

const newService = { id: 'legalisir', prefix: 'E', name: { id: 'Legalisir Dokumen', en: 'Document Legalisation' }, dailyQuota: 50 };

describe('services', () => {
  it('a service added through the API reaches a connected kiosk without a reload, as one event', async () => {
    const before = configEvents();
    const r = await send('POST', '/api/admin/services', newService);
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    expect(r.body.service).toMatchObject({ ...newService, active: true, sessions: [], next: null, averageServiceMinutes: 5 });
    const s = await nextState((x) => x.services.some((svc) => svc.id === 'legalisir'));
    expect(s.services.find((x) => x.id === 'legalisir')).toMatchObject({ prefix: 'E', open: true, dailyQuota: 50 });
    expect(configEvents()).toBe(before + 1);
    const t = await api(hub.url, '/api/tickets', { body: { service: 'legalisir' } });
    expect(t.body.number).toBe('E-001');
  });

  it('refuses a duplicate prefix, naming the service that has it', async () => {
    const r = await send('POST', '/api/admin/services', { ...newService, id: 'lain', name: { id: 'Lain', en: 'Other' } });
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe('validation_failed');
    expect(r.body.error.message).toMatch(/prefix E is already used by Legalisir Dokumen/);
    const p = await send('PATCH', '/api/admin/services/legalisir', { prefix: 'A' });
    expect(p.body.error.message).toMatch(/prefix A is already used by Pendaftaran Kunjungan/);
  });

  it('refuses a quota below zero, a cycle in next, an unknown next, a duplicate id, unknown fields', async () => {
    const quota = await send('PATCH', '/api/admin/services/legalisir', { dailyQuota: -1 });
    expect(quota.status).toBe(400);
    expect(quota.body.error.message).toBe('dailyQuota: daily quota cannot be below zero');
    const cycle = await send('PATCH', '/api/admin/services/kunjungan', { next: 'pendaftaran' });
    expect(cycle.status).toBe(400);
    expect(cycle.body.error.message).toMatch(/cycle in next stages/);
    const unknown = await send('PATCH', '/api/admin/services/legalisir', { next: 'tidak-ada' });
    expect(unknown.body.error.message).toMatch(/next stage tidak-ada does not exist/);
    expect((await send('POST', '/api/admin/services', newService)).status).toBe(409);
    expect((await send('PATCH', '/api/admin/services/legalisir', { colour: 'red' })).status).toBe(400);
    const session = await send('PATCH', '/api/admin/services/legalisir', { sessions: [{ start: '11:00', end: '08:00' }] });
    expect(session.body.error.message).toMatch(/start before it ends/);
    expect((await send('PATCH', '/api/admin/services/nope', { active: false })).status).toBe(404);
  });

  it('edits and disables live; a disabled service refuses tickets', async () => {
    const sessions = [{ start: '00:00', end: '23:59', lastIssue: '23:58' }];
    const r = await send('PATCH', '/api/admin/services/legalisir', { name: { id: 'Legalisasi', en: 'Legalisation' }, sessions, averageServiceMinutes: 7.5 });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body.service).toMatchObject({ prefix: 'E', sessions, averageServiceMinutes: 7.5 });
    expect((await send('PATCH', '/api/admin/services/legalisir', { icon: 'info' })).body.service.icon).toBe('info');
    expect((await send('PATCH', '/api/admin/services/legalisir', { icon: '' })).body.service).not.toHaveProperty('icon');
    expect((await send('PATCH', '/api/admin/services/legalisir', { active: false })).status).toBe(200);
    const s = await nextState((x) => x.services.find((svc) => svc.id === 'legalisir')?.open === false);
    expect(s.services.find((x) => x.id === 'legalisir')).toMatchObject({ closedReason: 'inactive', name: { id: 'Legalisasi' } });
    expect((await api(hub.url, '/api/tickets', { body: { service: 'legalisir' } })).body.error.code).toBe('service_closed');
  });

  it('removes a service only when nothing refers to it', async () => {
    const used = await send('DELETE', '/api/admin/services/legalisir');
    expect(used.status).toBe(409);
    expect(used.body.error.message).toMatch(/today's tickets/);
    expect((await send('DELETE', '/api/admin/services/pendaftaran')).body.error.message).toMatch(/counter Loket 1/);
    await send('POST', '/api/admin/services', { id: 'coba', prefix: 'F', name: { id: 'Coba', en: 'Try' } });
    expect((await send('DELETE', '/api/admin/services/coba')).status).toBe(200);
    expect((await send('GET', '/api/admin/config')).body.services.map((s: { id: string }) => s.id)).not.toContain('coba');
  });
});

describe('counters', () => {
  it('adds, renames and removes a counter; refuses unknown services', async () => {
    const bad = await send('POST', '/api/admin/counters', { id: 'loket-9', name: 'Loket 9', services: ['tidak-ada'] });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/loket-9: unknown service tidak-ada/);
    expect((await send('POST', '/api/admin/counters', { id: 'loket-9', name: 'Loket 9', services: [] })).body.error.message).toMatch(/^services:/);
    const r = await send('POST', '/api/admin/counters', { id: 'loket-9', name: 'Loket 9', services: ['informasi'] });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    expect((await send('POST', '/api/admin/counters', { id: 'loket-9', name: 'Loket 9', services: ['informasi'] })).status).toBe(409);
    const p = await send('PATCH', '/api/admin/counters/loket-9', { name: 'Loket Sembilan', services: ['informasi', 'barang'] });
    expect(p.body.counter).toMatchObject({ name: 'Loket Sembilan', services: ['informasi', 'barang'] });
    const s = await nextState((x) => x.counters.some((c) => c.name === 'Loket Sembilan'));
    expect(s.counters.find((c) => c.id === 'loket-9')?.status).toBe('open');
    expect((await send('DELETE', '/api/admin/counters/loket-9')).status).toBe(200);
    expect((await send('DELETE', '/api/admin/counters/loket-9')).status).toBe(404);
  });

  it('will not remove a counter that is serving someone', async () => {
    const officer = await officerToken(hub.url, admin);
    await api(hub.url, '/api/tickets', { body: { service: 'informasi' } });
    expect((await api(hub.url, '/api/counters/loket-4/call-next', { method: 'POST', token: officer })).status).toBe(200);
    const r = await send('DELETE', '/api/admin/counters/loket-4');
    expect(r.status).toBe(409);
    expect(r.body.error.message).toMatch(/serving a ticket/);
  });
});

describe('settings', () => {
  it('patches settings live (one notice:updated) and merges voice field by field', async () => {
    const notice = new Promise<{ site?: { runningText: string } }>((ok) => kiosk.once('notice:updated', ok));
    const before = configEvents();
    const r = await send('PATCH', '/api/admin/settings', { runningText: 'Kunjungan hari Jumat ditiadakan.', voice: { volume: 0.4 }, priority: { mode: 'interleave', every: 3 } });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body.settings.voice).toEqual({ voice: true, chime: true, volume: 0.4, browserSpeech: false });
    expect((await notice).site?.runningText).toBe('Kunjungan hari Jumat ditiadakan.');
    expect(configEvents()).toBe(before + 1);
    const again = await send('PATCH', '/api/admin/settings', { numberReading: 'digits', maxRecalls: 2, expireAtRollover: false, publicUrl: 'http://192.168.1.10:3000', siteName: 'Rutan Balikpapan', ticketFooter: 'Terima kasih' });
    expect(again.body.settings).toMatchObject({ numberReading: 'digits', maxRecalls: 2, expireAtRollover: false, priority: { mode: 'interleave', every: 3 } });
    expect((await api(hub.url, '/api/state')).body.site).toMatchObject({ siteName: 'Rutan Balikpapan', numberReading: 'digits', publicUrl: 'http://192.168.1.10:3000' });
  });

  it('refuses bad values with the field named', async () => {
    const cases: [unknown, RegExp][] = [
      [{ timezone: 'Mars/Olympus' }, /unknown time zone/],
      [{ publicUrl: 'ftp://x' }, /^publicUrl/],
      [{ voice: { volume: 2 } }, /^voice\.volume/],
      [{ priority: { mode: 'interleave', every: 0 } }, /^priority/],
      [{ maxRecalls: 0 }, /^maxRecalls/],
      [{ siteName: '  ' }, /^siteName/],
    ];
    for (const [body, message] of cases) {
      const r = await send('PATCH', '/api/admin/settings', body);
      expect(r.status, JSON.stringify(body)).toBe(400);
      expect(r.body.error.message).toMatch(message);
    }
  });

  it('the whole-config PUT still works and is validated', async () => {
    const cfg = (await send('GET', '/api/admin/config')).body;
    cfg.services[0].dailyQuota = -5;
    expect((await send('PUT', '/api/admin/config', cfg)).status).toBe(400);
    cfg.services[0].dailyQuota = 100;
    expect((await send('PUT', '/api/admin/config', cfg)).body.services[0].dailyQuota).toBe(100);
  });

  it('the config file on disk ends as the latest config after concurrent edits', async () => {
    await Promise.all([
      send('PATCH', '/api/admin/settings', { runningText: 'satu' }),
      send('PATCH', '/api/admin/services/barang', { averageServiceMinutes: 6 }),
      send('PATCH', '/api/admin/counters/loket-3', { name: 'Loket Tiga' }),
    ]);
    const onDisk = JSON.parse(readFileSync(join(hub.dataDir, 'config.json'), 'utf8'));
    expect(onDisk).toEqual(hub.hub.ctx.engine.state.config);
    expect(onDisk.settings.runningText).toBe('satu');
    expect(onDisk.services.find((s: { id: string }) => s.id === 'barang').averageServiceMinutes).toBe(6);
    expect(onDisk.counters.find((c: { id: string }) => c.id === 'loket-3').name).toBe('Loket Tiga');
  });
});

describe('users', () => {
  it('creates, resets a password, disables; keeps one admin', async () => {
    const created = await send('POST', '/api/admin/users', { username: 'siti', displayName: 'Siti', role: 'officer', password: 'awal-rahasia-1' });
    expect(created.status).toBe(201);
    expect((await send('POST', '/api/admin/users', { username: 'siti', displayName: 'Siti', role: 'officer', password: 'awal-rahasia-1' })).status).toBe(409);
    expect((await send('POST', '/api/admin/users', { username: 'Siti Aminah', displayName: 'x', role: 'officer', password: 'awal-rahasia-1' })).status).toBe(400);
    expect((await send('PATCH', '/api/admin/users/siti', { password: 'pendek' })).body.error.message).toMatch(/at least 8/);
    expect((await send('PATCH', '/api/admin/users/siti', { password: 'baru-rahasia-2' })).status).toBe(200);
    expect((await api(hub.url, '/api/login', { body: { username: 'siti', password: 'awal-rahasia-1' } })).status).toBe(401);
    await login(hub.url, 'siti', 'baru-rahasia-2');
    expect((await send('PATCH', '/api/admin/users/siti', { disabled: true })).body.user.disabled).toBe(true);
    expect((await api(hub.url, '/api/login', { body: { username: 'siti', password: 'baru-rahasia-2' } })).status).toBe(401);
    expect((await send('PATCH', '/api/admin/users/admin', { disabled: true })).status).toBe(409);
    expect((await send('PATCH', '/api/admin/users/nobody', { disabled: true })).status).toBe(404);
  });

  it('the last active admin cannot be demoted by another admin either', async () => {
    await send('POST', '/api/admin/users', { username: 'kepala', displayName: 'Kepala', role: 'admin', password: 'kepala-rahasia-1' });
    const other = await login(hub.url, 'kepala', 'kepala-rahasia-1');
    // Two admins: one may demote the other; then the remaining one is the last.
    expect((await api(hub.url, '/api/admin/users/admin', { method: 'PATCH', body: { role: 'officer' }, token: other })).status).toBe(200);
    const r = await api(hub.url, '/api/admin/users/kepala', { method: 'PATCH', body: { role: 'officer' }, token: other });
    expect(r.status).toBe(409);
  });
});

describe('devices', () => {
  it('keeps a registry of kiosks and boards in its own durable file, with kiosk activity today', async () => {
    admin = await login(hub.url, 'kepala', 'kepala-rahasia-1'); // the users test made 'admin' an officer
    const kioskDevice = { id: 'kiosk-lobi', kind: 'kiosk', name: 'Kios Lobi', location: 'Lobi depan' };
    const r = await send('POST', '/api/admin/devices', kioskDevice);
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    expect(r.body.device).toEqual({ ...kioskDevice, note: '', keyCreatedAt: null });
    expect((await send('POST', '/api/admin/devices', kioskDevice)).status).toBe(409);
    expect((await send('POST', '/api/admin/devices', { ...kioskDevice, id: 'tv', kind: 'tv' })).body.error.message).toMatch(/^kind/);
    expect((await send('POST', '/api/admin/devices', { id: 'papan-1', kind: 'board', name: 'Papan Ruang Tunggu' })).status).toBe(201);
    expect((await send('PATCH', '/api/admin/devices/papan-1', { location: 'Ruang tunggu utama' })).body.device.location).toBe('Ruang tunggu utama');
    const { key } = (await send('POST', '/api/admin/devices/kiosk-lobi/key', {})).body;
    const asKiosk = { authorization: `Device ${key}` };
    expect((await api(hub.url, '/api/tickets', { body: { service: 'informasi', device: 'kiosk-lobi' }, headers: asKiosk })).status).toBe(201);
    expect((await api(hub.url, '/api/tickets', { body: { service: 'informasi' }, headers: asKiosk })).status).toBe(201);
    // Naming a device without its key is refused: nobody on the LAN prints on another's kiosk.
    expect((await api(hub.url, '/api/tickets', { body: { service: 'informasi', device: 'kiosk-2' } })).body.error.code).toBe('device_key_required');
    const list = await send('GET', '/api/admin/devices');
    expect(list.body.devices.map((d: { id: string }) => d.id)).toEqual(['kiosk-lobi', 'papan-1']);
    expect(list.body.seen).toEqual([{ device: 'kiosk-lobi', tickets: 2, lastAt: expect.any(String) }]);
    const onDisk = JSON.parse(readFileSync(join(hub.dataDir, 'devices.json'), 'utf8'));
    expect(onDisk.devices).toHaveLength(2);
    expect((await send('DELETE', '/api/admin/devices/papan-1')).status).toBe(200);
    expect((await send('DELETE', '/api/admin/devices/papan-1')).status).toBe(404);
    // Survives a restart.
    await hub.restart();
    admin = await login(hub.url, 'kepala', 'kepala-rahasia-1');
    expect((await send('GET', '/api/admin/devices')).body.devices.map((d: { id: string }) => d.id)).toEqual(['kiosk-lobi']);
  });
});
