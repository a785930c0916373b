// The order of waiting tickets, shared by the hub (hub/queue/ordering.ts: what call-next takes,
// people ahead) and the counter console's "next" preview, so the two can never disagree. Pure; it
// works on the fields the hub's Ticket and the staff view's StaffTicket both carry.

/** What ordering needs of a ticket. */
export interface OrderedTicket {
  /** Arrival used for ordering; a transferred ticket keeps its first one. */
  arrivedAt: string;
  /** The hub's seq when the ticket was issued: breaks ties in arrival, one order for every service. */
  issueSeq: number;
}

/** Oldest arrival first, ties by issue order. */
export function byArrival(a: OrderedTicket, b: OrderedTicket): number {
  if (a.arrivedAt !== b.arrivedAt) return a.arrivedAt < b.arrivedAt ? -1 : 1;
  return a.issueSeq - b.issueSeq;
}

/** The first ticket by arrival among those accepted, or null. */
export function oldest<T extends OrderedTicket>(tickets: Iterable<T>, accept: (t: T) => boolean): T | null {
  let best: T | null = null;
  for (const t of tickets) if (accept(t) && (best === null || byArrival(t, best) < 0)) best = t;
  return best;
}
