// The hub's printer routes with PRINTER=virtual: status, reprint marked CETAK ULANG and audited,
// the admin's preview of the virtual printer.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, login, officerToken, startTestHub, type TestHub } from '../helpers/test-hub.js';
import { waitFor } from '../helpers/wait-for.js';

let hub: TestHub;
let admin: string;
let officer: string;
beforeAll(async () => {
  hub = await startTestHub({ env: { PRINTER: 'virtual' } });
  admin = await login(hub.url);
  officer = await officerToken(hub.url, admin);
});
afterAll(async () => {
  await hub.close();
});

describe('printer routes', () => {
  it('GET /api/printer/status is public and says online', async () => {
    const r = await api(hub.url, '/api/printer/status');
    expect(r.status).toBe(200);
    expect(r.body.printers[0]).toMatchObject({ id: 'default', state: 'online' });
  });

  it('a reprint prints again with CETAK ULANG and is audit-logged; anonymous reprint is 401', async () => {
    const vp = hub.hub.ctx.printer!.virtualPrinter!;
    const t = await api(hub.url, '/api/tickets', { body: { service: 'barang' } });
    await waitFor(() => vp.tickets().some((x) => JSON.stringify(x).includes(t.body.number)));
    expect((await api(hub.url, `/api/tickets/${t.body.id}/reprint`, { body: {} })).status).toBe(401);
    // The ticket printed fine: a second copy needs the officer's reason.
    const bare = await api(hub.url, `/api/tickets/${t.body.id}/reprint`, { body: {}, token: officer });
    expect([bare.status, bare.body.error.details?.[0]?.code]).toEqual([400, 'reason_required']);
    const r = await api(hub.url, `/api/tickets/${t.body.id}/reprint`, { body: { reason: 'tiket hilang' }, token: officer });
    expect(r.status).toBe(202);
    await waitFor(() => vp.tickets().filter((x) => JSON.stringify(x).includes(t.body.number)).length === 2);
    const copies = vp.tickets().filter((x) => JSON.stringify(x).includes(t.body.number));
    expect(JSON.stringify(copies[1])).toContain('CETAK ULANG');
    expect(JSON.stringify(copies[0])).not.toContain('CETAK ULANG');
    const audit = await api(hub.url, '/api/admin/audit', { token: admin });
    expect(audit.body.entries.some((e: { action: string; actor: string; detail: { number: string; reason: string } }) => e.action === 'ticket.reprinted' && e.actor === 'petugas1' && e.detail.number === t.body.number && e.detail.reason === 'tiket hilang')).toBe(true);
  });

  it('the admin preview shows the last tickets as text; officers get 403', async () => {
    expect((await api(hub.url, '/api/admin/printer', { token: officer })).status).toBe(403);
    const r = await api(hub.url, '/api/admin/printer', { token: admin });
    expect(r.status).toBe(200);
    expect(r.body.virtual.length).toBeGreaterThan(0);
    expect(r.body.virtual[0].text).toMatch(/B\s+-\s+0\s+0\s+\d/);
    expect(r.body.failedJobs).toEqual([]);
  });
});
