// The summary of a range: counts per service, wait and service times per service, counter and
// officer, arrivals per hour. Pure, from the stage rows (stages.ts).
import { localMinutes } from '../queue/local-time.js';
import type { GroupTimes, ReportSummary, ServiceCounts, StageRow } from '../../protocol/reports.js';
import { durationStats } from './stats.js';

export interface SummaryOptions {
  from: string;
  to: string;
  timezone: string;
  now: Date;
  /** Services in the order the admin configured them; others follow as they appear. */
  serviceOrder: readonly string[];
}

type Counts = Omit<ServiceCounts, 'service'>;
const zero = (): Counts => ({ issued: 0, served: 0, noShow: 0, cancelled: 0, expired: 0, transferredOut: 0, open: 0 });

const OUTCOME_FIELD: Record<StageRow['outcome'], keyof Counts> = {
  done: 'served',
  'no-show': 'noShow',
  cancelled: 'cancelled',
  expired: 'expired',
  transferred: 'transferredOut',
  open: 'open',
};

/** A row counts as an arrival (issued) once: its first stage, issued inside the range. */
export const isArrival = (r: StageRow): boolean => r.issuedInRange && r.stage === 1;

function groupTimes(rows: StageRow[], keyOf: (r: StageRow) => string | null, order: readonly string[] = []): GroupTimes[] {
  const groups = new Map<string, StageRow[]>(order.map((k) => [k, []]));
  for (const r of rows) {
    const k = keyOf(r);
    if (k === null) continue;
    let g = groups.get(k);
    if (!g) groups.set(k, (g = []));
    g.push(r);
  }
  return [...groups].filter(([, g]) => g.length > 0).map(([key, g]) => times(key, g));
}

function times(key: string, rows: StageRow[]): GroupTimes {
  return {
    key,
    wait: durationStats(rows.flatMap((r) => (r.waitSeconds === null ? [] : [r.waitSeconds]))),
    service: durationStats(rows.flatMap((r) => (r.serviceSeconds === null ? [] : [r.serviceSeconds]))),
  };
}

export function buildSummary(rows: StageRow[], opts: SummaryOptions): ReportSummary {
  const perService = new Map<string, Counts>(opts.serviceOrder.map((s) => [s, zero()]));
  const counts = (s: string) => {
    let c = perService.get(s);
    if (!c) perService.set(s, (c = zero()));
    return c;
  };
  const totals = zero();
  const arrivalsByHour = new Array<number>(24).fill(0);
  const perDay = new Map<string, { issued: number; served: number }>();
  const day = (d: string) => {
    let x = perDay.get(d);
    if (!x) perDay.set(d, (x = { issued: 0, served: 0 }));
    return x;
  };

  for (const r of rows) {
    const field = OUTCOME_FIELD[r.outcome];
    counts(r.service)[field] += 1;
    totals[field] += 1;
    if (r.outcome === 'done') day(r.day).served += 1;
    if (isArrival(r)) {
      counts(r.service).issued += 1;
      totals.issued += 1;
      day(r.day).issued += 1;
      arrivalsByHour[Math.floor(localMinutes(new Date(r.issuedAt), opts.timezone) / 60)] += 1;
    }
  }

  return {
    from: opts.from,
    to: opts.to,
    timezone: opts.timezone,
    generatedAt: opts.now.toISOString(),
    services: [...perService].map(([service, c]) => ({ service, ...c })),
    totals,
    byService: groupTimes(rows, (r) => r.service, opts.serviceOrder),
    byCounter: groupTimes(rows, (r) => r.counter),
    byOfficer: groupTimes(rows, (r) => r.officer),
    overall: times('*', rows),
    arrivalsByHour,
    perDay: [...perDay].sort(([a], [b]) => (a < b ? -1 : 1)).map(([d, x]) => ({ day: d, ...x })),
  };
}
