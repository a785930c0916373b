// Reports from a scripted day driven through the pure core: every wait and service time is known,
// so medians and 90th percentiles (PERCENTILE.INC) are known too.
import { beforeAll, describe, expect, it } from 'vitest';
import type { DomainEvent } from '../../hub/queue/events.js';
import type { StageRow } from '../../protocol/reports.js';
import { foldStages, type DayEvents } from '../../hub/reports/stages.js';
import { buildSummary } from '../../hub/reports/summary.js';
import { defaultSite } from '../../hub/default-site.js';
import { Harness } from './queue-harness.js';

const DAY1 = '2026-11-28';
const DAY2 = '2026-11-29';
const TZ = 'Asia/Makassar';
const ORDER = ['pendaftaran', 'barang', 'kunjungan', 'informasi'];

/** Runs the script; `at(s)` moves the clock to 09:00 WITA + s seconds. */
function scriptedDay(expire = true) {
  const config = defaultSite(TZ);
  config.settings.expireAtRollover = expire;
  const h = new Harness(config);
  const start = h.now.getTime();
  const at = (s: number) => (h.now = new Date(start + s * 1000));
  const call = (counter: string, by: string) => {
    const e = h.ok({ type: 'callNext', counter, by }).find((x) => x.type === 'ticket.called') as Extract<DomainEvent, { type: 'ticket.called' }>;
    return e.ticketId;
  };
  at(0);
  const a1 = h.issue('pendaftaran');
  at(60);
  const a2 = h.issue('pendaftaran');
  at(120);
  const a3 = h.issue('pendaftaran');
  at(180);
  h.issue('pendaftaran'); // A-004 waits all day: expired at rollover
  at(300);
  expect(call('loket-1', 'budi')).toBe(a1); // waited 300
  at(360);
  expect(call('loket-2', 'sari')).toBe(a2); // waited 300
  at(420);
  h.ok({ type: 'start', ticketId: a1, by: 'budi' });
  at(600);
  h.ok({ type: 'finish', ticketId: a1, by: 'budi', transferTo: 'barang' }); // served 180 (from start), on to goods
  at(660);
  h.ok({ type: 'finish', ticketId: a2, by: 'sari', transferTo: null }); // served 300 (from the call)
  at(720);
  expect(call('loket-1', 'budi')).toBe(a3); // waited 600
  h.ok({ type: 'recall', ticketId: a3, by: 'budi' });
  at(780);
  h.ok({ type: 'noShow', ticketId: a3, by: 'budi' });
  at(840);
  expect(call('loket-3', 'sari')).toBe(a1); // goods: waited 240 since the transfer
  at(900);
  h.ok({ type: 'finish', ticketId: a1, by: 'sari', transferTo: null }); // served 60
  at(950);
  const d1 = h.issue('informasi');
  at(1000);
  h.ok({ type: 'transfer', ticketId: d1, service: 'barang', by: 'sari' }); // left information unserved
  at(1100);
  const b1 = h.issue('barang');
  at(1200);
  h.ok({ type: 'cancel', ticketId: b1, by: 'sari' });
  at(5400); // 10:30
  h.issue('kunjungan', true); // priority, still waiting at midnight
  const day1 = [...h.log];
  at(15 * 3600 + 60); // 00:01 WITA next day
  const rollover = h.ok({ type: 'rollover', to: DAY2 });
  return { h, at, day1, rollover: rollover[0], call };
}

const summaryOf = (rows: StageRow[], from = DAY1, to = DAY1) => buildSummary(rows, { from, to, timezone: TZ, now: new Date('2026-11-29T00:00:00Z'), serviceOrder: ORDER });
const byKey = <T extends { key: string }>(xs: T[], key: string) => xs.find((x) => x.key === key)!;

