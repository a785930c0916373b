// Admin report of bookings per session: made, cancelled, checked in, no-shows. Past days are read
// from their logs; today and later days from the live state (bookings reach days ahead).
import { Router } from 'express';
import { z } from 'zod';
import { localDaySchema } from '../../protocol/booking.js';
import type { HubContext } from '../context.js';
import { addDays, daysBetween, localDate, localMinutes } from '../queue/local-time.js';
import type { Booking } from '../queue/types.js';
import { bookingReport, bookingsOfDay } from '../reports/booking-report.js';
import { readDayEvents } from '../reports/day-source.js';
import { HttpError } from './errors.js';
import { MAX_RANGE_DAYS } from './report-routes.js';
import { requireRole } from './require-session.js';
import { parse } from './validate.js';

const query = z.object({ from: localDaySchema.optional(), to: localDaySchema.optional() });

export function bookingReportRoutes(ctx: HubContext): Router {
  const r = Router();
  r.get('/api/admin/booking-report', requireRole(ctx.auth, ['admin']), async (req, res) => {
    const q = parse(query, req.query);
    const state = ctx.engine.state;
    const tz = state.config.settings.timezone;
    const now = ctx.clock.now();
    const today = localDate(now, tz);
    const from = q.from ?? q.to ?? today;
    const to = q.to ?? q.from ?? today;
    if (from > to) throw new HttpError(400, 'validation_failed', `from (${from}) is after to (${to})`);
    if (daysBetween(from, to) + 1 > MAX_RANGE_DAYS) throw new HttpError(400, 'validation_failed', `a report covers at most ${MAX_RANGE_DAYS} days`);
    const bookings: Booking[] = [];
    for (let day = from; day <= to; day = addDays(day, 1)) {
      if (day >= state.day) bookings.push(...[...state.bookings.values()].filter((b) => b.day === day));
      else bookings.push(...bookingsOfDay(await readDayEvents(ctx.store, day), day));
    }
    const rows = bookingReport(bookings, { day: today, minutes: localMinutes(now, tz) }, state.config.services.map((s) => s.id));
    res.json({ from, to, rows });
  });
  return r;
}
