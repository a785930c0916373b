// Applies one numbered event to the state, in place. The engine is the only caller, one event at
// a time in seq order, so replaying a day's events rebuilds exactly the same state.
import { RECENT_CALLS_LIMIT } from '../../protocol/public.js';
import type { DomainEvent } from './events.js';
import { indexEvent } from './open-tickets.js';
import { syncCounters } from './state.js';
import { SERVICE_TIME_SAMPLES, type QueueState, type Ticket } from './types.js';

function ticketOf(state: QueueState, id: string): Ticket {
  const t = state.tickets.get(id);
  if (!t) throw new Error(`event refers to unknown ticket ${id}`);
  return t;
}

function freeCounter(state: QueueState, t: Ticket): void {
  if (!t.counter) return;
  const c = state.counters.get(t.counter);
  if (c && c.current === t.id) c.current = null;
}

function recordServiceTime(state: QueueState, t: Ticket, at: string): void {
  const from = t.startedAt ?? t.calledAt;
  if (!from) return;
  const seconds = (Date.parse(at) - Date.parse(from)) / 1000;
  if (!(seconds >= 0)) return;
  const list = state.serviceTimes.get(t.service) ?? [];
  list.push(seconds);
  if (list.length > SERVICE_TIME_SAMPLES) list.shift();
  state.serviceTimes.set(t.service, list);
}

function addRecentCall(state: QueueState, t: Ticket, counter: string, at: string, seq: number): void {
  state.recentCalls.unshift({ ticketId: t.id, number: t.number, service: t.service, counter, at, recall: t.recalls, seq });
  if (state.recentCalls.length > RECENT_CALLS_LIMIT) state.recentCalls.length = RECENT_CALLS_LIMIT;
}

/** Leaves the ticket's current stage: frees its counter. */
function endStage(state: QueueState, t: Ticket, status: Ticket['status'], at: string): void {
  freeCounter(state, t);
  t.status = status;
  t.finishedAt = at;
  t.by = null;
}

export function applyEvent(state: QueueState, e: DomainEvent): void {
  if (e.seq !== state.seq + 1) throw new Error(`event seq ${e.seq} does not follow ${state.seq}`);
  state.seq = e.seq;
  applyToState(state, e);
  indexEvent(state, e);
}

function applyToState(state: QueueState, e: DomainEvent): void {
  switch (e.type) {
    case 'ticket.issued': {
      const t: Ticket = { ...e.ticket, history: [...e.ticket.history] };
      state.tickets.set(t.id, t);
      const n = Number(t.number.split('-')[1]);
      state.lastNumber.set(t.originService, Math.max(state.lastNumber.get(t.originService) ?? 0, n));
      state.issuedCount.set(t.originService, (state.issuedCount.get(t.originService) ?? 0) + 1);
      if (e.idempotencyKey) state.idempotency.set(e.idempotencyKey, t.id);
      return;
    }
    case 'ticket.called': {
      const t = ticketOf(state, e.ticketId);
      const c = state.counters.get(e.counter);
      if (c) {
        c.current = t.id;
        c.officer = e.by;
        c.normalsSincePriority = t.priority ? 0 : c.normalsSincePriority + 1;
        if (t.booking) c.walkInsSinceBooked = 0;
        else if (!t.priority) c.walkInsSinceBooked = (c.walkInsSinceBooked ?? 0) + 1;
      }
      t.status = 'called';
      t.counter = e.counter;
      t.calledAt = e.at;
      t.startedAt = null;
      t.finishedAt = null;
      t.recalls = 0;
      t.by = e.by;
      // A batch's calls are announced once, by the batch.called that follows them.
      if (!e.batch) addRecentCall(state, t, e.counter, e.at, e.seq);
      return;
    }
    case 'ticket.recalled': {
      const t = ticketOf(state, e.ticketId);
      t.recalls += 1;
      addRecentCall(state, t, e.counter, e.at, e.seq);
      return;
    }
    case 'ticket.started': {
      const t = ticketOf(state, e.ticketId);
      t.status = 'serving';
      t.startedAt = e.at;
      return;
    }
    case 'ticket.finished': {
      const t = ticketOf(state, e.ticketId);
      recordServiceTime(state, t, e.at);
      endStage(state, t, 'done', e.at);
      return;
    }
    case 'ticket.noShow':
      endStage(state, ticketOf(state, e.ticketId), 'no-show', e.at);
      return;
    case 'ticket.cancelled':
      endStage(state, ticketOf(state, e.ticketId), 'cancelled', e.at);
      return;
    case 'ticket.transferred': {
      const t = ticketOf(state, e.ticketId);
      freeCounter(state, t);
      t.history = [...t.history, e.from];
      t.service = e.to;
      t.status = 'waiting';
      t.queuedAt = e.at;
      t.counter = null;
      t.calledAt = null;
      t.startedAt = null;
      t.finishedAt = null;
      t.recalls = 0;
      t.by = null;
      return;
    }
    case 'counter.opened':
    case 'counter.paused':
    case 'counter.closed': {
      const c = state.counters.get(e.counter);
      if (c) c.status = e.type === 'counter.opened' ? 'open' : e.type === 'counter.paused' ? 'paused' : 'closed';
      return;
    }
    case 'day.rolledOver': {
      state.day = e.to;
      state.tickets = new Map(e.carried.map((t) => [t.id, { ...t }]));
      // Numbering restarts; carried-over tickets (when expiry is off) keep theirs, so start above them.
      state.lastNumber = new Map();
      for (const t of e.carried) {
        const n = Number(t.number.split('-')[1]);
        state.lastNumber.set(t.originService, Math.max(state.lastNumber.get(t.originService) ?? 0, n));
      }
      state.issuedCount = new Map();
      state.idempotency = new Map();
      state.recentCalls = [];
      state.surveyed = new Set();
      for (const c of state.counters.values()) {
        c.current = null;
        c.normalsSincePriority = 0;
        c.walkInsSinceBooked = 0;
      }
      // Older logs carry no bookings: none.
      state.bookings = new Map((e.bookings ?? []).map((b) => [b.code, { ...b }]));
      state.bookingKeys = new Map();
      for (const b of state.bookings.values()) if (b.idempotencyKey) state.bookingKeys.set(b.idempotencyKey, b.code);
      return;
    }
    case 'config.changed':
      state.config = e.config;
      syncCounters(state);
      return;
    case 'survey.answered':
      state.surveyed.add(e.ticketId);
      return;
    case 'batch.called': {
      const first = state.tickets.get(e.ticketIds[0]);
      if (!first) throw new Error(`event refers to unknown ticket ${e.ticketIds[0]}`);
      addRecentCall(state, first, e.counter, e.at, e.seq);
      state.recentCalls[0].batch = e.ticketIds.map((id) => state.tickets.get(id)?.number ?? '?');
      return;
    }
    case 'booking.made':
      state.bookings.set(e.booking.code, { ...e.booking });
      if (e.booking.idempotencyKey) state.bookingKeys.set(e.booking.idempotencyKey, e.booking.code);
      return;
    case 'booking.cancelled': {
      const b = state.bookings.get(e.code);
      if (!b) throw new Error(`event refers to unknown booking ${e.code}`);
      b.status = 'cancelled';
      b.cancelledAt = e.at;
      return;
    }
    case 'booking.checkedIn': {
      const b = state.bookings.get(e.code);
      if (!b) throw new Error(`event refers to unknown booking ${e.code}`);
      b.status = 'checkedIn';
      b.ticketId = e.ticketId;
      b.checkedInAt = e.at;
      return;
    }
  }
}
