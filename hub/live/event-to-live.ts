// Turns a durable domain event into the socket message the apps get. Payloads are built from the
// state at broadcast time; replacements by id are idempotent, so a newer copy is harmless.
import type { LiveEvent, NumberedEventName } from '../../protocol/live.js';
import type { PublicCall } from '../../protocol/public.js';
import type { PrintOutcome } from '../../protocol/ticket.js';
import type { DomainEvent } from '../queue/events.js';
import type { QueueView } from '../queue/types.js';
import { toPublicCall, toPublicCounter, toPublicService, toPublicSite, toStaffTicket, toTicketRef } from '../queue/views.js';

export type LiveMessage =
  | { kind: 'numbered'; name: NumberedEventName; public: LiveEvent; staff: LiveEvent }
  /** The whole snapshot must be resent (day rollover, configuration change). */
  | { kind: 'snapshot'; seq: number };

/** What a change means to a board, most telling first: the merged message takes that name. */
const WEIGHT: Record<NumberedEventName, number> = { 'ticket:called': 5, 'ticket:issued': 4, 'ticket:updated': 3, 'counter:updated': 2, 'notice:updated': 1 };

function byId<T extends { id: string }>(lists: (T[] | undefined)[]): T[] | undefined {
  const m = new Map<string, T>();
  for (const list of lists) for (const x of list ?? []) m.set(x.id, x);
  return m.size ? [...m.values()] : undefined;
}

/**
 * One message for one change: the events of one command (finish, pass on, call) become the
 * message of the most telling one, covering their seqs, with every service, counter and staff
 * ticket they touched. Payloads are built from the state after all of them, so merging loses
 * nothing. A change that needs a snapshot is a snapshot.
 */
export function mergeChange(msgs: LiveMessage[]): LiveMessage {
  if (msgs.length === 1) return msgs[0];
  const last = msgs[msgs.length - 1];
  const numbered = msgs.filter((m): m is Extract<LiveMessage, { kind: 'numbered' }> => m.kind === 'numbered');
  if (numbered.length < msgs.length) return { kind: 'snapshot', seq: last.kind === 'numbered' ? last.public.seq : last.seq };
  const lead = numbered.reduce((a, b) => (WEIGHT[b.name] > WEIGHT[a.name] ? b : a));
  const call = [...numbered].reverse().find((m) => m.public.call)?.public.call;
  const site = [...numbered].reverse().find((m) => m.public.site)?.public.site;
  const pub: LiveEvent = { seq: numbered[numbered.length - 1].public.seq, from: numbered[0].public.seq };
  if (lead.public.ticket) pub.ticket = lead.public.ticket;
  if (call) pub.call = call;
  const services = byId(numbered.map((m) => m.public.services));
  const counters = byId(numbered.map((m) => m.public.counters));
  if (services) pub.services = services;
  if (counters) pub.counters = counters;
  if (site) pub.site = site;
  const tickets = byId(numbered.map((m) => (m.staff.staff?.ticket ? [m.staff.staff.ticket] : undefined)));
  return { kind: 'numbered', name: lead.name, public: pub, staff: tickets ? { ...pub, staff: { tickets } } : pub };
}

function defined<T>(xs: (T | null | undefined)[]): T[] {
  return xs.filter((x): x is T => x !== null && x !== undefined);
}

export function eventToLive(state: QueueView, e: DomainEvent, now: Date, printOutcome: (id: string) => PrintOutcome): LiveMessage {
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
