// Who waits now and for how long, from the queue's current tickets. Pure; the admin page asks
// again whenever the staff socket reports a change.
import type { Ticket } from '../queue/types.js';
import type { LiveView, LiveWaiting } from '../../protocol/reports.js';
import { secondsBetween } from './stages.js';

export function liveView(tickets: Iterable<Ticket>, now: Date, serviceOrder: readonly string[]): LiveView {
  const nowIso = now.toISOString();
  const all = [...tickets];
  const waiting: LiveWaiting[] = all
    .filter((t) => t.status === 'waiting')
    .map((t) => ({ number: t.number, service: t.service, priority: t.priority, queuedAt: t.queuedAt, waitedSeconds: Math.round(secondsBetween(t.queuedAt, nowIso) ?? 0) }))
    .sort((a, b) => b.waitedSeconds - a.waitedSeconds || a.number.localeCompare(b.number));
  const services = [...new Set([...serviceOrder, ...waiting.map((w) => w.service)])];
  return {
    now: nowIso,
    waiting,
    perService: services.map((service) => {
      const mine = waiting.filter((w) => w.service === service);
      return { service, waiting: mine.length, longestSeconds: mine[0]?.waitedSeconds ?? null, longestNumber: mine[0]?.number ?? null };
    }),
    longest: waiting[0] ?? null,
    atCounters: all
      .filter((t): t is Ticket & { status: 'called' | 'serving' } => (t.status === 'called' || t.status === 'serving') && t.counter !== null)
      .map((t) => ({ number: t.number, service: t.service, counter: t.counter!, officer: t.by, status: t.status, since: (t.status === 'serving' ? t.startedAt : t.calledAt) ?? t.queuedAt }))
      .sort((a, b) => a.counter.localeCompare(b.counter)),
  };
}
