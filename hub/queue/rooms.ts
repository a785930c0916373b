// Visit rooms: a counter with a capacity holds several tickets at once and is called in batches
// (docs/visit-rooms.md). A batch is the tickets one command called together: they share their
// call time, which is the batch's id within the room, and their session clock.
import type { CounterConfig } from '../../protocol/config.js';
import { refuse, type Command, type Refusal } from './commands.js';
import type { DraftEvent } from './events.js';
import { pickNext } from './ordering.js';
import type { QueueView, Ticket } from './types.js';

/** The room's capacity, or null for a desk (one ticket at a time). */
export function roomCapacity(cfg: Pick<CounterConfig, 'capacity'> | undefined): number | null {
  return cfg?.capacity && cfg.capacity > 1 ? cfg.capacity : null;
}

/** Tickets called into or served in this counter now, in call order. */
export function inRoom(state: QueueView, counterId: string): Ticket[] {
  const list: Ticket[] = [];
  for (const t of state.open.values()) {
    if (t.counter === counterId && (t.status === 'called' || t.status === 'serving')) list.push(t);
  }
  return list.sort((a, b) => ((a.calledAt ?? '') < (b.calledAt ?? '') ? -1 : (a.calledAt ?? '') > (b.calledAt ?? '') ? 1 : a.issueSeq - b.issueSeq));
}

export interface Batch {
  calledAt: string;
  tickets: Ticket[];
}

/** The room's tickets grouped by batch (same call time), oldest batch first. */
export function batchesIn(state: QueueView, counterId: string): Batch[] {
  const out: Batch[] = [];
  for (const t of inRoom(state, counterId)) {
    const at = t.calledAt ?? '';
    const last = out.at(-1);
    if (last && last.calledAt === at) last.tickets.push(t);
    else out.push({ calledAt: at, tickets: [t] });
  }
  return out;
}

/** Free places in a room; Infinity for a desk. */
export function freePlaces(state: QueueView, counterId: string): number {
  const cap = roomCapacity(state.config.counters.find((c) => c.id === counterId));
  return cap === null ? Infinity : cap - inRoom(state, counterId).length;
}

/** The next `n` tickets in call order, as repeated call-next would pick them (1:N included). */
export function pickMany(state: QueueView, counterId: string, n: number): Ticket[] {
  const cfg = state.config.counters.find((c) => c.id === counterId)!;
  const rt = { normalsSincePriority: state.counters.get(counterId)?.normalsSincePriority ?? 0 };
  const taken = new Set<string>();
  const candidates = [...state.open.values()].filter((t) => t.status === 'waiting' && cfg.services.includes(t.service));
  const out: Ticket[] = [];
  while (out.length < n) {
    const next = pickNext(
      candidates.filter((t) => !taken.has(t.id)),
      cfg.services,
      state.config.settings.priority,
      rt,
    );
    if (!next) break;
    taken.add(next.id);
    out.push(next);
    rt.normalsSincePriority = next.priority ? 0 : rt.normalsSincePriority + 1;
  }
  return out;
}

type Draft = DraftEvent;

export function callBatch(state: QueueView, cmd: Extract<Command, { type: 'callBatch' }>, at: string): Draft[] | Refusal {
  const cfg = state.config.counters.find((c) => c.id === cmd.counter);
  const rt = state.counters.get(cmd.counter);
  if (!cfg || !rt) return refuse('unknown_counter', `unknown counter ${cmd.counter}`);
  if (rt.status !== 'open') return refuse('counter_paused', `counter ${cmd.counter} is ${rt.status}`);
  const cap = roomCapacity(cfg);
  if (cap === null) return refuse('illegal_transition', `${cmd.counter} has no capacity: it calls one ticket at a time`);
  const free = freePlaces(state, cmd.counter);
  if (free <= 0) return refuse('room_full', `${cmd.counter} is full (${cap} of ${cap})`);
  const picked = pickMany(state, cmd.counter, Math.min(cmd.count ?? free, free));
  if (picked.length === 0) return refuse('nothing_waiting', `no ticket waits for ${cmd.counter}`);
  return [
    ...picked.map((t): Draft => ({ type: 'ticket.called', at, by: cmd.by, ticketId: t.id, counter: cfg.id, outOfOrder: null, batch: true })),
    { type: 'batch.called', at, by: cmd.by, counter: cfg.id, ticketIds: picked.map((t) => t.id) },
  ];
}

export function startBatch(state: QueueView, cmd: Extract<Command, { type: 'startBatch' }>, at: string): Draft[] | Refusal {
  if (!state.config.counters.some((c) => c.id === cmd.counter)) return refuse('unknown_counter', `unknown counter ${cmd.counter}`);
  const called = inRoom(state, cmd.counter).filter((t) => t.status === 'called');
  if (called.length === 0) return refuse('illegal_transition', `no ticket called into ${cmd.counter} waits to start`);
  return called.map((t) => ({ type: 'ticket.started', at, by: cmd.by, ticketId: t.id }));
}

/** Ends a batch (or the whole room): each ticket finishes, and is passed on if its visit goes on. */
export function finishBatch(
  state: QueueView,
  cmd: Extract<Command, { type: 'finishBatch' }>,
  finishOne: (t: Ticket) => Draft[],
): Draft[] | Refusal {
  if (!state.config.counters.some((c) => c.id === cmd.counter)) return refuse('unknown_counter', `unknown counter ${cmd.counter}`);
  const batches = batchesIn(state, cmd.counter);
  const chosen = cmd.calledAt === null ? batches : batches.filter((b) => Date.parse(b.calledAt) === Date.parse(cmd.calledAt!));
  const tickets = chosen.flatMap((b) => b.tickets);
  if (tickets.length === 0) return refuse('not_found', `no batch called at ${cmd.calledAt ?? 'any time'} in ${cmd.counter}`);
  return tickets.flatMap((t) => finishOne(t));
}
