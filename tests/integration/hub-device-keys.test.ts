// Kiosks take tickets under their own name only with their device key; anyone else has a low
// per-address, per-service limit that the admin tunes live.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, login, startTestHub, type TestHub } from '../helpers/test-hub.js';

let hub: TestHub;
let admin: string;
beforeAll(async () => {
  // No TICKET_RATE_LIMIT override: the admin's setting rules.
  hub = await startTestHub({ env: { TICKET_RATE_LIMIT: '' } });
  admin = await login(hub.url);
});
afterAll(() => hub.close());

const send = (method: string, path: string, body?: unknown) => api(hub.url, path, { method, body, token: admin });
const take = (service: string, headers: Record<string, string> = {}, device?: string) =>
  api(hub.url, '/api/tickets', { body: { service, ...(device ? { device } : {}) }, headers });

describe('device keys and the anonymous limit', () => {
  it('a key is made once, stored as a hash, and names the device on its tickets', async () => {
    const r = await send('POST', '/api/admin/devices/kios-1/key', { kind: 'kiosk', name: 'Kios 1' });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    expect(r.body.key).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(r.body.device).toMatchObject({ id: 'kios-1', kind: 'kiosk', name: 'Kios 1', keyCreatedAt: expect.any(String) });
    const { readFile } = await import('node:fs/promises');
    const onDisk = await readFile(`${hub.dataDir}/devices.json`, 'utf8');
    expect(onDisk).not.toContain(r.body.key);
    const headers = { authorization: `Device ${r.body.key}` };
    const t = await take('informasi', headers, 'kios-1');
    expect(t.status).toBe(201);
    const events = await hub.hub.ctx.store.readDay(hub.hub.ctx.engine.state.day);
    expect(events!.filter((e) => e.type === 'ticket.issued').map((e) => (e as { device: string | null }).device)).toEqual(['kios-1']);
    // Another device's name with this key: refused.
    expect((await take('informasi', headers, 'kios-2')).body.error.code).toBe('device_key_required');
    // A new key replaces the old one at once.
    const again = await send('POST', '/api/admin/devices/kios-1/key', {});
    expect((await take('informasi', headers)).body.error.code).toBe('device_key_invalid');
    expect((await take('informasi', { authorization: `Device ${again.body.key}` })).status).toBe(201);
  });

  it('without a key: the admin limit per address and service, tuned live; keyed kiosks are not limited', async () => {
    expect((await send('PATCH', '/api/admin/settings', { anonymousTicketsPerMinute: 3 })).status).toBe(200);
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await take('barang')).status);
    expect(statuses).toEqual([201, 201, 201, 429, 429]);
    // Another service has its own budget.
    expect((await take('kunjungan')).status).toBe(201);
    const { key } = (await send('POST', '/api/admin/devices/kios-3/key', {})).body;
    for (let i = 0; i < 5; i++) expect((await take('barang', { authorization: `Device ${key}` })).status).toBe(201);
    // 0 turns it off.
    expect((await send('PATCH', '/api/admin/settings', { anonymousTicketsPerMinute: 0 })).status).toBe(200);
    expect((await take('barang')).status).toBe(201);
  });
});
