// The audit files on disk, whatever their format, cannot be edited quietly: one changed character
// in an entry is reported by GET /api/admin/audit/verify with the day and the entry's index.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, login, officerToken, startTestHub, type TestHub } from '../helpers/test-hub.js';

const clock = { t: new Date('2026-11-27T02:00:00Z'), now: () => clock.t };
let hub: TestHub;

beforeAll(async () => {
  hub = await startTestHub({ clock });
});
afterAll(async () => {
  await hub.close();
});

const verify = async (query: string) => {
  const admin = await login(hub.url);
  return (await api(hub.url, `/api/admin/audit/verify${query}`, { token: admin })).body;
};

describe('audit chain on disk', () => {
  it('chains entries across days and reports a one-character edit in the file', async () => {
    const admin = await login(hub.url);
    await officerToken(hub.url, admin, 'budi');
    clock.t = new Date('2026-11-28T02:00:00Z');
    const budi = await login(hub.url, 'budi', 'petugas-rahasia-1');
    const t = (await api(hub.url, '/api/tickets', { body: { service: 'informasi' } })).body;
    await api(hub.url, '/api/tickets', { body: { service: 'informasi' } });
    const late = (await api(hub.url, '/api/tickets', { body: { service: 'informasi' } })).body;
    expect(t.id).toBeTruthy();
    const ooo = await api(hub.url, '/api/counters/loket-4/call', { body: { ticketId: late.id, reason: 'lansia, kembali dari toilet' }, token: budi });
    expect(ooo.status).toBe(200);
    await login(hub.url);

    const good = await verify('?from=2026-11-27&to=2026-11-28');
    expect(good).toMatchObject({ ok: true, daysWithEntries: 2, firstBreak: null });
    expect(good.entries).toBeGreaterThanOrEqual(5);
    expect(good.head).toMatch(/^[0-9a-f]{64}$/);
    const day2 = (await api(hub.url, '/api/admin/audit?day=2026-11-28', { token: await login(hub.url) })).body.entries as { action: string }[];
    const index = day2.findIndex((e) => e.action === 'ticket.calledOutOfOrder');
    expect(index).toBeGreaterThan(0);

    // Someone with access to the data folder softens the reason: one character changed.
    await hub.close();
    const file = readdirSync(join(hub.dataDir, 'audit')).find((f) => f.startsWith('2026-11-28'))!;
    const path = join(hub.dataDir, 'audit', file);
    const text = readFileSync(path, 'utf8');
    expect(text).toContain('kembali dari toilet');
    writeFileSync(path, text.replace('kembali dari toilet', 'kembali dari toiley'));
    await hub.restart();

    const bad = await verify('?from=2026-11-27&to=2026-11-28');
    expect(bad.ok).toBe(false);
    expect(bad.firstBreak).toMatchObject({ day: '2026-11-28', index, problem: 'edited' });
    expect(bad.firstBreak.entry.detail.reason).toBe('kembali dari toiley'.replace('kembali', 'lansia, kembali'));
    // The day before is untouched and still verifies on its own.
    expect((await verify('?from=2026-11-27&to=2026-11-27')).ok).toBe(true);
  });

  it('is for admins only and validates the range', async () => {
    const admin = await login(hub.url);
    const officer = await login(hub.url, 'budi', 'petugas-rahasia-1');
    expect((await api(hub.url, '/api/admin/audit/verify', { token: officer })).status).toBe(403);
    expect((await api(hub.url, '/api/admin/audit/verify?from=2026-11-29&to=2026-11-28', { token: admin })).status).toBe(400);
  });
});
