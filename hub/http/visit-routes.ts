// Officer actions of a visit day: a visit room calls, starts and ends batches, and a ticket
// finished by mistake is put back in the queue of its next stage (audited, with a reason).
// Each is one command through the core (docs/visit-rooms.md).
import { Router } from 'express';
import { callBatchBody, finishBatchBody, idSchema, reopenBody, ticketIdParam } from '../../protocol/rest.js';
import type { HubContext } from '../context.js';
import { toPublicCounter, toStaffTicket } from '../queue/views.js';
import { HttpError } from './errors.js';
import { requireRole, sessionOf } from './require-session.js';
import { runCommand } from './run-command.js';
import { parse } from './validate.js';

export function visitRoutes(ctx: HubContext): Router {
  const r = Router();
  const staff = requireRole(ctx.auth, ['officer', 'admin']);
  const ticketView = (id: string) => {
    const t = ctx.engine.state.tickets.get(id);
    return t ? toStaffTicket(t, ctx.printOutcome(id)) : null;
  };
  const counterView = (id: string) => toPublicCounter(ctx.engine.state, id);
  const touched = (events: { type: string; ticketId?: string }[], type: string) =>
    [...new Set(events.filter((e) => e.type === type && e.ticketId).map((e) => e.ticketId!))].map(ticketView).filter((t) => t !== null);

  // The next N, or without `count` as many as the room has free places: one command, one batch.
  r.post('/api/counters/:id/call-batch', staff, async (req, res) => {
    const counter = parse(idSchema, req.params.id);
    const body = parse(callBatchBody, req.body ?? undefined);
    const events = await runCommand(ctx.engine, { type: 'callBatch', counter, count: body?.count ?? null, by: sessionOf(req).username });
    res.json({ tickets: touched(events, 'ticket.called'), counter: counterView(counter) });
  });

  r.post('/api/counters/:id/start-batch', staff, async (req, res) => {
    const counter = parse(idSchema, req.params.id);
    const events = await runCommand(ctx.engine, { type: 'startBatch', counter, by: sessionOf(req).username });
    res.json({ tickets: touched(events, 'ticket.started'), counter: counterView(counter) });
  });

  r.post('/api/counters/:id/finish-batch', staff, async (req, res) => {
    const counter = parse(idSchema, req.params.id);
    const body = parse(finishBatchBody, req.body ?? undefined);
    const events = await runCommand(ctx.engine, { type: 'finishBatch', counter, calledAt: body?.calledAt ?? null, by: sessionOf(req).username });
    res.json({ tickets: touched(events, 'ticket.finished'), counter: counterView(counter) });
  });

  r.post('/api/tickets/:id/reopen', staff, async (req, res) => {
    const id = parse(ticketIdParam, req.params.id);
    const { reason } = parse(reopenBody, req.body);
    const by = sessionOf(req).username;
    const before = ctx.engine.state.tickets.get(id)?.service;
    await runCommand(ctx.engine, { type: 'reopen', ticketId: id, by });
    const t = ticketView(id);
    if (!t) throw new HttpError(404, 'not_found', 'no such ticket');
    await ctx.audit({ actor: by, action: 'ticket.reopened', detail: { number: t.number, from: before, to: t.service, reason } });
    res.json({ ticket: t });
  });
  return r;
}
