// Which waiting ticket a counter calls next. The whole policy lives here.
//  - Only tickets waiting in one of the counter's services.
//  - Oldest arrival first (a transferred ticket keeps its first arrival), ties by issue order.
//  - Priority tickets: 'first' takes them before any other; 'interleave' (1:N) takes one priority
//    ticket after every N normal ones, or whenever no normal ticket waits.
import type { PriorityPolicy } from '../../protocol/config.js';
import type { CounterRuntime, QueueState, Ticket } from './types.js';

export function byArrival(a: Ticket, b: Ticket): number {
  if (a.arrivedAt !== b.arrivedAt) return a.arrivedAt < b.arrivedAt ? -1 : 1;
  return a.issueSeq - b.issueSeq;
}

function oldest(tickets: Iterable<Ticket>, accept: (t: Ticket) => boolean): Ticket | null {
  let best: Ticket | null = null;
  for (const t of tickets) if (accept(t) && (best === null || byArrival(t, best) < 0)) best = t;
  return best;
}

export function pickNext(
  tickets: Iterable<Ticket>,
  services: readonly string[],
  policy: PriorityPolicy,
  counter: Pick<CounterRuntime, 'normalsSincePriority'>,
): Ticket | null {
  const list = Array.from(tickets);
  const waiting = (t: Ticket) => t.status === 'waiting' && services.includes(t.service);
  const priority = oldest(list, (t) => waiting(t) && t.priority);
  const normal = oldest(list, (t) => waiting(t) && !t.priority);
  if (!priority) return normal;
  if (!normal) return priority;
  if (policy.mode === 'first') return priority;
  return counter.normalsSincePriority >= policy.every ? priority : normal;
}

/** Whether waiting ticket `t` is called before waiting ticket `ticket` of the same service. */
function precedes(state: QueueState, t: Ticket, ticket: Ticket): boolean {
  const first = state.config.settings.priority.mode === 'first';
  return first && t.priority !== ticket.priority ? t.priority : byArrival(t, ticket) < 0;
}

/** Tickets in the same service that would be called before `ticket` (same ordering, no policy). */
export function peopleAhead(state: QueueState, ticket: Ticket): number {
  if (ticket.status !== 'waiting') return 0;
  let n = 0;
  for (const t of state.tickets.values()) {
    if (t.status !== 'waiting' || t.service !== ticket.service || t.id === ticket.id) continue;
    if (precedes(state, t, ticket)) n++;
  }
  return n;
}

/**
 * peopleAhead for every waiting ticket at once, in O(n log n): what a broadcast to many phone
 * pages needs (one sort per service instead of one scan per ticket).
 */
export function peopleAheadAll(state: QueueState): Map<string, number> {
  const byService = new Map<string, Ticket[]>();
  for (const t of state.tickets.values()) {
    if (t.status !== 'waiting') continue;
    const list = byService.get(t.service);
    if (list) list.push(t);
    else byService.set(t.service, [t]);
  }
  const ahead = new Map<string, number>();
  for (const list of byService.values()) {
    list.sort((a, b) => (precedes(state, a, b) ? -1 : precedes(state, b, a) ? 1 : 0));
    list.forEach((t, i) => ahead.set(t.id, i));
  }
  return ahead;
}
