// Online booking: free places per session, book (idempotent), look up, cancel, check in at the
// kiosk. Public and anonymous: the booking code is the only key, so lookups of unknown codes are
// throttled per address, and making bookings is rate-limited.
import { identifyDevice, namedDevice } from './device-identity.js';
import { randomInt } from 'node:crypto';
import { Router, type RequestHandler } from 'express';
import { rateLimit } from 'express-rate-limit';
import { BOOKING_CODE_ALPHABET, BOOKING_CODE_LENGTH, bookingCodeParam, checkInBody, makeBookingBody, slotsQuery } from '../../protocol/booking.js';
import { IDEMPOTENCY_HEADER } from '../../protocol/rest-types.js';
import { idempotencyKeyHeader } from '../../protocol/rest.js';
import type { HubContext } from '../context.js';
import { publicTicket, type LiveDeps } from '../live/live-server.js';
import { slots, toBookingView } from '../queue/booking-rules.js';
import { isRefusal } from '../queue/commands.js';
import type { Booking } from '../queue/types.js';
import { HttpError, refusalError } from './errors.js';
import { runCommand } from './run-command.js';
import { newTicketId } from './ticket-routes.js';
import { parse } from './validate.js';

/** 6 characters from 31 (no 0/O, 1/I/L): about 887 million codes, drawn with crypto. */
export function newBookingCode(): string {
  let code = '';
  for (let i = 0; i < BOOKING_CODE_LENGTH; i++) code += BOOKING_CODE_ALPHABET[randomInt(BOOKING_CODE_ALPHABET.length)];
  return code;
}

const pass: RequestHandler = (_req, _res, next) => next();

function limiter(limit: number | undefined, windowMs: number, message: string, onlyFailures: boolean): RequestHandler {
  if (!limit) return pass;
  return rateLimit({
    windowMs,
    limit,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    // Guessing shows as unknown (404) or malformed (400) codes; a family's real code never counts.
    ...(onlyFailures ? { requestWasSuccessful: (_req, res) => res.statusCode !== 404 && res.statusCode !== 400, skipSuccessfulRequests: true } : {}),
    handler: (_req, res) => {
      res.status(429).json({ error: { code: 'rate_limited', message } });
    },
  });
}

export function bookingRoutes(ctx: HubContext, liveDeps: LiveDeps): Router {
  const r = Router();
  const bookLimit = limiter(ctx.config.bookingRateLimit, 60_000, 'terlalu banyak pemesanan dari alamat ini; coba lagi sebentar lagi', false);
  const guessLimit = limiter(ctx.config.bookingGuessLimit, 10 * 60_000, 'terlalu banyak kode yang salah; coba lagi 10 menit lagi', true);
  const state = () => ctx.engine.state;

  const found = (code: string): Booking => {
    const b = state().bookings.get(code);
    if (!b) throw new HttpError(404, 'booking_not_found', 'no such booking code');
    return b;
  };

  r.get('/api/booking/slots', (req, res) => {
    const q = parse(slotsQuery, req.query);
    if (q.service && !state().config.services.some((s) => s.id === q.service)) throw new HttpError(422, 'unknown_service', `unknown service ${q.service}`);
    res.set('Cache-Control', 'no-store').json(slots(state(), ctx.clock.now(), q));
  });

  r.post('/api/bookings', bookLimit, async (req, res) => {
    const body = parse(makeBookingBody, req.body);
    const rawKey = req.get(IDEMPOTENCY_HEADER);
    const key = rawKey === undefined ? null : parse(idempotencyKeyHeader, rawKey);
    const replay = async (b: Booking) => {
      if (b.service !== body.service || b.day !== body.day || b.session !== body.session) {
        throw new HttpError(409, 'conflict', 'this Idempotency-Key was used for another booking');
      }
      // The first request may still be waiting for its flush: answer once it is durable.
      await ctx.engine.waitFlushed(b.seq);
      res.status(201).set('Idempotent-Replayed', 'true').json(toBookingView(state(), b));
    };
    const known = key ? state().bookingKeys.get(key) : undefined;
    if (known) return replay(found(known));
    // A fresh code per attempt; the core refuses one in use (a collision is ~1 in 10^8 per booking).
    for (let attempt = 0; attempt < 5; attempt++) {
      const code = newBookingCode();
      const result = await ctx.engine.execute({ type: 'book', code, service: body.service, day: body.day, session: body.session, idempotencyKey: key });
      if (isRefusal(result)) {
        if (result.refused === 'conflict') continue;
        throw refusalError(result);
      }
      const raced = key ? state().bookingKeys.get(key) : undefined;
      if (raced && raced !== code) return replay(found(raced));
      const b = found(code);
      res.status(201).location(`/api/bookings/${code}`).json(toBookingView(state(), b));
      return;
    }
    throw new HttpError(409, 'conflict', 'no free booking code found; try again');
  });

  r.get('/api/bookings/:code', guessLimit, (req, res) => {
    const code = parse(bookingCodeParam, req.params.code);
    res.set('Cache-Control', 'no-store').json(toBookingView(state(), found(code)));
  });

  r.delete('/api/bookings/:code', guessLimit, async (req, res) => {
    const code = parse(bookingCodeParam, req.params.code);
    found(code);
    await runCommand(ctx.engine, { type: 'cancelBooking', code, by: null });
    res.json(toBookingView(state(), found(code)));
  });

  r.post('/api/bookings/:code/check-in', identifyDevice(ctx), guessLimit, async (req, res) => {
    const code = parse(bookingCodeParam, req.params.code);
    const body = parse(checkInBody, req.body);
    const device = namedDevice(req, body?.device);
    const before = found(code);
    const answer = async (b: Booking, replayed: boolean) => {
      const t = state().tickets.get(b.ticketId!);
      if (!t) throw new HttpError(409, 'booking_used', 'this code was already used', toBookingView(state(), b));
      // The check-in's events end one after the ticket's issue: answer once they are durable.
      await ctx.engine.waitFlushed(t.issueSeq + 1);
      if (replayed) res.set('Idempotent-Replayed', 'true');
      res.status(201).location(`/t/${t.id}`).json(publicTicket(liveDeps, t.id));
    };
    if (before.status === 'checkedIn') return answer(before, true);
    const id = newTicketId();
    const result = await ctx.engine.execute({ type: 'checkIn', code, id, device });
    // A refusal carries the booking (day, window) so the kiosk can say kindly when to come.
    if (isRefusal(result)) throw new HttpError(refusalError(result).status, result.refused, result.message, toBookingView(state(), found(code)));
    const b = found(code);
    return answer(b, b.ticketId !== id);
  });

  return r;
}
