// The hub calls the console makes. The session is the hub's HttpOnly cookie (sent by fetch and by
// the socket handshake), so no token is kept in the page.
import type { BatchAnswer, CallAnswer, CounterAnswer, MeAnswer, OkAnswer, ReprintAnswer, SignedInUser, TicketAnswer } from '../protocol/rest-types.js';
import { ApiError, api } from '../ui/api.js';

/** The signed-in officer (protocol/rest-types.ts SignedInUser). */
export type User = SignedInUser;

export async function logout(): Promise<void> {
  await api<OkAnswer>('/api/logout', { method: 'POST' }).catch(() => undefined); // the page forgets it anyway
}

/** The signed-in user, or null without a valid session. Other failures are thrown. */
export async function me(): Promise<User | null> {
  try {
    return (await api<MeAnswer>('/api/me')).user;
  } catch (err) {
    if (err instanceof ApiError && err.status === 401) return null;
    throw err;
  }
}

const post = <T = TicketAnswer>(path: string, body?: unknown) => api<T>(path, { method: 'POST', body });
const c = (counter: string) => `/api/counters/${encodeURIComponent(counter)}`;
const t = (ticket: string) => `/api/tickets/${encodeURIComponent(ticket)}`;

export const commands = {
  callNext: (counter: string) => post<CallAnswer>(`${c(counter)}/call-next`),
  callTicket: (counter: string, ticketId: string, reason: string) => post<CallAnswer>(`${c(counter)}/call`, { ticketId, reason }),
  pause: (counter: string) => post<CounterAnswer>(`${c(counter)}/pause`),
  open: (counter: string) => post<CounterAnswer>(`${c(counter)}/open`),
  recall: (ticket: string) => post(`${t(ticket)}/recall`),
  start: (ticket: string) => post(`${t(ticket)}/start`),
  finish: (ticket: string) => post(`${t(ticket)}/finish`),
  finishAndNext: (ticket: string) => post(`${t(ticket)}/finish-and-next`),
  transfer: (ticket: string, service: string) => post(`${t(ticket)}/transfer`, { service }),
  noShow: (ticket: string) => post(`${t(ticket)}/no-show`),
  reprint: (ticket: string) => post<ReprintAnswer>(`${t(ticket)}/reprint`),
  reopen: (ticket: string, reason: string) => post(`${t(ticket)}/reopen`, { reason }),
  callBatch: (counter: string, count: number | null) => post<BatchAnswer>(`${c(counter)}/call-batch`, count === null ? {} : { count }),
  startBatch: (counter: string) => post<BatchAnswer>(`${c(counter)}/start-batch`),
  finishBatch: (counter: string, calledAt: string) => post<BatchAnswer>(`${c(counter)}/finish-batch`, { calledAt }),
};
