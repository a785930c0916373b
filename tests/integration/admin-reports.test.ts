// Reports over the real hub and its files: a scripted day with an injected clock gives known
// medians and percentiles; the next day's rollover marks what expired; the CSVs parse back to
// exactly what the JSON report says.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../hub/reports/csv.js';
import { SUMMARY_HEADER, TICKET_HEADER } from '../../hub/reports/report-csv.js';
import type { ReportSummary, StageRow } from '../../protocol/reports.js';
import { api, login, officerToken, startTestHub, type TestHub } from '../helpers/test-hub.js';

const DAY = '2026-11-28';
const start = Date.parse('2026-11-28T00:00:00Z'); // 08:00 WITA
const clock = { t: new Date(start), now: () => clock.t };
const at = (s: number) => (clock.t = new Date(start + s * 1000));

let hub: TestHub;
let admin: string;
let budi: string;
let sari: string;

const issue = async (service: string) => (await api(hub.url, '/api/tickets', { body: { service } })).body as { id: string; number: string };
const post = async (token: string, path: string, body: unknown = {}) => {
  const r = await api(hub.url, path, { body, token });
  expect(r.status, `${path} ${JSON.stringify(r.body)}`).toBe(200);
  return r.body;
};
const get = async <T>(path: string) => {
  const r = await api<T>(hub.url, path, { token: admin });
  expect(r.status, JSON.stringify(r.body)).toBe(200);
  return r.body;
};

beforeAll(async () => {
  hub = await startTestHub({ clock });
  admin = await login(hub.url);
  budi = await officerToken(hub.url, admin, 'budi');
  sari = await officerToken(hub.url, admin, 'sari');
  // Waits 120, 240, 360, 480, 600 at pendaftaran; service 60 s each; one no-show; one left waiting.
  const tickets = [];
  for (let i = 0; i < 7; i++) {
    at(i * 60);
    tickets.push(await issue('pendaftaran'));
  }
  for (let i = 0; i < 5; i++) {
    at(i * 60 + 120 * (i + 1)); // ticket i (issued at 60 i) waits 120 (i + 1)
    const who = i % 2 === 0 ? budi : sari;
    const counter = i % 2 === 0 ? 'loket-1' : 'loket-2';
    const called = await post(who, `/api/counters/${counter}/call-next`);
    expect(called.ticket.number).toBe(tickets[i].number);
    at(i * 60 + 120 * (i + 1) + 60);
    await post(who, `/api/tickets/${tickets[i].id}/finish`);
  }
  at(3000);
  await post(budi, '/api/counters/loket-1/call-next'); // A-006 waited 3000 - 300
  await post(budi, `/api/tickets/${tickets[5].id}/no-show`);
  at(3 * 3600); // 11:00
  await issue('informasi');
  // Three hours passed on the clock: the admin's session idled out (60 min); sign in again.
  admin = await login(hub.url);
}, 60_000);
afterAll(async () => {
  await hub?.close();
});

