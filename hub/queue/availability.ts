// Whether a service can issue a ticket now: active, within its sessions, under its quota.
import type { ServiceClosedReason } from '../../protocol/public.js';
import type { ServiceConfig } from '../../protocol/config.js';
import { dayClosedReason, sessionAt, sessionPlaces, walkInCount } from './booking-rules.js';
import { localDate, localMinutes } from './local-time.js';
import type { QueueView } from './types.js';

export function serviceClosedReason(state: QueueView, service: ServiceConfig, now: Date): ServiceClosedReason | null {
  if (!service.active) return 'inactive';
  const quota = service.dailyQuota;
  if (quota !== null && (state.issuedCount.get(service.id) ?? 0) >= quota) return 'quota';
  const tz = state.config.settings.timezone;
  const day = localDate(now, tz);
  if (dayClosedReason(state.config, day)) return 'outside-hours';
  if (service.sessions.length > 0) {
    const inside = sessionAt(state.config, service, day, localMinutes(now, tz));
    if (!inside) return 'outside-hours';
    // The walk-in share of the session quota (the booked share is held for bookings).
    const places = sessionPlaces(inside.session);
    if (places && walkInCount(state, service.id, inside.no) >= places.walkIn) return 'quota';
  }
  return null;
}

/** The session a walk-in taken now counts against (null outside sessions or with none). */
export function walkInSession(state: QueueView, service: ServiceConfig, now: Date): number | null {
  const tz = state.config.settings.timezone;
  return sessionAt(state.config, service, localDate(now, tz), localMinutes(now, tz))?.no ?? null;
}
