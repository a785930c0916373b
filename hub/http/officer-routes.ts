// Officer actions at a counter. Each is one command through the core; the answer is the staff view
// of the ticket it touched, sent after the change is durable.
import { Router, type Request } from 'express';
import { callTicketBody, finishBody, idSchema, optionalReasonBody, ticketIdParam, transferBody } from '../../protocol/rest.js';
import type { HubContext } from '../context.js';
import { runCommand } from './run-command.js';
import type { Command } from '../queue/commands.js';
import { staffState, type LiveDeps } from '../live/live-server.js';
import { toPublicCounter, toStaffTicket } from '../queue/views.js';
import { HttpError } from './errors.js';
import { requireRole, sessionOf } from './require-session.js';
import { parse } from './validate.js';

export function officerRoutes(ctx: HubContext, liveDeps: LiveDeps): Router {
  const r = Router();
  const staff = requireRole(ctx.auth, ['officer', 'admin']);

  const ticketView = (id: string) => {
    const t = ctx.engine.state.tickets.get(id);
    return t ? toStaffTicket(t, ctx.printOutcome(id)) : null;
  };
  const counterView = (id: string) => toPublicCounter(ctx.engine.state, id);

  r.get('/api/staff/state', staff, (req, res) => {
    res.json(staffState(liveDeps, sessionOf(req)));
  });

  r.post('/api/counters/:id/call-next', staff, async (req, res) => {
    const counter = parse(idSchema, req.params.id);
    const events = await runCommand(ctx.engine, { type: 'callNext', counter, by: sessionOf(req).username });
    const called = events.find((e) => e.type === 'ticket.called')!;
    res.json({ ticket: ticketView((called as { ticketId: string }).ticketId), counter: counterView(counter) });
  });

  // Calling a ticket out of order needs a reason; it is audit-logged.
  r.post('/api/counters/:id/call', staff, async (req, res) => {
    const counter = parse(idSchema, req.params.id);
    const body = parse(callTicketBody, req.body);
    const by = sessionOf(req).username;
    await runCommand(ctx.engine, { type: 'callTicket', counter, ticketId: body.ticketId, reason: body.reason, by });
    const t = ticketView(body.ticketId);
    await ctx.audit({ actor: by, action: 'ticket.calledOutOfOrder', detail: { counter, number: t?.number, reason: body.reason } });
    res.json({ ticket: t, counter: counterView(counter) });
  });

  for (const [path, type] of [
    ['pause', 'pauseCounter'],
    ['open', 'openCounter'],
    ['close', 'closeCounter'],
  ] as const) {
    r.post(`/api/counters/:id/${path}`, staff, async (req, res) => {
      const counter = parse(idSchema, req.params.id);
      await runCommand(ctx.engine, { type, counter, by: sessionOf(req).username });
      res.json({ counter: counterView(counter) });
    });
  }

  const ticketAction = (path: string, toCommand: (id: string, by: string, req: Request) => Command) => {
    r.post(`/api/tickets/:id/${path}`, staff, async (req, res) => {
      const id = parse(ticketIdParam, req.params.id);
      await runCommand(ctx.engine, toCommand(id, sessionOf(req).username, req));
      const t = ticketView(id);
      if (!t) throw new HttpError(404, 'not_found', 'no such ticket');
      res.json({ ticket: t });
    });
  };
  ticketAction('recall', (ticketId, by) => ({ type: 'recall', ticketId, by }));
  ticketAction('start', (ticketId, by) => ({ type: 'start', ticketId, by }));
  ticketAction('no-show', (ticketId, by) => ({ type: 'noShow', ticketId, by }));
  ticketAction('cancel', (ticketId, by, req) => ({ type: 'cancel', ticketId, by, reason: parse(optionalReasonBody, req.body ?? undefined)?.reason ?? null }));
  ticketAction('transfer', (ticketId, by, req) => ({ type: 'transfer', ticketId, by, service: parse(transferBody, req.body).service }));
  ticketAction('finish', (ticketId, by, req) => ({ type: 'finish', ticketId, by, transferTo: parse(finishBody, req.body ?? undefined)?.transferTo ?? null }));
  ticketAction('finish-and-next', (ticketId, by) => ({ type: 'finishAndNext', ticketId, by }));
  return r;
}
