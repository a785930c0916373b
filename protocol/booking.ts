// Online booking on the wire: request bodies (zod) and the views the booking page, the kiosk and
// the admin reports get. A booking holds no personal data: the code is its only key.
import { z } from 'zod';
import { idSchema } from './rest.js';

import { BOOKING_CODE_ALPHABET, BOOKING_CODE_LENGTH, isBookingCode, normalizeBookingCode } from './booking-code.js';

export { BOOKING_CODE_ALPHABET, BOOKING_CODE_LENGTH, isBookingCode, normalizeBookingCode };

export const bookingCodeParam = z
  .string()
  .max(32)
  .transform(normalizeBookingCode)
  .refine(isBookingCode, { message: `${BOOKING_CODE_LENGTH} characters from ${BOOKING_CODE_ALPHABET}` });

export const localDaySchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'date as YYYY-MM-DD');

export const makeBookingBody = z.strictObject({
  service: idSchema,
  day: localDaySchema,
  /** 1-based position of the session in the service's opening sessions ("Sesi 1"). */
  session: z.number().int().min(1).max(8),
});
export type MakeBookingBody = z.infer<typeof makeBookingBody>;

export const checkInBody = z.strictObject({ device: idSchema.optional() }).optional();

export const slotsQuery = z.strictObject({
  service: idSchema.optional(),
  from: localDaySchema.optional(),
  to: localDaySchema.optional(),
});

export type BookingStatus = 'booked' | 'cancelled' | 'checkedIn';

/** A session on one local day, in local "HH:MM" and as instants. */
export interface BookingWindow {
  start: string;
  end: string;
  startsAt: string;
  endsAt: string;
  /** Check-in at the kiosk opens here (start minus the site's margin). */
  checkInFrom: string;
}

export interface BookingView {
  code: string;
  service: string;
  day: string;
  session: number;
  window: BookingWindow;
  status: BookingStatus;
  madeAt: string;
  /** The ticket issued at check-in. */
  ticket: { id: string; number: string } | null;
}

export type SlotClosedReason = 'full' | 'past' | 'no-booking';

export interface SlotView {
  service: string;
  day: string;
  session: number;
  start: string;
  end: string;
  /** Places in the session, walk-ins and bookings together. */
  quota: number;
  /** Places reserved for bookings. */
  bookable: number;
  booked: number;
  /** Booking places left. */
  free: number;
  open: boolean;
  closedReason: SlotClosedReason | null;
}

export type DayClosedReason = 'holiday' | 'closed-weekday';

export interface SlotsResponse {
  /** The site's local date now. */
  today: string;
  from: string;
  to: string;
  daysAhead: number;
  checkInMarginMinutes: number;
  /** Days in the range with no service at all. */
  closedDays: { day: string; reason: DayClosedReason }[];
  slots: SlotView[];
}

/** One session's bookings for the reports: no-shows are bookings never checked in once it ended. */
export interface BookingReportRow {
  service: string;
  day: string;
  session: number;
  start: string;
  end: string;
  made: number;
  cancelled: number;
  checkedIn: number;
  noShow: number;
  /** Still to come (session not over). */
  pending: number;
}
