// Domain events: the only way queue state changes. Stored, replayed, broadcast.
import type { SiteConfig } from '../../protocol/config.js';
import type { Respondent } from '../../protocol/survey.js';
import type { Booking, Ticket } from './types.js';

interface Base {
  /** Numbered by the engine when applied; 0 in the core's output. */
  seq: number;
  /** ISO time of the command. */
  at: string;
  /** Username of the officer who caused it, null for visitors and the system. */
  by: string | null;
}

export type DomainEvent =
  | (Base & { type: 'ticket.issued'; ticket: Ticket; idempotencyKey: string | null; device: string | null })
  /** `batch`: one of a batch's calls; the batch is announced once by the batch.called that follows. */
  | (Base & { type: 'ticket.called'; ticketId: string; counter: string; outOfOrder: string | null; batch?: boolean })
  | (Base & { type: 'ticket.recalled'; ticketId: string; counter: string })
  | (Base & { type: 'ticket.started'; ticketId: string })
  | (Base & { type: 'ticket.finished'; ticketId: string })
  | (Base & { type: 'ticket.noShow'; ticketId: string })
  /** `reason`: the officer's, when given (absent in older logs). */
  | (Base & { type: 'ticket.cancelled'; ticketId: string; reason?: string | null })
  | (Base & { type: 'ticket.transferred'; ticketId: string; from: string; to: string })
  | (Base & { type: 'counter.opened'; counter: string })
  | (Base & { type: 'counter.paused'; counter: string })
  | (Base & { type: 'counter.closed'; counter: string })
  /** `bookings`: those for the new day and later, carried over (absent in older logs = none). */
  | (Base & { type: 'day.rolledOver'; from: string; to: string; expired: string[]; carried: Ticket[]; bookings?: Booking[] })
  | (Base & { type: 'config.changed'; config: SiteConfig; what: string })
  /** SKM answers of a served ticket. The ticket id enforces one survey per ticket; reports never show it. */
  | (Base & { type: 'survey.answered'; ticketId: string; services: string[]; answers: number[]; respondent: Respondent | null; suggestion: string | null })
  /** Follows the ticket.called events of one batch call: the board shows and speaks them once. */
  | (Base & { type: 'batch.called'; counter: string; ticketIds: string[] })
  | (Base & { type: 'booking.made'; booking: Booking })
  | (Base & { type: 'booking.cancelled'; code: string })
  /** Follows the `ticket.issued` of the ticket issued at check-in. */
  | (Base & { type: 'booking.checkedIn'; code: string; ticketId: string });

export type EventType = DomainEvent['type'];
export type TicketEvent = Extract<DomainEvent, { ticketId: string }>;

/** `Omit` over each member of a union (plain Omit would merge the members into one). */
type OmitEach<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** What the core decides: an event before the engine numbers it. */
export type DraftEvent = OmitEach<DomainEvent, 'seq'>;
