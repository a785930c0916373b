// Which waiting ticket a counter calls next. The whole policy lives here.
//  - Only tickets waiting in one of the counter's services.
//  - Oldest arrival first (a transferred ticket keeps its first arrival), ties by issue order
//    (protocol/queue-order.ts, shared with the counter console's preview).
//  - Priority tickets: 'first' takes them before any other; 'interleave' (1:N) takes one priority
//    ticket after every N normal ones, or whenever no normal ticket waits.
//  - Booked tickets (checked in from an online booking) among the normal ones, while their
//    session runs: 'first' takes them before any walk-in; 'interleave' (1:N) takes one booked
//    ticket after every N walk-ins, or whenever no walk-in waits. Once their session has ended
//    they queue as walk-ins by arrival. Priority comes before this merge.
import type { BookingMergePolicy, PriorityPolicy } from '../../protocol/config.js';
import { byArrival, oldest } from '../../protocol/queue-order.js';
import { hhmmToMinutes } from './local-time.js';
import type { CounterRuntime, QueueView, Ticket } from './types.js';


/** How booked tickets merge with walk-ins, and the local day and time that decide their window. */
export interface BookingOrder {
  merge: BookingMergePolicy;
  day: string;
  /** Minutes since local midnight now. */
  minutes: number;
}

/** A booked ticket whose session is still running (or about to), so it gets the booking merge. */
export function bookedInWindow(t: Ticket, order: Pick<BookingOrder, 'day' | 'minutes'>): boolean {
  return !!t.booking && t.booking.day === order.day && order.minutes < hhmmToMinutes(t.booking.end);
}

function pickNormal(list: Ticket[], waiting: (t: Ticket) => boolean, counter: Partial<Pick<CounterRuntime, 'walkInsSinceBooked'>>, order?: BookingOrder): Ticket | null {
  if (!order) return oldest(list, (t) => waiting(t) && !t.priority);
  const booked = oldest(list, (t) => waiting(t) && !t.priority && bookedInWindow(t, order));
  const walkIn = oldest(list, (t) => waiting(t) && !t.priority && !bookedInWindow(t, order));
  if (!booked) return walkIn;
  if (!walkIn) return booked;
  if (order.merge.mode === 'first') return booked;
  return (counter.walkInsSinceBooked ?? 0) >= order.merge.every ? booked : walkIn;
}

export function pickNext(
  tickets: Iterable<Ticket>,
  services: readonly string[],
  policy: PriorityPolicy,
  counter: Pick<CounterRuntime, 'normalsSincePriority'> & Partial<Pick<CounterRuntime, 'walkInsSinceBooked'>>,
  order?: BookingOrder,
): Ticket | null {
  const list = Array.from(tickets);
  const waiting = (t: Ticket) => t.status === 'waiting' && services.includes(t.service);
  const priority = oldest(list, (t) => waiting(t) && t.priority);
  const normal = pickNormal(list, waiting, counter, order);
  if (!priority) return normal;
  if (!normal) return priority;
  if (policy.mode === 'first') return priority;
  return counter.normalsSincePriority >= policy.every ? priority : normal;
}

/**
 * Whether waiting ticket `t` is called before waiting ticket `ticket` of the same service.
 * 'first' policies are exact; 1:N interleaving is counted by arrival (the per-counter counts are
 * not the ticket's to know). Booked tickets count as inside their window (views have no clock).
 */
function precedes(state: QueueView, t: Ticket, ticket: Ticket): boolean {
  const first = state.config.settings.priority.mode === 'first';
  const bookedFirst = state.config.settings.booking?.merge.mode !== 'interleave';
  if (first && t.priority !== ticket.priority) return t.priority;
  if (bookedFirst && !t.priority && !ticket.priority && !!t.booking !== !!ticket.booking) return !!t.booking;
  return byArrival(t, ticket) < 0;
}

/** Tickets in the same service that would be called before `ticket`. */
export function peopleAhead(state: QueueView, ticket: Ticket): number {
  if (ticket.status !== 'waiting') return 0;
  let n = 0;
  for (const t of state.open.values()) {
    if (t.status !== 'waiting' || t.service !== ticket.service || t.id === ticket.id) continue;
    if (precedes(state, t, ticket)) n++;
  }
  return n;
}

/**
 * peopleAhead for every waiting ticket at once, in O(n log n): what a broadcast to many phone
 * pages needs (one sort per service instead of one scan per ticket).
 */
export function peopleAheadAll(state: QueueView): Map<string, number> {
  const byService = new Map<string, Ticket[]>();
  for (const t of state.open.values()) {
    if (t.status !== 'waiting') continue;
    const list = byService.get(t.service);
    if (list) list.push(t);
    else byService.set(t.service, [t]);
  }
  const ahead = new Map<string, number>();
  // `precedes` is a total order except when 1:N priority meets booked-first: then count pairwise.
  const interleaved = state.config.settings.priority.mode !== 'first' && state.config.settings.booking?.merge.mode !== 'interleave';
  for (const list of byService.values()) {
    if (interleaved && list.some((t) => t.priority) && list.some((t) => t.booking)) {
      for (const t of list) ahead.set(t.id, peopleAhead(state, t));
      continue;
    }
    list.sort((a, b) => (precedes(state, a, b) ? -1 : precedes(state, b, a) ? 1 : 0));
    list.forEach((t, i) => ahead.set(t.id, i));
  }
  return ahead;
}
