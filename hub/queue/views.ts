// Public and staff views of the state. Pure; public views hold numbers, services, counters only.
import type { PublicCall, PublicCounter, PublicService, PublicSite, PublicState, PublicTicket, PublicTicketRef } from '../../protocol/public.js';
import type { StaffTicket } from '../../protocol/staff.js';
import type { PrintOutcome } from '../../protocol/ticket.js';
import { serviceClosedReason } from './availability.js';
import { placesLeft, sessionPlaces, sessionsOn } from './booking-rules.js';
import { estimateWaitMinutes } from './estimates.js';
import { peopleAhead } from './ordering.js';
import { batchesIn, roomCapacity } from './rooms.js';
import type { QueueView, RecentCall, Ticket } from './types.js';

export function waitingCount(state: QueueView, serviceId: string): number {
  let n = 0;
  for (const t of state.open.values()) if (t.status === 'waiting' && t.service === serviceId) n++;
  return n;
}

export function toPublicService(state: QueueView, serviceId: string, now: Date): PublicService | null {
  const s = state.config.services.find((x) => x.id === serviceId);
  if (!s) return null;
  const reason = serviceClosedReason(state, s, now);
  const waiting = waitingCount(state, s.id);
  return {
    id: s.id,
    prefix: s.prefix,
    name: s.name,
    icon: s.icon,
    open: reason === null,
    closedReason: reason,
    dailyQuota: s.dailyQuota,
    issuedToday: state.issuedCount.get(s.id) ?? 0,
    waiting,
    next: s.next,
    // What a ticket taken now would wait: everyone waiting is ahead of it.
    estimatedWaitMinutes: estimateWaitMinutes(state, s.id, waiting),
    sessions: s.sessions.map((x) => `${x.start}-${x.end}`),
    kiosk: s.active && s.kiosk !== false,
    served: state.config.counters.some((c) => c.services.includes(s.id)),
    sessionQuotas: sessionsOn(state.config, s, state.day).flatMap((ns) => {
      const places = sessionPlaces(ns.session);
      const left = placesLeft(state, s, ns);
      return places && left !== null ? [{ session: ns.no, start: ns.session.start, end: ns.session.end, quota: places.quota, left }] : [];
    }),
  };
}

export function toPublicCounter(state: QueueView, counterId: string): PublicCounter | null {
  const cfg = state.config.counters.find((c) => c.id === counterId);
  const rt = state.counters.get(counterId);
  if (!cfg || !rt) return null;
  const t = rt.current ? state.tickets.get(rt.current) : undefined;
  const current =
    t && (t.status === 'called' || t.status === 'serving')
      ? { number: t.number, service: t.service, status: t.status, since: (t.status === 'serving' ? t.startedAt : t.calledAt) ?? t.queuedAt }
      : null;
  const view: PublicCounter = { id: cfg.id, name: cfg.name, services: cfg.services, status: rt.status, current, sessionMinutes: cfg.sessionMinutes ?? null };
  const capacity = roomCapacity(cfg);
  if (capacity !== null) {
    view.capacity = capacity;
    view.batches = batchesIn(state, cfg.id).map((b) => ({
      numbers: b.tickets.map((t) => t.number),
      calledAt: b.calledAt,
      startedAt: b.tickets.reduce<string | null>((min, t) => (t.startedAt && (!min || t.startedAt < min) ? t.startedAt : min), null),
    }));
  }
  return view;
}

export function toPublicCall(state: QueueView, c: RecentCall): PublicCall {
  const counterName = state.config.counters.find((x) => x.id === c.counter)?.name ?? c.counter;
  const call: PublicCall = { number: c.number, service: c.service, counter: c.counter, counterName, at: c.at, recall: c.recall, seq: c.seq };
  if (c.batch) call.batch = { numbers: [...c.batch] };
  return call;
}

export function toPublicSite(state: QueueView): PublicSite {
  const s = state.config.settings;
  return {
    siteName: s.siteName,
    timezone: s.timezone,
    runningText: s.runningText,
    numberReading: s.numberReading,
    voice: s.voice,
    maxRecalls: s.maxRecalls,
    priority: s.priority,
    publicUrl: s.publicUrl || state.runtime?.publicUrlFallback || undefined,
    publishedIkm: s.publishedIkm ?? null,
    bookingMerge: s.booking?.merge,
  };
}

export function toPublicState(state: QueueView, now: Date): PublicState {
  return {
    seq: state.seq,
    day: state.day,
    now: now.toISOString(),
    site: toPublicSite(state),
    services: state.config.services.map((s) => toPublicService(state, s.id, now)!),
    counters: state.config.counters.map((c) => toPublicCounter(state, c.id)!),
    recentCalls: state.recentCalls.map((c) => toPublicCall(state, c)),
  };
}

export function toTicketRef(t: Ticket): PublicTicketRef {
  return { number: t.number, service: t.service, status: t.status, priority: t.priority };
}

export function toPublicTicket(state: QueueView, t: Ticket, print: PrintOutcome, aheadKnown?: number): PublicTicket {
  const ahead = aheadKnown ?? peopleAhead(state, t);
  const counterCfg = t.counter ? state.config.counters.find((c) => c.id === t.counter) : undefined;
  const atCounter = t.status === 'called' || t.status === 'serving';
  return {
    id: t.id,
    number: t.number,
    service: t.service,
    priority: t.priority,
    status: t.status,
    issuedAt: t.issuedAt,
    ahead,
    estimatedWaitMinutes: t.status === 'waiting' ? estimateWaitMinutes(state, t.service, ahead) : 0,
    counter: atCounter && counterCfg ? { id: counterCfg.id, name: counterCfg.name } : null,
    calledAt: t.calledAt,
    recalls: t.recalls,
    history: t.history,
    print,
    booked: !!t.booking,
  };
}

export function toStaffTicket(t: Ticket, print: PrintOutcome): StaffTicket {
  return {
    id: t.id,
    number: t.number,
    service: t.service,
    originService: t.originService,
    priority: t.priority,
    status: t.status,
    issuedAt: t.issuedAt,
    arrivedAt: t.arrivedAt,
    queuedAt: t.queuedAt,
    issueSeq: t.issueSeq,
    calledAt: t.calledAt,
    startedAt: t.startedAt,
    finishedAt: t.finishedAt,
    counter: t.counter,
    recalls: t.recalls,
    history: t.history,
    print,
    booking: t.booking ?? null,
  };
}
