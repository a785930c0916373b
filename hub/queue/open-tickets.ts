// The indexes applyEvent keeps beside the day's tickets, so the cost of a view or a pick follows
// the tickets still in play, not every ticket of the day (20,000 on a busy day).
import type { DomainEvent } from './events.js';
import type { QueueState, Ticket } from './types.js';

export function isOpen(t: Ticket): boolean {
  return t.status === 'waiting' || t.status === 'called' || t.status === 'serving';
}

export const walkInKey = (service: string, session: number) => `${service}/${session}`;

function countWalkIn(state: QueueState, t: Ticket): void {
  if (t.session == null || t.booking) return;
  const k = walkInKey(t.originService, t.session);
  state.walkIns.set(k, (state.walkIns.get(k) ?? 0) + 1);
}

function track(state: QueueState, id: string): void {
  const t = state.tickets.get(id);
  if (t && isOpen(t)) state.open.set(id, t);
  else state.open.delete(id);
}

/** Brings the indexes in step with the state after `e` was applied to it. */
export function indexEvent(state: QueueState, e: DomainEvent): void {
  switch (e.type) {
    case 'ticket.issued': {
      const t = state.tickets.get(e.ticket.id);
      if (t) countWalkIn(state, t);
      track(state, e.ticket.id);
      return;
    }
    case 'day.rolledOver':
      state.open = new Map();
      state.walkIns = new Map();
      for (const t of state.tickets.values()) {
        if (isOpen(t)) state.open.set(t.id, t);
        countWalkIn(state, t);
      }
      return;
    case 'batch.called':
      for (const id of e.ticketIds) track(state, id);
      return;
    default:
      if ('ticketId' in e) track(state, e.ticketId);
  }
}
