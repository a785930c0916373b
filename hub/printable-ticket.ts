// What goes on paper for a ticket: number, service and the wait as it is now. Nothing personal.
import type { PrintableTicket } from '../printer/print-service.js';
import { estimateWaitMinutes } from './queue/estimates.js';
import { peopleAhead } from './queue/ordering.js';
import type { QueueView, Ticket } from './queue/types.js';

export function printableTicket(state: QueueView, t: Ticket, device: string | null): PrintableTicket | null {
  const service = state.config.services.find((s) => s.id === t.service);
  if (!service) return null;
  const ahead = peopleAhead(state, t);
  return {
    id: t.id,
    number: t.number,
    serviceName: service.name,
    issuedAt: t.issuedAt,
    ahead,
    estimatedWaitMinutes: estimateWaitMinutes(state, t.service, ahead),
    priority: t.priority,
    device: device ?? undefined,
  };
}
