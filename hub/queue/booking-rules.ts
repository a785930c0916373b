// Session quotas, booking windows and check-in rules. Pure: the time comes in, views or refusals go out.
//  - A session with a quota splits it: floor(quota x bookingShare / 100) places for bookings, the
//    rest for walk-ins. A session without a quota takes no bookings and limits no walk-ins.
//  - Sessions run on their weekdays (all when unset), never on a holiday or closed weekday.
//  - A session can be booked from today up to `daysAhead` days ahead, until it ends.
//  - Check-in opens `checkInMarginMinutes` before the session starts and closes when it ends.
import {
  DEFAULT_BOOKING_SETTINGS,
  DEFAULT_CALENDAR,
  type BookingSettings,
  type OpeningSession,
  type ServiceConfig,
  type SiteCalendar,
  type SiteConfig,
} from '../../protocol/config.js';
import type { BookingView, BookingWindow, DayClosedReason, SlotView, SlotsResponse } from '../../protocol/booking.js';
import { refuse, type Refusal } from './commands.js';
import { addDays, daysBetween, hhmmToMinutes, isoWeekday, localDate, localMinutes, minutesToHhmm, zonedInstant } from './local-time.js';
import { walkInKey } from './open-tickets.js';
import type { Booking, QueueView } from './types.js';

export function bookingSettings(config: SiteConfig): BookingSettings {
  return config.settings.booking ?? DEFAULT_BOOKING_SETTINGS;
}

export function calendarOf(config: SiteConfig): SiteCalendar {
  return config.settings.calendar ?? DEFAULT_CALENDAR;
}

export function dayClosedReason(config: SiteConfig, day: string): DayClosedReason | null {
  const cal = calendarOf(config);
  if (cal.holidays.includes(day)) return 'holiday';
  if (cal.closedWeekdays.includes(isoWeekday(day))) return 'closed-weekday';
  return null;
}

export interface NumberedSession {
  /** 1-based position in the service's sessions. */
  no: number;
  session: OpeningSession;
}

/** The service's sessions that run on `day` (none on a closed day). */
export function sessionsOn(config: SiteConfig, service: ServiceConfig, day: string): NumberedSession[] {
  if (dayClosedReason(config, day)) return [];
  const w = isoWeekday(day);
  return service.sessions
    .map((session, i) => ({ no: i + 1, session }))
    .filter(({ session }) => !session.weekdays || session.weekdays.length === 0 || session.weekdays.includes(w));
}

export interface SessionPlaces {
  quota: number;
  bookable: number;
  walkIn: number;
}

/** The quota arithmetic; null when the session has no quota. */
export function sessionPlaces(session: OpeningSession): SessionPlaces | null {
  if (session.quota === undefined || session.quota === null) return null;
  const quota = session.quota;
  const share = Math.min(100, Math.max(0, session.bookingShare ?? 0));
  const bookable = Math.floor((quota * share) / 100);
  return { quota, bookable, walkIn: quota - bookable };
}

/** Bookings that hold a place (made or checked in, not cancelled). */
export function bookedCount(state: QueueView, service: string, day: string, session: number): number {
  let n = 0;
  for (const b of state.bookings.values()) {
    if (b.service === service && b.day === day && b.session === session && b.status !== 'cancelled') n++;
  }
  return n;
}

/** Walk-in tickets issued today inside the session (booked check-ins not counted). */
export function walkInCount(state: QueueView, service: string, session: number): number {
  return state.walkIns.get(walkInKey(service, session)) ?? 0;
}

/** The session of today whose issuing window (start..lastIssue or end) holds `minutes`. */
export function sessionAt(config: SiteConfig, service: ServiceConfig, day: string, minutes: number): NumberedSession | null {
  return (
    sessionsOn(config, service, day).find(
      ({ session }) => minutes >= hhmmToMinutes(session.start) && minutes < hhmmToMinutes(session.lastIssue ?? session.end),
    ) ?? null
  );
}

export function bookingWindow(config: SiteConfig, day: string, start: string, end: string): BookingWindow {
  const tz = config.settings.timezone;
  const margin = bookingSettings(config).checkInMarginMinutes;
  const checkIn = hhmmToMinutes(start) - margin;
  // A margin reaching before midnight opens check-in at 00:00 of the day (the queue day starts then).
  return {
    start,
    end,
    startsAt: zonedInstant(day, start, tz).toISOString(),
    endsAt: zonedInstant(day, end, tz).toISOString(),
    checkInFrom: zonedInstant(day, minutesToHhmm(checkIn), tz).toISOString(),
  };
}

export function toBookingView(state: QueueView, b: Booking): BookingView {
  const t = b.ticketId ? state.tickets.get(b.ticketId) : undefined;
  return {
    code: b.code,
    service: b.service,
    day: b.day,
    session: b.session,
    window: bookingWindow(state.config, b.day, b.start, b.end),
    status: b.status,
    madeAt: b.madeAt,
    ticket: t ? { id: t.id, number: t.number } : null,
  };
}

