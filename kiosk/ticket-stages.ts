// The stages of a visit as the phone page shows them: where the ticket has been (its history),
// where it is, and where the services' `next` links will take it.
import type { PublicService, PublicTicket } from '../protocol/public.js';

export type StageState = 'past' | 'current' | 'future';
export interface Stage {
  service: string;
  state: StageState;
}

export function ticketStages(ticket: Pick<PublicTicket, 'service' | 'history' | 'status'>, services: Pick<PublicService, 'id' | 'next'>[]): Stage[] {
  const finished = ticket.status === 'done';
  const out: Stage[] = ticket.history.map((service) => ({ service, state: 'past' }));
  out.push({ service: ticket.service, state: finished ? 'past' : 'current' });
  if (ticket.status !== 'waiting' && ticket.status !== 'called' && ticket.status !== 'serving') return out;
  const seen = new Set(out.map((s) => s.service));
  let next = services.find((s) => s.id === ticket.service)?.next ?? null;
  while (next && !seen.has(next)) {
    seen.add(next);
    out.push({ service: next, state: 'future' });
    next = services.find((s) => s.id === next)?.next ?? null;
  }
  return out;
}
