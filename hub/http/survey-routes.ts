// Survei Kepuasan Masyarakat (SKM): visitors answer once per served ticket of today, the admin
// reads the result of a period (JSON, CSV of raw answers, printable table) and publishes it.
// The answer goes through the queue core (`answerSurvey`), which the engine runs one command at a
// time: two answers for one ticket can never both pass.
import { Router, type Request, type Response } from 'express';
import { rateLimit } from 'express-rate-limit';
import { z } from 'zod';
import type { PublishedIkm, SurveyAccepted, SurveyCheck, SurveyEligibility } from '../../protocol/survey.js';
import { publishIkmBody, surveyBody, surveyCheckBody } from '../../protocol/survey.js';
import type { HubContext } from '../context.js';
import { localDate } from '../queue/local-time.js';
import type { QueueView, Ticket } from '../queue/types.js';
import { UTF8_BOM } from '../reports/csv.js';
import { readRange } from '../reports/day-source.js';
import { foldStages } from '../reports/stages.js';
import { ikmReportHtml } from '../survey/ikm-report-html.js';
import { surveysCsv } from '../survey/survey-csv.js';
import { buildIkmReport, servedPopulation, surveyRows } from '../survey/survey-report.js';
import { changeConfig } from './admin-routes.js';
import { HttpError } from './errors.js';
import { requireRole, sessionOf } from './require-session.js';
import { runCommand } from './run-command.js';
import { parse } from './validate.js';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD').refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)), 'not a real date');
/** A survey period may be a whole year (the regulation asks for one SKM a year at least). */
export const MAX_SURVEY_RANGE_DAYS = 366;
const ikmQuery = z.object({ from: day.optional(), to: day.optional(), service: z.string().max(64).optional() });

/** Marks a lookup that found no ticket of today: only those count against the misses limit. */
const MISS = 'surveyMiss';

function limiter(limit: number, message: string, missesOnly = false) {
  if (!limit) return (_req: Request, _res: Response, next: () => void) => next();
  return rateLimit({
    windowMs: 60_000,
    limit,
    skipSuccessfulRequests: missesOnly,
    requestWasSuccessful: (_req, res) => res.locals[MISS] !== true,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: (_req, res) => {
      res.status(429).json({ error: { code: 'rate_limited', message } });
    },
  });
}

function findByNumber(state: QueueView, number: string): Ticket | undefined {
  for (const t of state.tickets.values()) if (t.number === number) return t;
  return undefined;
}

function eligibility(state: QueueView, t: Ticket | undefined): SurveyEligibility {
  if (!t) return 'not-today';
  if (state.surveyed.has(t.id)) return 'answered';
  return t.status === 'done' ? 'open' : 'not-finished';
}

