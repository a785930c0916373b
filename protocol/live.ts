// The socket.io contract. Every numbered event carries `seq`; a client that sees a gap or
// reconnects asks for a fresh snapshot (`snapshot`). Public sockets get public fields only;
// staff sockets get the same payloads plus a `staff` part.
import type { PublicCall, PublicCounter, PublicService, PublicSite, PublicState, PublicTicket, PublicTicketRef } from './public.js';
import type { StaffState, StaffTicket } from './staff.js';
import type { PrintOutcome } from './ticket.js';

/**
 * The parts of the public state an event replaces (by id) or adds. One message says one change:
 * when a command made several events (call-next finishes the last ticket, passes it on and calls
 * the next), they come as one message covering seq `from`..`seq`.
 */
export interface LiveEvent {
  seq: number;
  /** The first seq this message covers, when it covers more than one (absent = `seq` alone). */
  from?: number;
  ticket?: PublicTicketRef;
  call?: PublicCall;
  services?: PublicService[];
  counters?: PublicCounter[];
  site?: PublicSite;
  /** Only on staff sockets: the ticket changed, or every ticket a change touched. */
  staff?: { ticket?: StaffTicket; tickets?: StaffTicket[] };
}

export type PrinterState = 'online' | 'paper-out' | 'paper-low' | 'cover-open' | 'offline' | 'disabled';

export interface PrinterStatusView {
  id: string;
  state: PrinterState;
  /** Jobs waiting for the printer. */
  queued: number;
  /** Jobs that failed or need an officer to check. */
  failed: number;
  checkedAt: string | null;
  message: string;
}

export type NumberedEventName = 'ticket:issued' | 'ticket:called' | 'ticket:updated' | 'counter:updated' | 'notice:updated';

export interface ServerToClientEvents {
  /** The whole snapshot: on connect, after a day rollover or a configuration change. */
  state: (state: PublicState | StaffState) => void;
  'ticket:issued': (e: LiveEvent) => void;
  'ticket:called': (e: LiveEvent) => void;
  'ticket:updated': (e: LiveEvent) => void;
  'counter:updated': (e: LiveEvent) => void;
  'notice:updated': (e: LiveEvent) => void;
  /** Not numbered: printer status is not queue state. */
  'printer:updated': (p: PrinterStatusView) => void;
  /** Staff only: a ticket's print outcome changed (not queue state, so not numbered). */
  'ticket:print': (p: { id: string; number: string; print: PrintOutcome }) => void;
  /** Only to a phone page that connected with `auth: { ticket: id }`. */
  'ticket:mine': (t: PublicTicket) => void;
  /** The hub refuses changes (disk full or read-only) or accepts them again. */
  'hub:health': (h: { writable: boolean; message: string }) => void;
}

export interface ClientToServerEvents {
  /** Ask for a fresh snapshot (after a gap in seq). The only thing a public socket may send. */
  snapshot: (ack: (state: PublicState | StaffState) => void) => void;
}

export const NUMBERED_EVENTS: readonly NumberedEventName[] = [
  'ticket:issued',
  'ticket:called',
  'ticket:updated',
  'counter:updated',
  'notice:updated',
];