describe('reports over the hub', () => {
  it('summary of the scripted day: known counts, medians and percentiles', async () => {
    const s = await get<ReportSummary>(`/api/admin/reports/summary?from=${DAY}&to=${DAY}`);
    expect(s.services.find((x) => x.service === 'pendaftaran')).toEqual({ service: 'pendaftaran', issued: 7, served: 5, noShow: 1, cancelled: 0, expired: 0, transferredOut: 0, open: 1 });
    const p = s.byService.find((g) => g.key === 'pendaftaran')!;
    // waits 120 240 360 480 600 2700 -> median 420, p90 = 600 + 0.5 * 2100 = 1650
    expect(p.wait).toEqual({ count: 6, median: 420, p90: 1650 });
    expect(p.service).toEqual({ count: 5, median: 60, p90: 60 });
    expect(s.byOfficer.find((g) => g.key === 'budi')!.wait).toEqual({ count: 4, median: 480, p90: 2070 }); // 120 360 600 2700
    expect(s.byOfficer.find((g) => g.key === 'sari')!.wait).toEqual({ count: 2, median: 360, p90: 456 }); // 240 480
    expect(s.byCounter.map((g) => g.key).sort()).toEqual(['loket-1', 'loket-2']);
    expect(s.arrivalsByHour[8]).toBe(7);
    expect(s.arrivalsByHour[11]).toBe(1);
    // Today with no `from`/`to` is the same report.
    expect((await get<ReportSummary>('/api/admin/reports/summary')).totals).toEqual(s.totals);
  });

  it('the live view shows who waits now and the longest wait', async () => {
    at(3 * 3600 + 600);
    const v = await get<{ waiting: { number: string; waitedSeconds: number }[]; longest: { number: string } }>('/api/admin/reports/live');
    expect(v.waiting.map((w) => w.number)).toEqual(['A-007', 'D-001']);
    expect(v.longest.number).toBe('A-007');
    expect(v.waiting[0].waitedSeconds).toBe(3 * 3600 + 600 - 360);
  });

  it('after midnight the day’s waiting tickets count as expired', async () => {
    at(16 * 3600 + 60); // 00:01 WITA on the 29th
    await issue('barang');
    admin = await login(hub.url); // sessions last 12 hours of the injected clock
    const s = await get<ReportSummary>(`/api/admin/reports/summary?from=${DAY}`);
    expect(s.totals).toMatchObject({ issued: 8, expired: 2, open: 0 });
    const range = await get<ReportSummary>(`/api/admin/reports/summary?from=${DAY}&to=2026-11-29`);
    expect(range.perDay).toEqual([
      { day: DAY, issued: 8, served: 5 },
      { day: '2026-11-29', issued: 1, served: 0 },
    ]);
    expect(range.totals.issued).toBe(9);
  });

  it('the tickets CSV parses and matches the JSON rows', async () => {
    const json = await get<{ rows: StageRow[] }>(`/api/admin/reports/tickets?from=${DAY}`);
    const res = await fetch(`${hub.url}/api/admin/reports/tickets.csv?from=${DAY}&lang=en`, { headers: { authorization: `Bearer ${admin}` } });
    expect(res.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
    expect(res.headers.get('content-disposition')).toMatch(/attachment; filename="?giliran-tiket-2026-11-28_2026-11-28\.csv/);
    const bytes = Buffer.from(await res.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 BOM, for Excel
    const text = bytes.toString('utf8');
    const [header, ...lines] = parseCsv(text);
    expect(header).toEqual([...TICKET_HEADER]);
    expect(lines).toHaveLength(json.rows.length);
    const col = (name: (typeof TICKET_HEADER)[number]) => header.indexOf(name);
    for (const row of json.rows) {
      const line = lines.find((l) => l[col('number')] === row.number && l[col('stage')] === String(row.stage))!;
      expect(line[col('outcome')]).toBe(row.outcome);
      expect(line[col('wait_s')]).toBe(row.waitSeconds === null ? '' : String(row.waitSeconds));
      expect(line[col('officer')]).toBe(row.officer ?? '');
      expect(line[col('service_name')]).toBe(row.service === 'pendaftaran' ? 'Visit Registration' : 'Information & Complaints');
    }
    // The Indonesian export (the default) opens in an Indonesian Excel: `;`, Indonesian headers.
    const id = await fetch(`${hub.url}/api/admin/reports/tickets.csv?from=${DAY}`, { headers: { authorization: `Bearer ${admin}` } });
    const idText = await id.text();
    expect(idText.split('\r\n')[0]).toMatch(/^\uFEFF?Hari;Nomor;Tahap;/);
    const idRows = parseCsv(idText, ';');
    expect(idRows).toHaveLength(lines.length + 1);
    expect(idText).toContain('Pendaftaran Kunjungan');
  });

  it('the summary CSV parses and matches the JSON summary', async () => {
    const s = await get<ReportSummary>(`/api/admin/reports/summary?from=${DAY}`);
    const res = await fetch(`${hub.url}/api/admin/reports/summary.csv?from=${DAY}&lang=en`, { headers: { authorization: `Bearer ${admin}` } });
    const [header, ...lines] = parseCsv(await res.text());
    expect(header).toEqual([...SUMMARY_HEADER]);
    const cell = (section: string, key: string, name: (typeof SUMMARY_HEADER)[number]) => lines.find((l) => l[0] === section && l[1] === key)![header.indexOf(name)];
    const num = (x: number | null) => (x === null ? '' : String(x));
    for (const c of s.services) {
      expect(cell('service', c.service, 'issued')).toBe(String(c.issued));
      expect(cell('service', c.service, 'expired')).toBe(String(c.expired));
      const g = s.byService.find((x) => x.key === c.service);
      expect(cell('service', c.service, 'wait_median_s')).toBe(num(g?.wait.median ?? null));
      expect(cell('service', c.service, 'wait_p90_s')).toBe(num(g?.wait.p90 ?? null));
    }
    for (const g of s.byOfficer) expect(cell('officer', g.key, 'wait_p90_s')).toBe(num(g.wait.p90));
    expect(cell('counter', 'loket-1', 'name')).toBe('Loket 1');
    s.arrivalsByHour.forEach((n, h) => expect(cell('hour', String(h).padStart(2, '0'), 'issued')).toBe(String(n)));
    expect(cell('total', '*', 'served')).toBe(String(s.totals.served));
  });

  it('refuses bad ranges with a clear message', async () => {
    const bad = async (q: string) => (await api(hub.url, `/api/admin/reports/summary?${q}`, { token: admin })).body.error.message as string;
    expect(await bad('from=2026-11-29&to=2026-11-28')).toMatch(/is after/);
    expect(await bad('from=2026-01-01&to=2026-12-31')).toMatch(/at most 92 days/);
    expect(await bad('from=28-11-2026')).toMatch(/YYYY-MM-DD/);
    expect(await bad('from=2026-13-45')).toMatch(/not a real date/);
    const days = await get<{ days: string[]; today: string }>('/api/admin/reports/days');
    expect(days).toEqual({ days: [DAY, '2026-11-29'], today: '2026-11-29' });
  });
});
