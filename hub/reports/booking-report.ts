// Bookings per session for the reports: made, cancelled, checked in, no-shows. Pure.
// A past day's bookings are folded from its own log: its first event (the rollover) carries every
// booking for that day made before it, and its booking events follow.
import type { BookingReportRow } from '../../protocol/booking.js';
import type { DomainEvent } from '../queue/events.js';
import { hhmmToMinutes } from '../queue/local-time.js';
import type { Booking } from '../queue/types.js';

/** The bookings for `day` as they stood at the end of its log. */
export function bookingsOfDay(events: readonly DomainEvent[], day: string): Booking[] {
  const byCode = new Map<string, Booking>();
  for (const e of events) {
    if (e.type === 'day.rolledOver' && e.to === day) for (const b of e.bookings ?? []) if (b.day === day) byCode.set(b.code, { ...b });
    if (e.type === 'booking.made' && e.booking.day === day) byCode.set(e.booking.code, { ...e.booking });
    if (e.type === 'booking.cancelled') {
      const b = byCode.get(e.code);
      if (b) Object.assign(b, { status: 'cancelled', cancelledAt: e.at });
    }
    if (e.type === 'booking.checkedIn') {
      const b = byCode.get(e.code);
      if (b) Object.assign(b, { status: 'checkedIn', ticketId: e.ticketId, checkedInAt: e.at });
    }
  }
  return [...byCode.values()];
}

/** One row per (day, service, session); `now` decides which open bookings are no-shows. */
export function bookingReport(bookings: readonly Booking[], now: { day: string; minutes: number }, serviceOrder: readonly string[]): BookingReportRow[] {
  const rows = new Map<string, BookingReportRow>();
  for (const b of bookings) {
    const key = `${b.day}|${b.service}|${b.session}`;
    let row = rows.get(key);
    if (!row) {
      row = { service: b.service, day: b.day, session: b.session, start: b.start, end: b.end, made: 0, cancelled: 0, checkedIn: 0, noShow: 0, pending: 0 };
      rows.set(key, row);
    }
    row.made++;
    if (b.status === 'cancelled') row.cancelled++;
    else if (b.status === 'checkedIn') row.checkedIn++;
    else if (b.day < now.day || (b.day === now.day && now.minutes >= hhmmToMinutes(b.end))) row.noShow++;
    else row.pending++;
  }
  const rank = (s: string) => (serviceOrder.includes(s) ? serviceOrder.indexOf(s) : serviceOrder.length);
  return [...rows.values()].sort((a, b) => (a.day !== b.day ? (a.day < b.day ? -1 : 1) : rank(a.service) - rank(b.service) || a.session - b.session));
}
