// Whether a service can issue a ticket now: active, within its sessions, under its quota.
import type { ServiceClosedReason } from '../../protocol/public.js';
import type { ServiceConfig } from '../../protocol/config.js';
import { hhmmToMinutes, localMinutes } from './local-time.js';
import type { QueueState } from './types.js';

export function serviceClosedReason(state: QueueState, service: ServiceConfig, now: Date): ServiceClosedReason | null {
  if (!service.active) return 'inactive';
  const quota = service.dailyQuota;
  if (quota !== null && (state.issuedCount.get(service.id) ?? 0) >= quota) return 'quota';
  if (service.sessions.length > 0) {
    const m = localMinutes(now, state.config.settings.timezone);
    const inside = service.sessions.some((s) => m >= hhmmToMinutes(s.start) && m < hhmmToMinutes(s.lastIssue ?? s.end));
    if (!inside) return 'outside-hours';
  }
  return null;
}
