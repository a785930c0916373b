// Staff views: sent only to authenticated sockets and routes.
import type { PublicState } from './public.js';
import type { CounterStatus, PrintOutcome, TicketStatus } from './ticket.js';

export type Role = 'admin' | 'officer';

export interface StaffTicket {
  id: string;
  number: string;
  service: string;
  /** Service where the ticket was issued (first stage). */
  originService: string;
  priority: boolean;
  status: TicketStatus;
  issuedAt: string;
  /** Arrival time used for ordering; kept across transfers. */
  arrivedAt: string;
  /** When it entered its current service (after a transfer). */
  queuedAt: string;
  /** The hub's seq when it was issued: the tie-break of the queue order (protocol/queue-order.ts). */
  issueSeq: number;
  calledAt: string | null;
  startedAt: string | null;
  finishedAt: string | null;
  counter: string | null;
  recalls: number;
  history: string[];
  print: PrintOutcome;
  /** Set when the ticket came from an online booking checked in at the kiosk; absent on older tickets. */
  booking?: TicketBooking | null;
}

/** The booking a ticket was issued for: its code and session window (local HH:MM). */
export interface TicketBooking {
  code: string;
  day: string;
  session: number;
  start: string;
  end: string;
}

export interface StaffCounter {
  id: string;
  status: CounterStatus;
  officer: string | null;
}

export interface StaffState extends PublicState {
  /** Today's tickets that are waiting, called or serving, plus the latest finished ones. */
  tickets: StaffTicket[];
  me: { username: string; role: Role };
}

export interface UserView {
  username: string;
  displayName: string;
  role: Role;
  disabled: boolean;
  createdAt: string;
}

/** A live staff session as an admin sees it (never the token or its whole hash). */
export interface SessionView {
  /** The first 16 hex digits of the token's sha256: enough to name it, useless to log in. */
  id: string;
  username: string;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
}