function today(state: QueueView, now: Date): { day: string; minutes: number } {
  const tz = state.config.settings.timezone;
  return { day: localDate(now, tz), minutes: localMinutes(now, tz) };
}

function slotView(state: QueueView, service: ServiceConfig, day: string, ns: NumberedSession, now: Date): SlotView | null {
  const places = sessionPlaces(ns.session);
  if (!places) return null;
  const booked = bookedCount(state, service.id, day, ns.no);
  const t = today(state, now);
  const past = day < t.day || (day === t.day && t.minutes >= hhmmToMinutes(ns.session.end));
  const free = Math.max(0, places.bookable - booked);
  const closedReason = !service.active || places.bookable === 0 ? 'no-booking' : past ? 'past' : free === 0 ? 'full' : null;
  return {
    service: service.id,
    day,
    session: ns.no,
    start: ns.session.start,
    end: ns.session.end,
    quota: places.quota,
    bookable: places.bookable,
    booked,
    free,
    open: closedReason === null,
    closedReason,
  };
}

/** Sessions with quota, booked and free places, for days from..to (clamped to the bookable range). */
export function slots(state: QueueView, now: Date, opts: { service?: string; from?: string; to?: string }): SlotsResponse {
  const settings = bookingSettings(state.config);
  const t = today(state, now);
  const last = addDays(t.day, settings.daysAhead);
  const from = opts.from && opts.from > t.day ? opts.from : t.day;
  const to = opts.to && opts.to < last ? opts.to : last;
  const services = state.config.services.filter((s) => !opts.service || s.id === opts.service);
  const out: SlotsResponse = { today: t.day, from, to, daysAhead: settings.daysAhead, checkInMarginMinutes: settings.checkInMarginMinutes, closedDays: [], slots: [] };
  for (let day = from; day <= to; day = addDays(day, 1)) {
    const closed = dayClosedReason(state.config, day);
    if (closed) {
      out.closedDays.push({ day, reason: closed });
      continue;
    }
    for (const s of services) {
      for (const ns of sessionsOn(state.config, s, day)) {
        const v = slotView(state, s, day, ns, now);
        if (v) out.slots.push(v);
      }
    }
  }
  return out;
}

/** Why a booking for (service, day, session) cannot be made now; null when it can. */
export function bookingRefusal(state: QueueView, serviceId: string, day: string, session: number, now: Date): Refusal | null {
  const service = state.config.services.find((s) => s.id === serviceId);
  if (!service) return refuse('unknown_service', `unknown service ${serviceId}`);
  if (!service.active) return refuse('service_closed', `service ${serviceId} is not active`);
  const t = today(state, now);
  const ahead = daysBetween(t.day, day);
  const { daysAhead } = bookingSettings(state.config);
  if (ahead < 0) return refuse('booking_unavailable', `${day} has passed`);
  if (ahead > daysAhead) return refuse('booking_unavailable', `${day} is more than ${daysAhead} days ahead`);
  const closed = dayClosedReason(state.config, day);
  if (closed) return refuse('booking_unavailable', `${day} is closed (${closed})`);
  const ns = sessionsOn(state.config, service, day).find((x) => x.no === session);
  if (!ns) return refuse('booking_unavailable', `${serviceId} has no session ${session} on ${day}`);
  const v = slotView(state, service, day, ns, now);
  if (!v || v.closedReason === 'no-booking') return refuse('booking_unavailable', `session ${session} of ${serviceId} takes no bookings`);
  if (v.closedReason === 'past') return refuse('booking_unavailable', `session ${session} of ${serviceId} on ${day} is over`);
  if (v.closedReason === 'full') return refuse('session_full', `session ${session} of ${serviceId} on ${day} is full`);
  return null;
}

/** Why a booking cannot be checked in now; null when it can. Already used is the caller's case. */
export function checkInRefusal(state: QueueView, b: Booking, now: Date): Refusal | null {
  if (b.status === 'cancelled') return refuse('booking_cancelled', `booking ${b.code} was cancelled`);
  const t = today(state, now);
  if (b.day !== t.day) return refuse('booking_wrong_day', `booking ${b.code} is for ${b.day}, not ${t.day}`);
  const margin = bookingSettings(state.config).checkInMarginMinutes;
  if (t.minutes < hhmmToMinutes(b.start) - margin) return refuse('checkin_early', `check-in for ${b.code} opens ${margin} minutes before ${b.start}`);
  if (t.minutes >= hhmmToMinutes(b.end)) return refuse('checkin_late', `session of ${b.code} ended at ${b.end}`);
  return null;
}

/** Session places left today for the board: "Sesi 1 — sisa kuota: 12" (walk-ins and bookings). */
export function placesLeft(state: QueueView, service: ServiceConfig, ns: NumberedSession): number | null {
  const places = sessionPlaces(ns.session);
  if (!places) return null;
  const booked = bookedCount(state, service.id, state.day, ns.no);
  const walkIns = walkInCount(state, service.id, ns.no);
  return Math.max(0, places.bookable - booked) + Math.max(0, places.walkIn - walkIns);
}
