// Estimated wait: people ahead x recent median service time / open counters for that service.
import type { QueueState } from './types.js';

export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** Minutes one ticket of this service takes, from recent service times or the configured seed. */
export function serviceMinutes(state: QueueState, serviceId: string): number {
  const samples = state.serviceTimes.get(serviceId) ?? [];
  if (samples.length >= 3) return median(samples) / 60;
  return state.config.services.find((s) => s.id === serviceId)?.averageServiceMinutes ?? 5;
}

export function openCountersFor(state: QueueState, serviceId: string): number {
  let n = 0;
  for (const c of state.config.counters) {
    if (c.services.includes(serviceId) && state.counters.get(c.id)?.status === 'open') n++;
  }
  return n;
}

export function estimateWaitMinutes(state: QueueState, serviceId: string, ahead: number): number {
  if (ahead <= 0) return 0;
  const counters = Math.max(1, openCountersFor(state, serviceId));
  return Math.ceil((ahead * serviceMinutes(state, serviceId)) / counters);
}
