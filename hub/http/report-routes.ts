// Admin reports, derived from the stored event stream on every request (no second copy of the
// truth to drift): a summary and the ticket rows as JSON or CSV, and the live waiting view.
import { Router, type Request } from 'express';
import { z } from 'zod';
import type { HubContext } from '../context.js';
import { localDate } from '../queue/local-time.js';
import { UTF8_BOM } from '../reports/csv.js';
import { readRange } from '../reports/day-source.js';
import { liveView } from '../reports/live-view.js';
import { summaryCsv, ticketsCsv } from '../reports/report-csv.js';
import { foldStages } from '../reports/stages.js';
import { buildSummary } from '../reports/summary.js';
import { reasonError } from './errors.js';
import { requireRole } from './require-session.js';
import { parse } from './validate.js';

/** A quarter: enough for a festive-season review, bounded so one request cannot read years. */
export const MAX_RANGE_DAYS = 92;

const dayParam = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD').refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)), 'not a real date');
const rangeQuery = z.object({ from: dayParam.optional(), to: dayParam.optional(), lang: z.enum(['id', 'en']).optional() });

export function reportRoutes(ctx: HubContext): Router {
  const r = Router();
  r.use('/api/admin/reports', requireRole(ctx.auth, ['admin']));
  const config = () => ctx.engine.state.config;
  const timezone = () => config().settings.timezone;

  const range = (req: Request) => {
    const q = parse(rangeQuery, req.query);
    const today = localDate(ctx.clock.now(), timezone());
    const from = q.from ?? q.to ?? today;
    const to = q.to ?? q.from ?? today;
    if (from > to) throw reasonError(400, 'validation_failed', 'range_order', `from (${from}) is after to (${to})`, { from, to }, 'from');
    const days = (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000 + 1;
    if (days > MAX_RANGE_DAYS) throw reasonError(400, 'validation_failed', 'range_too_long', `a report covers at most ${MAX_RANGE_DAYS} days`, { max: MAX_RANGE_DAYS }, 'to');
    return { from, to, lang: q.lang ?? 'id' };
  };

  const load = async (req: Request) => {
    const q = range(req);
    const { days, closing } = await readRange(ctx.store, q.from, q.to);
    const rows = foldStages(days, closing);
    const serviceOrder = config().services.map((s) => s.id);
    const summary = () => buildSummary(rows, { from: q.from, to: q.to, timezone: timezone(), now: ctx.clock.now(), serviceOrder });
    return { ...q, rows, summary };
  };

  const names = (lang: 'id' | 'en') => ({
    // An English name left empty falls back to the Indonesian one.
    service: (id: string) => {
      const name = config().services.find((s) => s.id === id)?.name;
      return name ? name[lang] || name.id : id;
    },
    counter: (id: string) => config().counters.find((c) => c.id === id)?.name ?? id,
    officer: (username: string) => ctx.auth.findUser(username)?.displayName || username,
  });

  const sendCsv = (res: import('express').Response, name: string, text: string) => {
    res.type('text/csv; charset=utf-8').attachment(name).send(UTF8_BOM + text);
  };

  r.get('/api/admin/reports/days', async (_req, res) => {
    res.json({ days: await ctx.store.listDays(), today: localDate(ctx.clock.now(), timezone()) });
  });

  r.get('/api/admin/reports/summary', async (req, res) => {
    res.json((await load(req)).summary());
  });

  r.get('/api/admin/reports/tickets', async (req, res) => {
    const { from, to, rows } = await load(req);
    res.json({ from, to, timezone: timezone(), rows });
  });

  r.get('/api/admin/reports/summary.csv', async (req, res) => {
    const q = await load(req);
    sendCsv(res, `giliran-ringkasan-${q.from}_${q.to}.csv`, summaryCsv(q.summary(), names(q.lang), q.lang));
  });

  r.get('/api/admin/reports/tickets.csv', async (req, res) => {
    const q = await load(req);
    sendCsv(res, `giliran-tiket-${q.from}_${q.to}.csv`, ticketsCsv(q.rows, timezone(), names(q.lang).service, q.lang, names(q.lang).officer));
  });

  r.get('/api/admin/reports/live', (_req, res) => {
    const state = ctx.engine.state;
    res.json(liveView(state.tickets.values(), ctx.clock.now(), state.config.services.map((s) => s.id)));
  });
  return r;
}
