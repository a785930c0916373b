// A fresh queue state for a day, and the counters' runtime derived from configuration.
import type { SiteConfig } from '../../protocol/config.js';
import type { CounterRuntime, QueueState, QueueView, Ticket } from './types.js';

export function createState(config: SiteConfig, day: string, seq = 0): QueueState {
  const state: QueueState = {
    seq,
    day,
    config,
    tickets: new Map(),
    open: new Map(),
    walkIns: new Map(),
    counters: new Map(),
    lastNumber: new Map(),
    issuedCount: new Map(),
    idempotency: new Map(),
    serviceTimes: new Map(),
    recentCalls: [],
    surveyed: new Set(),
    bookings: new Map(),
    bookingKeys: new Map(),
  };
  syncCounters(state);
  return state;
}

/** Adds runtime for new counters and drops removed ones; existing counters keep their status. */
export function syncCounters(state: QueueState): void {
  const ids = new Set(state.config.counters.map((c) => c.id));
  for (const id of state.counters.keys()) if (!ids.has(id)) state.counters.delete(id);
  for (const c of state.config.counters) {
    if (!state.counters.has(c.id)) state.counters.set(c.id, newCounter(c.id));
  }
}

function newCounter(id: string): CounterRuntime {
  return { id, status: 'open', current: null, normalsSincePriority: 0, walkInsSinceBooked: 0, officer: null };
}

/** Today's ticket issued under this Idempotency-Key, if any. */
export function ticketForKey(state: QueueView, key: string): Ticket | null {
  const id = state.idempotency.get(key);
  return (id && state.tickets.get(id)) || null;
}