describe('stage rows', () => {
  let rows: StageRow[];
  beforeAll(() => {
    const s = scriptedDay();
    rows = foldStages([{ day: DAY1, events: s.day1 }], s.rollover);
  });

  it('one row per ticket per service, in the order they began', () => {
    expect(rows.map((r) => `${r.number}/${r.stage}/${r.service}/${r.outcome}`)).toEqual([
      'A-001/1/pendaftaran/done',
      'A-002/1/pendaftaran/done',
      'A-003/1/pendaftaran/no-show',
      'A-004/1/pendaftaran/expired',
      'A-001/2/barang/done',
      'D-001/1/informasi/transferred',
      'D-001/2/barang/expired',
      'B-001/1/barang/cancelled',
      'C-001/1/kunjungan/expired',
    ]);
  });

  it('records waits, service times, counters, officers, recalls', () => {
    const a1 = rows.filter((r) => r.number === 'A-001');
    expect(a1[0]).toMatchObject({ waitSeconds: 300, serviceSeconds: 180, counter: 'loket-1', officer: 'budi', recalls: 0, outOfOrder: false, issuedInRange: true });
    expect(a1[1]).toMatchObject({ waitSeconds: 240, serviceSeconds: 60, counter: 'loket-3', officer: 'sari', issuedAt: a1[0].issuedAt, queuedAt: a1[0].endedAt });
    const a3 = rows.find((r) => r.number === 'A-003')!;
    expect(a3).toMatchObject({ waitSeconds: 600, serviceSeconds: null, recalls: 1 });
    const c1 = rows.find((r) => r.number === 'C-001')!;
    expect(c1).toMatchObject({ priority: true, calledAt: null, waitSeconds: null, endedAt: '2026-11-28T16:01:00.000Z' });
  });

  it('without the closing rollover the day’s last tickets are still open', () => {
    const s = scriptedDay();
    const open = foldStages([{ day: DAY1, events: s.day1 }]).filter((r) => r.outcome === 'open');
    expect(open.map((r) => r.number)).toEqual(['A-004', 'D-001', 'C-001']);
  });

  it('an out-of-order call is flagged', () => {
    const s = scriptedDay();
    s.h.issue('informasi');
    const late = s.h.issue('informasi');
    s.h.ok({ type: 'callTicket', counter: 'loket-4', ticketId: late, reason: 'lansia datang kembali', by: 'budi' });
    const r = foldStages([{ day: DAY2, events: s.h.log.slice(s.day1.length) }]);
    expect(r.find((x) => x.number === 'D-002')).toMatchObject({ outOfOrder: true, officer: 'budi', counter: 'loket-4' });
    expect(r.find((x) => x.number === 'D-001')).toMatchObject({ outOfOrder: false, calledAt: null });
  });
});

