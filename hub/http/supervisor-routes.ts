// The supervisor's view: out-of-order calls, reprints, cancellations and no-shows per officer for
// a period, each with its reason; JSON for the admin app and CSV for a spreadsheet. Admin only.
import { Router, type Request } from 'express';
import type { HubContext } from '../context.js';
import { localDate } from '../queue/local-time.js';
import { UTF8_BOM } from '../reports/csv.js';
import { readRange } from '../reports/day-source.js';
import type { ExceptionKind } from '../../protocol/reports.js';
import { supervisorReport } from '../reports/supervisor.js';
import { supervisorCsv } from '../reports/supervisor-csv.js';
import { dayRange } from './day-range.js';
import { requireRole } from './require-session.js';

/** As the other reports: a quarter at most per request. */
export const MAX_SUPERVISOR_DAYS = 92;

const KIND_NAMES: Record<'id' | 'en', Record<ExceptionKind, string>> = {
  id: { outOfOrder: 'panggil di luar urutan', reprint: 'cetak ulang', cancel: 'dibatalkan', noShow: 'tidak hadir' },
  en: { outOfOrder: 'out-of-order call', reprint: 'reprint', cancel: 'cancelled', noShow: 'no-show' },
};

function* eachDay(from: string, to: string): Generator<string> {
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000) yield new Date(t).toISOString().slice(0, 10);
}

export function supervisorRoutes(ctx: HubContext): Router {
  const r = Router();
  r.use('/api/admin/supervisor', requireRole(ctx.auth, ['admin']));
  const config = () => ctx.engine.state.config;
  const timezone = () => config().settings.timezone;

  const load = async (req: Request) => {
    const q = dayRange(req.query, localDate(ctx.clock.now(), timezone()), MAX_SUPERVISOR_DAYS);
    const { days } = await readRange(ctx.store, q.from, q.to);
    const audit = [];
    for (const day of eachDay(q.from, q.to)) audit.push({ day, entries: await ctx.store.readAudit(day) });
    return { ...q, report: supervisorReport(q.from, q.to, days, audit) };
  };

  r.get('/api/admin/supervisor', async (req, res) => {
    res.json((await load(req)).report);
  });

  r.get('/api/admin/supervisor.csv', async (req, res) => {
    const { report, lang, from, to } = await load(req);
    const names = {
      service: (id: string) => config().services.find((s) => s.id === id)?.name[lang] ?? id,
      counter: (id: string) => config().counters.find((c) => c.id === id)?.name ?? id,
      kind: (k: string) => KIND_NAMES[lang][k as ExceptionKind] ?? k,
    };
    res.type('text/csv; charset=utf-8').attachment(`giliran-pengawasan-${from}_${to}.csv`).send(UTF8_BOM + supervisorCsv(report, timezone(), names));
  });
  return r;
}
