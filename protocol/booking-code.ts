// The booking code's alphabet and shape, without zod, so browser apps can import it cheaply.

/** No look-alikes (0/O, 1/I/L): easy to read out over a phone line or a counter. */
export const BOOKING_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const BOOKING_CODE_LENGTH = 6;

const codePattern = new RegExp(`^[${BOOKING_CODE_ALPHABET}]{${BOOKING_CODE_LENGTH}}$`);

/** What people type or scanners send: any case, spaces or dashes between groups. */
export function normalizeBookingCode(raw: string): string {
  return raw.toUpperCase().replace(/[\s-]/g, '');
}

export function isBookingCode(code: string): boolean {
  return codePattern.test(code);
}
