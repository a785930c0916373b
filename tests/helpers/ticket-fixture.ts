// One builder for the tickets unit tests make by hand: a waiting, never-called, unprinted ticket
// of 'pendaftaran', changed by what the test cares about. `time` sets issuedAt, arrivedAt and
// queuedAt together (they differ only after a transfer or a check-in).
import type { Ticket } from '../../hub/queue/types.js';
import type { StaffTicket } from '../../protocol/staff.js';

const DEFAULT_TIME = '2026-11-28T01:00:00.000Z';

export type TicketOverrides<T> = Partial<T> & { time?: string };

/** A ticket as the staff see it (counter console, staff snapshot). */
export function staffTicketFixture(overrides: TicketOverrides<StaffTicket> = {}): StaffTicket {
  const { time = DEFAULT_TIME, ...over } = overrides;
  const number = over.number ?? 'A-001';
  return {
    id: `id-${number}-xxxxxxxx`,
    number,
    service: 'pendaftaran',
    originService: 'pendaftaran',
    priority: false,
    status: 'waiting',
    issuedAt: time,
    arrivedAt: time,
    queuedAt: time,
    calledAt: null,
    startedAt: null,
    finishedAt: null,
    counter: null,
    recalls: 0,
    history: [],
    print: 'none',
    issueSeq: 1,
    ...over,
  };
}

/** A ticket as the queue core holds it (with its issue order and holder). */
export function ticketFixture(overrides: TicketOverrides<Ticket> = {}): Ticket {
  const { issueSeq = 1, by = null, ...rest } = overrides;
  return { ...staffTicketFixture(rest), issueSeq, by };
}
