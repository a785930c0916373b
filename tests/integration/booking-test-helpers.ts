import { randomInt } from 'node:crypto';
import { BOOKING_CODE_ALPHABET } from '../../protocol/booking.js';

export { BOOKING_CODE_ALPHABET };

/** A well-formed code drawn at random, as a guesser would. */
export function newBookingCodeForTest(): string {
  let s = '';
  for (let i = 0; i < 6; i++) s += BOOKING_CODE_ALPHABET[randomInt(BOOKING_CODE_ALPHABET.length)];
  return s;
}
