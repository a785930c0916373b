// Public ticket routes: take a number (idempotent), look at one ticket, the public snapshot.
// A kiosk with a registered device key takes tickets under its own name (and prints on its own
// printer); anyone else gets a low per-address, per-service limit an admin can tune, and may not
// name a device.
import { randomBytes } from 'node:crypto';
import { Router } from 'express';
import { ipKeyGenerator, rateLimit } from 'express-rate-limit';
import { IDEMPOTENCY_HEADER } from '../../protocol/rest-types.js';
import { idempotencyKeyHeader, issueTicketBody, ticketIdParam } from '../../protocol/rest.js';
import { DEFAULT_TICKETS_PER_MINUTE } from '../../protocol/config.js';
import type { HubContext } from '../context.js';
import { deviceOf, identifyDevice, namedDevice } from './device-identity.js';
import { runCommand } from './run-command.js';
import { publicTicket, type LiveDeps } from '../live/live-server.js';
import { toPublicState } from '../queue/views.js';
import { HttpError } from './errors.js';
import { ticketForKey } from '../queue/state.js';
import { parse } from './validate.js';

/** 128 random bits, URL-safe: the ticket id is the secret link to its phone page. */
export function newTicketId(): string {
  return randomBytes(16).toString('base64url');
}

export function ticketRoutes(ctx: HubContext, liveDeps: LiveDeps): Router {
  const r = Router();

  const identify = identifyDevice(ctx);

  // Per address and service, for clients without a device key. TICKET_RATE_LIMIT (env) overrides
  // the admin's setting; 0 turns the limit off.
  const perMinute = () => ctx.config.ticketRateLimit ?? ctx.engine.state.config.settings.anonymousTicketsPerMinute ?? DEFAULT_TICKETS_PER_MINUTE;
  const anonymousLimit = rateLimit({
    windowMs: 60_000,
    limit: () => perMinute(),
    skip: (req) => deviceOf(req) !== undefined || perMinute() === 0,
    keyGenerator: (req) => `${ipKeyGenerator(req.ip ?? '')}|${typeof req.body?.service === 'string' ? req.body.service.slice(0, 64) : ''}`,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: (_req, res) => {
      res.status(429).json({ error: { code: 'rate_limited', message: 'too many ticket requests; try again shortly' } });
    },
  });

  r.get('/api/state', (_req, res) => {
    res.json(toPublicState(ctx.engine.state, ctx.clock.now()));
  });

  r.post('/api/tickets', identify, anonymousLimit, async (req, res) => {
    const body = parse(issueTicketBody, req.body);
    const device = namedDevice(req, body.device);
    const rawKey = req.get(IDEMPOTENCY_HEADER);
    const key = rawKey === undefined ? null : parse(idempotencyKeyHeader, rawKey);
    const id = newTicketId();
    const made = await runCommand(ctx.engine, { type: 'issue', id, service: body.service, priority: body.priority ?? false, idempotencyKey: key, device });
    if (made.length === 0) {
      // The core saw this key before (hub/queue/decide.ts): the answer is that same ticket.
      const earlier = key ? ticketForKey(ctx.engine.state, key) : null;
      if (!earlier) throw new HttpError(500, 'internal', 'an idempotent replay without its ticket');
      res.status(201).set('Idempotent-Replayed', 'true').json(publicTicket(liveDeps, earlier.id));
      return;
    }
    res.status(201).location(`/t/${id}`).json(publicTicket(liveDeps, id));
  });

  r.get('/api/tickets/:id', (req, res) => {
    const id = parse(ticketIdParam, req.params.id);
    const t = publicTicket(liveDeps, id);
    if (!t) throw new HttpError(404, 'not_found', 'no such ticket');
    res.json(t);
  });
  return r;
}
