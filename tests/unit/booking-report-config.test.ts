import { describe, expect, it } from 'vitest';
import { defaultSite } from '../../hub/default-site.js';
import type { DomainEvent } from '../../hub/queue/events.js';
import type { Booking } from '../../hub/queue/types.js';
import { bookingReport, bookingsOfDay } from '../../hub/reports/booking-report.js';
import { siteConfigSchema } from '../../protocol/config-schema.js';
import { isBookingCode, normalizeBookingCode } from '../../protocol/booking-code.js';
import { visitSite } from './booking-fixtures.js';

const booking = (code: string, over: Partial<Booking> = {}): Booking => ({
  code,
  service: 'pendaftaran',
  day: '2026-11-30',
  session: 1,
  start: '09:00',
  end: '11:00',
  status: 'booked',
  madeAt: '2026-11-28T01:00:00.000Z',
  idempotencyKey: null,
  seq: 1,
  ticketId: null,
  cancelledAt: null,
  checkedInAt: null,
  ...over,
});

const base = { seq: 0, at: '2026-11-30T01:00:00.000Z', by: null };

describe('booking report', () => {
  it("folds a day's bookings from its rollover and its booking events", () => {
    const events: DomainEvent[] = [
      { ...base, type: 'day.rolledOver', from: '2026-11-29', to: '2026-11-30', expired: [], carried: [], bookings: [booking('AAAAAA'), booking('BBBBBB'), booking('LATER2', { day: '2026-12-01' })] },
      { ...base, type: 'booking.made', booking: booking('CCCCCC', { session: 2, start: '13:00', end: '14:30' }) },
      { ...base, type: 'booking.cancelled', code: 'BBBBBB' },
      { ...base, type: 'booking.checkedIn', code: 'AAAAAA', ticketId: 't1' },
    ];
    const day = bookingsOfDay(events, '2026-11-30');
    expect(day.map((b) => `${b.code}:${b.status}`).sort()).toEqual(['AAAAAA:checkedIn', 'BBBBBB:cancelled', 'CCCCCC:booked']);
    // At 12:00 Sesi 1 is over and Sesi 2 is still to come.
    expect(bookingReport(day, { day: '2026-11-30', minutes: 12 * 60 }, ['pendaftaran'])).toEqual([
      { service: 'pendaftaran', day: '2026-11-30', session: 1, start: '09:00', end: '11:00', made: 2, cancelled: 1, checkedIn: 1, noShow: 0, pending: 0 },
      { service: 'pendaftaran', day: '2026-11-30', session: 2, start: '13:00', end: '14:30', made: 1, cancelled: 0, checkedIn: 0, noShow: 0, pending: 1 },
    ]);
    // The next day every open booking of the 30th is a no-show.
    expect(bookingReport(day, { day: '2026-12-01', minutes: 0 }, ['pendaftaran'])[1]).toMatchObject({ noShow: 1, pending: 0 });
  });
});

describe('configuration', () => {
  it('loads a config without any booking field, and one with all of them', () => {
    expect(siteConfigSchema.safeParse(defaultSite('Asia/Makassar')).success).toBe(true);
    const c = visitSite({ calendar: { holidays: ['2026-12-25'], closedWeekdays: [7] }, booking: { daysAhead: 14, checkInMarginMinutes: 45, merge: { mode: 'interleave', every: 2 } } });
    expect(siteConfigSchema.safeParse(c).success).toBe(true);
  });

  it('rejects a share above 100, a weekday 0 and a malformed holiday', () => {
    const share = visitSite();
    share.services[0].sessions[0].bookingShare = 150;
    expect(siteConfigSchema.safeParse(share).success).toBe(false);
    const wd = visitSite();
    wd.services[0].sessions[0].weekdays = [0];
    expect(siteConfigSchema.safeParse(wd).success).toBe(false);
    expect(siteConfigSchema.safeParse(visitSite({ calendar: { holidays: ['25-12-2026'], closedWeekdays: [] } })).success).toBe(false);
  });
});

describe('booking codes', () => {
  it('accept any case, spaces and dashes, and refuse look-alikes', () => {
    expect(normalizeBookingCode(' uw6-fjx ')).toBe('UW6FJX');
    expect(isBookingCode('UW6FJX')).toBe(true);
    for (const bad of ['UW6FJ0', 'UW6FJO', 'UW6FJ1', 'UW6FJI', 'UW6FJL', 'UW6FJ', 'UW6FJXX']) expect(isBookingCode(bad)).toBe(false);
  });
});
