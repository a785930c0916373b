// What the console shows, derived from the staff state. Pure, so it is unit-tested without a DOM.
import type { PriorityPolicy } from '../protocol/config.js';
import type { PublicCounter, PublicService } from '../protocol/public.js';
import { byArrival } from '../protocol/queue-order.js';
import type { StaffState, StaffTicket } from '../protocol/staff.js';
import type { CounterAction } from './counter-keys.js';

export function findCounter(state: StaffState, id: string | null): PublicCounter | null {
  return (id && state.counters.find((c) => c.id === id)) || null;
}

export function findService(state: StaffState, id: string | null | undefined): PublicService | null {
  return (id && state.services.find((s) => s.id === id)) || null;
}

/** The ticket this counter has called or is serving. */
export function currentTicket(state: StaffState, counterId: string): StaffTicket | null {
  return state.tickets.find((t) => t.counter === counterId && (t.status === 'called' || t.status === 'serving')) ?? null;
}

/** The service a ticket passes on to with "finish & pass on", if any. */
export function nextStage(state: StaffState, ticket: StaffTicket | null): PublicService | null {
  return ticket ? findService(state, findService(state, ticket.service)?.next) : null;
}

/**
 * A ticket whose paper may not be in the visitor's hand: printing gave up ('failed'), or broke off
 * mid-ticket so it may or may not have come out ('check'). An officer decides and reprints.
 */
export function printTrouble(t: StaffTicket): 'failed' | 'check' | null {
  return t.print === 'failed' || t.print === 'check' ? t.print : null;
}

export interface WaitingList {
  tickets: StaffTicket[];
  /**
   * Whether the first ticket is surely the one call-next takes. With 1:N interleaving the hub's
   * pick depends on a per-counter count the staff view does not carry, so then no ticket is marked.
   */
  headIsNext: boolean;
}

/** Tickets waiting for the counter's services in the order the hub calls them. */
export function waitingList(state: StaffState, counter: PublicCounter, policy: PriorityPolicy): WaitingList {
  const waiting = state.tickets.filter((t) => t.status === 'waiting' && counter.services.includes(t.service)).sort(byArrival);
  const prio = waiting.filter((t) => t.priority);
  // Booked tickets (online bookings checked in) merge with walk-ins by the site's booking policy.
  const merge = state.site.bookingMerge ?? { mode: 'first' };
  const normal = waiting.filter((t) => !t.priority);
  const booked = normal.filter((t) => t.booking && t.booking.day === state.day);
  const bookedMixed = booked.length > 0 && booked.length < normal.length;
  const normalOrder = merge.mode === 'first' ? [...booked, ...normal.filter((t) => !booked.includes(t))] : normal;
  const mergeKnown = merge.mode === 'first' || !bookedMixed;
  if (policy.mode === 'first') return { tickets: [...prio, ...normalOrder], headIsNext: prio.length > 0 || mergeKnown };
  const mixed = prio.length > 0 && prio.length < waiting.length;
  return { tickets: mixed ? waiting : [...prio, ...normalOrder], headIsNext: !mixed && (prio.length > 0 || mergeKnown) };
}

/** The priority policy is not in the public site view; 'first' is the hub's default. */
export const DEFAULT_POLICY: PriorityPolicy = { mode: 'first' };

/** "4:05", "1:02:09"; negative durations count as zero. */
export function formatDuration(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

export const since = (iso: string | null, now: number): number => (iso ? now - Date.parse(iso) : 0);

export interface SessionClock {
  /** Session length, ms. */
  totalMs: number;
  /** Time left, ms (negative once over); null before serving starts. */
  leftMs: number | null;
}

/** The visit-room countdown: runs from "start serving" for the counter's sessionMinutes. */
export function sessionClock(counter: PublicCounter, ticket: StaffTicket | null, now: number): SessionClock | null {
  if (!counter.sessionMinutes || !ticket) return null;
  const totalMs = counter.sessionMinutes * 60_000;
  if (ticket.status !== 'serving' || !ticket.startedAt) return { totalMs, leftMs: null };
  return { totalMs, leftMs: totalMs - since(ticket.startedAt, now) };
}

/**
 * Which actions make sense now, by the hub's rules (hub/queue/decide.ts): no-show only before
 * serving starts, start only once, pass on only when the service has a next stage.
 */
export function availableActions(counter: PublicCounter, ticket: StaffTicket | null, next: PublicService | null): Set<CounterAction> {
  const on = new Set<CounterAction>(['pauseOpen']);
  if (counter.status === 'open') on.add('callNext');
  if (!ticket) return on;
  for (const a of ['recall', 'finish', 'transfer'] as const) on.add(a);
  if (ticket.status === 'called') on.add('start').add('noShow');
  if (next) on.add('finishPass');
  return on;
}

/** A visit room's actions (docs/visit-rooms.md): fill the room, start and end a batch's session. */
export function roomActions(counter: PublicCounter, waiting: number): Set<CounterAction> {
  const on = new Set<CounterAction>(['pauseOpen']);
  const batches = counter.batches ?? [];
  const taken = batches.reduce((n, b) => n + b.numbers.length, 0);
  if (counter.status === 'open' && waiting > 0 && taken < (counter.capacity ?? 0)) on.add('callNext');
  if (batches.some((b) => b.startedAt === null)) on.add('start');
  if (batches.length > 0) on.add('finish');
  return on;
}

/**
 * The newest ticket this counter finished without passing it on although its visit had a next
 * stage: the console offers to put it back in that stage's queue (reopen).
 */
export function reopenable(state: StaffState, counterId: string): { ticket: StaffTicket; next: PublicService } | null {
  let best: StaffTicket | null = null;
  for (const t of state.tickets) {
    if (t.status !== 'done' || t.counter !== counterId || !t.finishedAt) continue;
    if (!best || t.finishedAt > best.finishedAt!) best = t;
  }
  if (!best) return null;
  // Offered until the counter calls another number: the mistake is noticed at once or not here.
  if (state.recentCalls.some((c) => c.counter === counterId && c.at > best!.finishedAt!)) return null;
  const next = nextStage(state, best);
  return next ? { ticket: best, next } : null;
}
