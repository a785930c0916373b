// Estimated wait: people ahead x recent median service time / open counters for that service.
// Visit rooms (counters with a capacity) take batches: a room of C places and S-minute sessions
// serves C tickets per S minutes, so a ticket waits whole sessions (docs/visit-rooms.md).
import { inRoom, roomCapacity } from './rooms.js';
import type { QueueView } from './types.js';

export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** Minutes one ticket of this service takes, from recent service times or the configured seed. */
export function serviceMinutes(state: QueueView, serviceId: string): number {
  const samples = state.serviceTimes.get(serviceId) ?? [];
  if (samples.length >= 3) return median(samples) / 60;
  return state.config.services.find((s) => s.id === serviceId)?.averageServiceMinutes ?? 5;
}

export function openCountersFor(state: QueueView, serviceId: string): number {
  let n = 0;
  for (const c of state.config.counters) {
    if (c.services.includes(serviceId) && state.counters.get(c.id)?.status === 'open') n++;
  }
  return n;
}

/**
 * Batches: those in the room now and those ahead fill whole sessions before this ticket's batch.
 * Rooms open now count; when none is open, the configured rooms do (as desks count one at least).
 */
function roomWaitMinutes(state: QueueView, serviceId: string, ahead: number): number | null {
  const rooms = state.config.counters.filter((c) => c.services.includes(serviceId) && roomCapacity(c) !== null);
  if (rooms.length === 0) return null;
  const open = rooms.filter((c) => state.counters.get(c.id)?.status === 'open');
  const use = open.length > 0 ? open : rooms;
  const places = use.reduce((n, c) => n + roomCapacity(c)!, 0);
  const inside = use.reduce((n, c) => n + inRoom(state, c.id).length, 0);
  const session = Math.max(...use.map((c) => c.sessionMinutes ?? serviceMinutes(state, serviceId)));
  return Math.floor((ahead + inside) / places) * Math.ceil(session);
}

export function estimateWaitMinutes(state: QueueView, serviceId: string, ahead: number): number {
  const rooms = roomWaitMinutes(state, serviceId, Math.max(0, ahead));
  if (rooms !== null) return rooms;
  if (ahead <= 0) return 0;
  const counters = Math.max(1, openCountersFor(state, serviceId));
  return Math.ceil((ahead * serviceMinutes(state, serviceId)) / counters);
}
