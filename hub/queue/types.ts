// The queue's own state and vocabulary. Owned by one writer (the engine); the core reads it.
import type { SiteConfig } from '../../protocol/config.js';
import type { BookingStatus } from '../../protocol/booking.js';
import type { StaffTicket } from '../../protocol/staff.js';
import type { CounterStatus } from '../../protocol/ticket.js';

/** A ticket as the queue holds it. Same fields as the staff view, plus ordering data. */
export interface Ticket extends StaffTicket {
  /** Issue order within the day: breaks ties between equal arrival times. */
  issueSeq: number;
  /** The user who holds it at a counter now (staff only). */
  by: string | null;
  /** 1-based session of its service it was issued in, for the walk-in share of a session quota. */
  session?: number | null;
}

/** An online booking. No personal data: the code is its only key. */
export interface Booking {
  code: string;
  service: string;
  /** Local date of the visit. */
  day: string;
  /** 1-based position in the service's sessions, and the window as booked (local HH:MM). */
  session: number;
  start: string;
  end: string;
  status: BookingStatus;
  madeAt: string;
  idempotencyKey: string | null;
  /** Seq of the event that made it (an idempotent replay waits for its flush). */
  seq: number;
  ticketId: string | null;
  cancelledAt: string | null;
  checkedInAt: string | null;
}

export interface CounterRuntime {
  id: string;
  status: CounterStatus;
  /** Ticket id called or served at this counter now. */
  current: string | null;
  /** Normal tickets called since the last priority one (for 1:N interleaving). */
  normalsSincePriority: number;
  /** Walk-in tickets called since the last booked one (for the 1:N booking merge). */
  walkInsSinceBooked?: number;
  officer: string | null;
}

export interface QueueState {
  /** Last applied event's number; events are numbered without gaps. */
  seq: number;
  /** Local date YYYY-MM-DD in the site's time zone. */
  day: string;
  config: SiteConfig;
  tickets: Map<string, Ticket>;
  /**
   * The tickets of `tickets` that are still in play (waiting, called or served): what the views,
   * the pickers and the rooms look at, so a busy day's finished tickets cost them nothing.
   * Kept by applyEvent (open-tickets.ts).
   */
  open: Map<string, Ticket>;
  /** Walk-in tickets issued per `service/session` today, for session quotas (kept by applyEvent). */
  walkIns: Map<string, number>;
  counters: Map<string, CounterRuntime>;
  /** Last number given per service today. */
  lastNumber: Map<string, number>;
  /** Tickets issued per service today (the quota counts these). */
  issuedCount: Map<string, number>;
  /** Idempotency-Key -> ticket id, for today. */
  idempotency: Map<string, string>;
  /** Recent service durations in seconds per service, newest last, bounded. */
  serviceTimes: Map<string, number[]>;
  /** Recent calls, newest first, bounded. */
  recentCalls: RecentCall[];
  /** Tickets of today that answered the satisfaction survey (one survey per ticket). */
  surveyed: Set<string>;
  /** Bookings for today and later days, by code (carried by each day's rollover event). */
  bookings: Map<string, Booking>;
  /** Idempotency-Key -> booking code. */
  bookingKeys: Map<string, string>;
  /** Facts of the running hub, not of the queue (never stored): shared by every state it loads. */
  runtime?: HubRuntime;
}

export interface HubRuntime {
  /** Where phones reach the hub when no public URL is set: its LAN address, once it listens. */
  publicUrlFallback: string;
}

export interface RecentCall {
  ticketId: string;
  number: string;
  service: string;
  counter: string;
  at: string;
  recall: number;
  seq: number;
  /** A batch call: every number called together. */
  batch?: string[];
}

export const SERVICE_TIME_SAMPLES = 30;

/** One level read-only: collections cannot change and their items' fields cannot be assigned. */
type ReadOnlyPart<T> =
  T extends Map<infer K, infer V> ? ReadonlyMap<K, Readonly<V>> : T extends Set<infer V> ? ReadonlySet<V> : T extends (infer U)[] ? readonly Readonly<U>[] : T extends object ? Readonly<T> : T;

/**
 * The queue state as everyone but applyEvent sees it (the engine hands out only this): no
 * ticket, counter or booking can be added, removed or reassigned through it.
 */
export type QueueView = { readonly [K in keyof QueueState]: ReadOnlyPart<QueueState[K]> };
