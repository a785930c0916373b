// The one reducer every app uses to keep its copy of the public state current.
import type { LiveEvent } from './live.js';
import { RECENT_CALLS_LIMIT, type PublicState } from './public.js';
import type { StaffTicket } from './staff.js';

export interface ApplyResult<S extends PublicState> {
  state: S;
  /** The event does not follow the state's seq: ask for a fresh snapshot. */
  gap: boolean;
}

function replaceById<T extends { id: string }>(list: T[], updates: T[] | undefined): T[] {
  if (!updates || updates.length === 0) return list;
  const byId = new Map(updates.map((u) => [u.id, u]));
  const out = list.map((item) => byId.get(item.id) ?? item);
  for (const u of updates) if (!list.some((i) => i.id === u.id)) out.push(u);
  return out;
}

/**
 * Applies a numbered event. Returns gap=true (state unchanged) when the event does not follow
 * the state's seq: the caller should then ask for a fresh snapshot. Old events are ignored.
 */
export function applyLiveEvent<S extends PublicState>(state: S, e: LiveEvent): ApplyResult<S> {
  if (e.seq <= state.seq) return { state, gap: false };
  if ((e.from ?? e.seq) !== state.seq + 1) return { state, gap: true };
  const next: S = {
    ...state,
    seq: e.seq,
    services: replaceById(state.services, e.services),
    counters: replaceById(state.counters, e.counters),
    site: e.site ?? state.site,
    recentCalls: e.call ? [e.call, ...state.recentCalls].slice(0, RECENT_CALLS_LIMIT) : state.recentCalls,
  };
  const staffTickets = [...(e.staff?.tickets ?? []), ...(e.staff?.ticket ? [e.staff.ticket] : [])];
  if (staffTickets.length && 'tickets' in next) {
    const tickets = (next as unknown as { tickets: StaffTicket[] }).tickets;
    (next as unknown as { tickets: StaffTicket[] }).tickets = replaceById(tickets, staffTickets);
  }
  return { state: next, gap: false };
}
