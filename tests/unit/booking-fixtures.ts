// A visit site with session quotas, for the booking tests.
import { defaultSite } from '../../hub/default-site.js';
import type { SiteConfig } from '../../protocol/config.js';

/** Visits: Sesi 1 09:00-11:00 (40 places, half booked), Sesi 2 13:00-14:30 (20, a quarter), Mon-Sat. */
export function visitSite(over: Partial<SiteConfig['settings']> = {}): SiteConfig {
  const c = defaultSite('Asia/Makassar');
  c.settings = { ...c.settings, ...over };
  c.services[0].sessions = [
    { start: '09:00', end: '11:00', lastIssue: '10:30', quota: 40, bookingShare: 50, weekdays: [1, 2, 3, 4, 5, 6] },
    { start: '13:00', end: '14:30', quota: 20, bookingShare: 25, weekdays: [1, 2, 3, 4, 5, 6] },
  ];
  return c;
}
