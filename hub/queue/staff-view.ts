// The snapshots the REST routes and the live sockets both hand out. Pure: the print outcome and
// the signed-in user come in as arguments.
import type { PublicTicket } from '../../protocol/public.js';
import type { StaffState } from '../../protocol/staff.js';
import type { PrintOutcome } from '../../protocol/ticket.js';
import type { Role } from '../../protocol/staff.js';
import type { QueueView } from './types.js';
import { toPublicState, toPublicTicket, toStaffTicket } from './views.js';

/** Finished tickets a staff snapshot still lists, newest first. */
export const STAFF_RECENT_DONE = 50;

export function toStaffState(state: QueueView, now: Date, printOutcome: (id: string) => PrintOutcome, me: { username: string; role: Role }): StaffState {
  const all = [...state.tickets.values()];
  const isActive = (t: (typeof all)[number]) => t.status === 'waiting' || t.status === 'called' || t.status === 'serving';
  const active = all.filter(isActive);
  const done = all
    .filter((t) => !isActive(t))
    .sort((a, b) => ((b.finishedAt ?? '') > (a.finishedAt ?? '') ? 1 : -1))
    .slice(0, STAFF_RECENT_DONE);
  return {
    ...toPublicState(state, now),
    tickets: [...active, ...done].map((t) => toStaffTicket(t, printOutcome(t.id))),
    me: { username: me.username, role: me.role },
  };
}

/** The public view of one of today's tickets, or null. `ahead` may be precomputed (broadcasts). */
export function publicTicketById(state: QueueView, id: string, printOutcome: (id: string) => PrintOutcome, ahead?: number): PublicTicket | null {
  const t = state.tickets.get(id);
  return t ? toPublicTicket(state, t, printOutcome(id), ahead) : null;
}
