// Turns a durable domain event into the socket message the apps get. Payloads are built from the
// state at broadcast time; replacements by id are idempotent, so a newer copy is harmless.
import type { LiveEvent, NumberedEventName } from '../../protocol/live.js';
import type { PublicCall } from '../../protocol/public.js';
import type { PrintOutcome } from '../../protocol/ticket.js';
import type { DomainEvent } from '../queue/events.js';
import type { QueueState } from '../queue/types.js';
import { toPublicCall, toPublicCounter, toPublicService, toPublicSite, toStaffTicket, toTicketRef } from '../queue/views.js';

export type LiveMessage =
  | { kind: 'numbered'; name: NumberedEventName; public: LiveEvent; staff: LiveEvent }
  /** The whole snapshot must be resent (day rollover, configuration change). */
  | { kind: 'snapshot'; seq: number };

function defined<T>(xs: (T | null | undefined)[]): T[] {
  return xs.filter((x): x is T => x !== null && x !== undefined);
}

export function eventToLive(state: QueueState, e: DomainEvent, now: Date, printOutcome: (id: string) => PrintOutcome): LiveMessage {
  const services = (...ids: (string | null | undefined)[]) => defined([...new Set(ids)].map((id) => (id ? toPublicService(state, id, now) : null)));
  const counters = (...ids: (string | null | undefined)[]) => defined([...new Set(ids)].map((id) => (id ? toPublicCounter(state, id) : null)));
  const numbered = (name: NumberedEventName, pub: LiveEvent, ticketId?: string): LiveMessage => {
    const t = ticketId ? state.tickets.get(ticketId) : undefined;
    const staff: LiveEvent = t ? { ...pub, staff: { ticket: toStaffTicket(t, printOutcome(t.id)) } } : pub;
    return { kind: 'numbered', name, public: pub, staff };
  };

  switch (e.type) {
    case 'ticket.issued': {
      const t = state.tickets.get(e.ticket.id) ?? e.ticket;
      return numbered('ticket:issued', { seq: e.seq, ticket: toTicketRef(t), services: services(t.service) }, t.id);
    }
    case 'ticket.called':
    case 'ticket.recalled': {
      const t = state.tickets.get(e.ticketId);
      // One of a batch: its call reaches the board with the batch.called that follows.
      if (e.type === 'ticket.called' && e.batch && t) {
        return numbered('ticket:updated', { seq: e.seq, ticket: toTicketRef(t), counters: counters(e.counter), services: services(t.service) }, t.id);
      }
      if (!t) return { kind: 'snapshot', seq: e.seq };
      const recent = state.recentCalls.find((c) => c.seq === e.seq);
      const counterName = state.config.counters.find((c) => c.id === e.counter)?.name ?? e.counter;
      const call: PublicCall = recent
        ? toPublicCall(state, recent)
        : { number: t.number, service: t.service, counter: e.counter, counterName, at: e.at, recall: e.type === 'ticket.recalled' ? Math.max(1, t.recalls) : 0, seq: e.seq };
      return numbered('ticket:called', { seq: e.seq, call, ticket: toTicketRef(t), counters: counters(e.counter), services: services(t.service) }, t.id);
    }
    case 'ticket.started':
    case 'ticket.finished':
    case 'ticket.noShow':
    case 'ticket.cancelled':
    case 'ticket.transferred': {
      const t = state.tickets.get(e.ticketId);
      if (!t) return { kind: 'snapshot', seq: e.seq };
      const from = e.type === 'ticket.transferred' ? e.from : null;
      // The event does not name the counter the ticket left, and by now the ticket may have moved
      // on: send every counter (a handful), so no board keeps showing a ticket a counter let go.
      const all = state.config.counters.map((c) => c.id);
      return numbered('ticket:updated', { seq: e.seq, ticket: toTicketRef(t), counters: counters(...all), services: services(t.service, from) }, t.id);
    }
    case 'counter.opened':
    case 'counter.paused':
    case 'counter.closed': {
      const cfg = state.config.counters.find((c) => c.id === e.counter);
      return numbered('counter:updated', { seq: e.seq, counters: counters(e.counter), services: services(...(cfg?.services ?? [])) });
    }
    case 'config.changed':
      if (e.what === 'settings') return numbered('notice:updated', { seq: e.seq, site: toPublicSite(state) });
      return { kind: 'snapshot', seq: e.seq };
    case 'day.rolledOver':
      return { kind: 'snapshot', seq: e.seq };
    case 'survey.answered':
      // Nothing of a survey is public: an empty numbered message keeps every client's seq whole.
      return numbered('counter:updated', { seq: e.seq });
    case 'batch.called': {
      const recent = state.recentCalls.find((c) => c.seq === e.seq);
      const first = state.tickets.get(e.ticketIds[0]);
      if (!recent || !first) return { kind: 'snapshot', seq: e.seq };
      const call = toPublicCall(state, recent);
      return numbered('ticket:called', { seq: e.seq, call, ticket: toTicketRef(first), counters: counters(e.counter), services: services(first.service) }, first.id);
    }
    case 'booking.made':
    case 'booking.cancelled':
    case 'booking.checkedIn': {
      // Public sockets learn only the places left in today's sessions, never a code.
      const b = e.type === 'booking.made' ? e.booking : state.bookings.get(e.code);
      return numbered('notice:updated', { seq: e.seq, services: b && b.day === state.day ? services(b.service) : [] });
    }
  }
}
