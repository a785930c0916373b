// Printer status (public: it holds nothing personal), reprints (staff, audit-logged) and the
// admin's view of failed jobs and the virtual printer's last tickets.
import { Router } from 'express';
import { optionalReasonBody, ticketIdParam } from '../../protocol/rest.js';
import type { PrintOutcome } from '../../protocol/ticket.js';
import { COLUMNS } from '../../printer/print-types.js';
import { renderTicketText } from '../../printer/ticket-text.js';
import type { HubContext } from '../context.js';
import { printableTicket } from '../printable-ticket.js';
import { HttpError, reasonError } from './errors.js';
import { requireRole, sessionOf } from './require-session.js';
import { parse } from './validate.js';

const PRINT_TROUBLE: readonly PrintOutcome[] = ['failed', 'check', 'waiting'];

export function printerRoutes(ctx: HubContext): Router {
  const r = Router();

  r.get('/api/printer/status', (_req, res) => {
    res.json({ printers: ctx.printerStatus() });
  });

  r.post('/api/tickets/:id/reprint', requireRole(ctx.auth, ['officer', 'admin']), async (req, res) => {
    const id = parse(ticketIdParam, req.params.id);
    if (!ctx.printer) throw reasonError(409, 'conflict', 'printing_off', 'printing is off (PRINTER=none)');
    const state = ctx.engine.state;
    const t = state.tickets.get(id);
    if (!t) throw new HttpError(404, 'not_found', 'no such ticket');
    const printable = printableTicket(state, t, null);
    if (!printable) throw reasonError(409, 'conflict', 'service_gone', `service ${t.service} no longer exists`, { service: t.service });
    // A second copy of a ticket that printed fine is the one a supervisor asks about: it needs the
    // officer's reason. Where the printer had trouble, the trouble is the reason.
    const given = parse(optionalReasonBody, req.body ?? undefined)?.reason;
    const outcome = ctx.printOutcome(t.id);
    const reason = given ?? (PRINT_TROUBLE.includes(outcome) ? `printer: ${outcome}` : null);
    if (!reason) throw reasonError(400, 'validation_failed', 'reason_required', 'a reprint of a printed ticket needs a reason');
    ctx.printer.reprint(printable);
    await ctx.audit({ actor: sessionOf(req).username, action: 'ticket.reprinted', detail: { number: t.number, service: t.service, reason } });
    res.status(202).json({ ticket: { id: t.id, number: t.number, print: ctx.printOutcome(t.id) } });
  });

  r.get('/api/admin/printer', requireRole(ctx.auth, ['admin']), (_req, res) => {
    const printer = ctx.printer;
    const width = ctx.engine.state.config.settings.paperWidth ?? 80;
    res.json({
      printers: ctx.printerStatus(),
      failedJobs: printer?.failedJobs() ?? [],
      virtual: printer?.virtualPrinter
        ? printer.virtualPrinter.tickets().slice(-10).reverse().map((t) => ({ text: renderTicketText(t, COLUMNS[width]) }))
        : null,
    });
  });
  return r;
}