export function surveyRoutes(ctx: HubContext): Router {
  const r = Router();
  const config = () => ctx.engine.state.config;
  const timezone = () => config().settings.timezone;
  // Per address: a tablet at the exit takes a visitor every half minute or so. Lookups by number
  // that find nothing are limited harder, so today's numbers cannot be tried one after another.
  const perAddress = limiter(ctx.config.surveyRateLimit, 'terlalu banyak survei dari perangkat ini; coba lagi sebentar lagi');
  const misses = limiter(ctx.config.surveyRateLimit ? Math.max(5, Math.ceil(ctx.config.surveyRateLimit / 3)) : 0, 'terlalu banyak nomor yang tidak ditemukan; coba lagi sebentar lagi', true);

  const ticketOf = (body: { ticketId?: string; number?: string }): Ticket | undefined => {
    const state = ctx.engine.state;
    return body.ticketId ? state.tickets.get(body.ticketId) : findByNumber(state, body.number!);
  };

  r.post('/api/surveys/check', perAddress, misses, (req, res) => {
    const body = parse(surveyCheckBody, req.body);
    const t = ticketOf(body);
    if (!t) res.locals[MISS] = true;
    const answer: SurveyCheck = { number: t?.number ?? null, eligibility: eligibility(ctx.engine.state, t) };
    // A number of today that does not exist counts as a miss for the limiter.
    res.status(t ? 200 : 404).json(answer);
  });

  r.post('/api/surveys', perAddress, misses, async (req, res) => {
    const body = parse(surveyBody, req.body);
    const t = ticketOf(body);
    if (!t) res.locals[MISS] = true;
    if (!t) throw new HttpError(409, 'ticket_not_today', body.number ? `no ticket ${body.number} today: surveys are taken on the day of the visit` : 'no such ticket today: surveys are taken on the day of the visit');
    const respondent = body.respondent && Object.keys(body.respondent).length ? body.respondent : null;
    await runCommand(ctx.engine, { type: 'answerSurvey', ticketId: t.id, answers: body.answers, respondent, suggestion: body.suggestion || null });
    const accepted: SurveyAccepted = { number: t.number, published: config().settings.publishedIkm ?? null };
    res.status(201).json(accepted);
  });

  r.get('/api/ikm', (_req, res) => {
    const p = config().settings.publishedIkm;
    if (!p) throw new HttpError(404, 'not_found', 'no satisfaction index published yet');
    res.json(p);
  });

  // Admin: the result of a period, per service when asked.
  const admin = requireRole(ctx.auth, ['admin']);

  const report = async (q: { from: string; to: string; service: string | null }) => {
    const { days, closing } = await readRange(ctx.store, q.from, q.to);
    const surveys = surveyRows(days, q.service);
    const population = servedPopulation(foldStages(days, closing), q.service);
    return { surveys, report: buildIkmReport({ ...q, surveys, population }) };
  };

  const period = (input: unknown) => {
    const q = parse(ikmQuery, input);
    const today = localDate(ctx.clock.now(), timezone());
    const from = q.from ?? q.to ?? today;
    const to = q.to ?? q.from ?? today;
    if (from > to) throw new HttpError(400, 'validation_failed', `from (${from}) is after to (${to})`);
    const days = (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000 + 1;
    if (days > MAX_SURVEY_RANGE_DAYS) throw new HttpError(400, 'validation_failed', `a survey report covers at most ${MAX_SURVEY_RANGE_DAYS} days`);
    const service = q.service || null;
    if (service && !config().services.some((s) => s.id === service)) throw new HttpError(400, 'validation_failed', `service: unknown service ${service}`);
    return { from, to, service };
  };

  r.get('/api/admin/reports/ikm', admin, async (req, res) => {
    res.json((await report(period(req.query))).report);
  });

  r.get('/api/admin/reports/ikm.csv', admin, async (req, res) => {
    const q = period(req.query);
    const { surveys } = await report(q);
    res.type('text/csv; charset=utf-8').attachment(`giliran-skm-${q.from}_${q.to}${q.service ? `-${q.service}` : ''}.csv`).send(UTF8_BOM + surveysCsv(surveys));
  });

  r.get('/api/admin/reports/ikm/print', admin, async (req, res) => {
    const q = period(req.query);
    const { report: rep } = await report(q);
    const serviceName = q.service ? (config().services.find((s) => s.id === q.service)?.name.id ?? q.service) : null;
    const printedAt = localDate(ctx.clock.now(), timezone());
    res.type('text/html; charset=utf-8').send(ikmReportHtml(rep, { siteName: config().settings.siteName, serviceName, printedAt }));
  });

  // Publishing: the unit's figure of a period goes into the site settings, so boards get it live.
  r.post('/api/admin/ikm/publish', admin, async (req, res) => {
    const body = parse(publishIkmBody, req.body);
    const q = period({ from: body.from, to: body.to });
    const { report: rep } = await report({ ...q, service: null });
    if (rep.ikm === null || rep.grade === null || rep.label === null) throw new HttpError(409, 'conflict', 'no survey answers in this period: nothing to publish');
    const published: PublishedIkm = { period: body.period, from: q.from, to: q.to, index: rep.ikm, grade: rep.grade, label: rep.label, respondents: rep.respondents, publishedAt: ctx.clock.now().toISOString() };
    const cfg = config();
    await changeConfig(ctx, { ...cfg, settings: { ...cfg.settings, publishedIkm: published } }, sessionOf(req).username, { action: 'ikm.published', detail: { ...published } });
    res.status(201).json(published);
  });

  r.delete('/api/admin/ikm/publish', admin, async (req, res) => {
    const cfg = config();
    await changeConfig(ctx, { ...cfg, settings: { ...cfg.settings, publishedIkm: null } }, sessionOf(req).username, { action: 'ikm.withdrawn', detail: {} });
    res.json({ published: null });
  });
  return r;
}