describe('summary of the scripted day', () => {
  let rows: StageRow[];
  beforeAll(() => {
    const s = scriptedDay();
    rows = foldStages([{ day: DAY1, events: s.day1 }], s.rollover);
  });

  it('counts issued, served, no-show, cancelled, expired and transferred per service', () => {
    const s = summaryOf(rows);
    expect(s.services).toEqual([
      { service: 'pendaftaran', issued: 4, served: 2, noShow: 1, cancelled: 0, expired: 1, transferredOut: 0, open: 0 },
      { service: 'barang', issued: 1, served: 1, noShow: 0, cancelled: 1, expired: 1, transferredOut: 0, open: 0 },
      { service: 'kunjungan', issued: 1, served: 0, noShow: 0, cancelled: 0, expired: 1, transferredOut: 0, open: 0 },
      { service: 'informasi', issued: 1, served: 0, noShow: 0, cancelled: 0, expired: 0, transferredOut: 1, open: 0 },
    ]);
    expect(s.totals).toEqual({ issued: 7, served: 3, noShow: 1, cancelled: 1, expired: 3, transferredOut: 1, open: 0 });
  });

  it('gives known medians and 90th percentiles per service', () => {
    const s = summaryOf(rows);
    expect(byKey(s.byService, 'pendaftaran')).toEqual({ key: 'pendaftaran', wait: { count: 3, median: 300, p90: 540 }, service: { count: 2, median: 240, p90: 288 } });
    expect(byKey(s.byService, 'barang')).toEqual({ key: 'barang', wait: { count: 1, median: 240, p90: 240 }, service: { count: 1, median: 60, p90: 60 } });
    // A service with tickets but no call yet is listed with no times (not zeros).
    expect(byKey(s.byService, 'kunjungan')).toEqual({ key: 'kunjungan', wait: { count: 0, median: null, p90: null }, service: { count: 0, median: null, p90: null } });
    expect(s.byService.map((g) => g.key)).toEqual(ORDER);
    expect(s.overall).toEqual({ key: '*', wait: { count: 4, median: 300, p90: 510 }, service: { count: 3, median: 180, p90: 276 } });
  });

  it('per counter and per officer', () => {
    const s = summaryOf(rows);
    expect(byKey(s.byCounter, 'loket-1')).toMatchObject({ wait: { count: 2, median: 450, p90: 570 }, service: { count: 1, median: 180, p90: 180 } });
    expect(byKey(s.byCounter, 'loket-2')).toMatchObject({ wait: { count: 1, median: 300 }, service: { count: 1, median: 300 } });
    expect(byKey(s.byCounter, 'loket-3')).toMatchObject({ wait: { count: 1, median: 240 }, service: { count: 1, median: 60 } });
    expect(byKey(s.byOfficer, 'budi')).toEqual({ key: 'budi', wait: { count: 2, median: 450, p90: 570 }, service: { count: 1, median: 180, p90: 180 } });
    expect(byKey(s.byOfficer, 'sari')).toEqual({ key: 'sari', wait: { count: 2, median: 270, p90: 294 }, service: { count: 2, median: 180, p90: 276 } });
  });

  it('arrivals per hour in the site’s time zone, and per day', () => {
    const s = summaryOf(rows);
    const expected = new Array(24).fill(0);
    expected[9] = 6; // 09:00-09:18 WITA (01:00 UTC)
    expected[10] = 1; // 10:30
    expect(s.arrivalsByHour).toEqual(expected);
    expect(s.perDay).toEqual([{ day: DAY1, issued: 7, served: 3 }]);
    const jakarta = buildSummary(rows, { from: DAY1, to: DAY1, timezone: 'Asia/Jakarta', now: new Date(), serviceOrder: ORDER });
    expect(jakarta.arrivalsByHour[8]).toBe(6);
  });

  it('an empty range is all zeros, every configured service listed', () => {
    const s = summaryOf([]);
    expect(s.services).toHaveLength(4);
    expect(s.totals.issued).toBe(0);
    expect(s.byService).toEqual([]);
    expect(s.overall.wait).toEqual({ count: 0, median: null, p90: null });
    expect(s.arrivalsByHour.every((n) => n === 0)).toBe(true);
  });
});

describe('ranges of days and carried tickets', () => {
  it('a ticket carried over midnight is not issued again, and its wait runs from its queue time', () => {
    const s = scriptedDay(false);
    expect(s.rollover.type === 'day.rolledOver' && s.rollover.carried.map((t) => t.number)).toEqual(['A-004', 'D-001', 'C-001']);
    s.at(15 * 3600 + 120);
    const carried = s.call('loket-1', 'budi');
    expect(s.h.number(carried)).toBe('A-004');
    const day2: DayEvents = { day: DAY2, events: s.h.log.slice(s.day1.length) };
    const only2 = foldStages([day2]);
    expect(only2.find((r) => r.number === 'A-004')).toMatchObject({ issuedInRange: false, day: DAY1, waitSeconds: 15 * 3600 + 120 - 180 });
    const sum2 = summaryOf(only2, DAY2, DAY2);
    expect(sum2.totals.issued).toBe(0);
    expect(sum2.totals.open).toBe(3);
    // Over both days it is one ticket, issued once, and nothing expired.
    const both = foldStages([{ day: DAY1, events: s.day1 }, day2]);
    expect(both.filter((r) => r.number === 'A-004')).toHaveLength(1);
    const sum = summaryOf(both, DAY1, DAY2);
    expect(sum.totals.issued).toBe(7);
    expect(sum.totals.expired).toBe(0);
  });

  it('a range starting after an expiring rollover ignores the expired ids it cannot know', () => {
    const s = scriptedDay(true);
    s.at(15 * 3600 + 120);
    s.h.issue('pendaftaran');
    const rows = foldStages([{ day: DAY2, events: s.h.log.slice(s.day1.length) }]);
    expect(rows.map((r) => `${r.number}/${r.outcome}`)).toEqual(['A-001/open']);
  });
});
