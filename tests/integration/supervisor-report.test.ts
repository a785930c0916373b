// The supervisor's view: an out-of-order call, a reprint, a cancellation and a no-show, each under
// the officer who did it and with its reason, as JSON and as CSV.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../hub/reports/csv.js';
import type { SupervisorReport } from '../../protocol/reports.js';
import { api, login, officerToken, startTestHub, type TestHub } from '../helpers/test-hub.js';

const clock = { t: new Date('2026-11-28T01:00:00Z'), now: () => clock.t };
let hub: TestHub;
let admin: string;
let budi: string;
let sari: string;

const issue = async (service: string) => (await api(hub.url, '/api/tickets', { body: { service } })).body as { id: string; number: string };
const post = async (token: string, path: string, body: unknown = {}) => {
  const r = await api(hub.url, path, { body, token });
  expect([200, 202], `${path}: ${JSON.stringify(r.body)}`).toContain(r.status);
  return r.body;
};

beforeAll(async () => {
  hub = await startTestHub({ clock, env: { PRINTER: 'virtual' } });
  admin = await login(hub.url);
  budi = await officerToken(hub.url, admin, 'budi');
  sari = await officerToken(hub.url, admin, 'sari');
  const a1 = await issue('pendaftaran');
  const a2 = await issue('pendaftaran');
  await issue('pendaftaran');
  const a4 = await issue('pendaftaran');
  clock.t = new Date('2026-11-28T01:05:00Z');
  await post(budi, '/api/counters/loket-1/call-next');
  await post(budi, `/api/tickets/${a1.id}/recall`);
  await post(budi, `/api/tickets/${a1.id}/no-show`);
  clock.t = new Date('2026-11-28T01:10:00Z');
  await post(sari, '/api/counters/loket-2/call', { ticketId: a4.id, reason: 'lansia dengan kursi roda' });
  await post(sari, `/api/tickets/${a4.id}/reprint`, { reason: 'kertas sobek' });
  clock.t = new Date('2026-11-28T01:15:00Z');
  await post(budi, `/api/tickets/${a2.id}/cancel`, { reason: 'pengunjung pulang' });
});
afterAll(async () => {
  await hub.close();
});

describe('supervisor view', () => {
  it('counts each officer’s exceptions and lists each with its reason', async () => {
    const r = await api<SupervisorReport>(hub.url, '/api/admin/supervisor?from=2026-11-28&to=2026-11-28', { token: admin });
    expect(r.status).toBe(200);
    expect(r.body.officers).toEqual([
      { officer: 'budi', outOfOrder: 0, reprint: 0, cancel: 1, noShow: 1, total: 2 },
      { officer: 'sari', outOfOrder: 1, reprint: 1, cancel: 0, noShow: 0, total: 2 },
    ]);
    const rows = r.body.rows.map((x) => [x.officer, x.kind, x.number, x.counter, x.reason, x.recalls]);
    expect(rows).toEqual([
      ['budi', 'noShow', 'A-001', 'loket-1', null, 1],
      ['sari', 'outOfOrder', 'A-004', 'loket-2', 'lansia dengan kursi roda', null],
      ['sari', 'reprint', 'A-004', null, 'kertas sobek', null],
      ['budi', 'cancel', 'A-002', null, 'pengunjung pulang', null],
    ]);
  });

  it('exports the same rows as CSV, in the chosen language', async () => {
    const res = await fetch(`${hub.url}/api/admin/supervisor.csv?from=2026-11-28&to=2026-11-28&lang=en`, { headers: { authorization: `Bearer ${admin}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/csv');
    const rows = parseCsv(await res.text());
    expect(rows[0]).toEqual(['day', 'time', 'officer', 'kind', 'number', 'service', 'service_name', 'counter', 'counter_name', 'reason', 'recalls']);
    expect(rows[2]).toEqual(['2026-11-28', '2026-11-28 09:10:00', 'sari', 'out-of-order call', 'A-004', 'pendaftaran', 'Visit Registration', 'loket-2', 'Loket 2', 'lansia dengan kursi roda', '']);
    expect(rows).toHaveLength(5);
  });

  it('an empty period is empty; officers are refused', async () => {
    const r = await api<SupervisorReport>(hub.url, '/api/admin/supervisor?from=2026-11-20&to=2026-11-21', { token: admin });
    expect(r.body).toEqual({ from: '2026-11-20', to: '2026-11-21', officers: [], rows: [] });
    expect((await api(hub.url, '/api/admin/supervisor', { token: budi })).status).toBe(403);
    expect((await api(hub.url, '/api/admin/supervisor.csv', { token: budi })).status).toBe(403);
  });
});
