// The exit tablet's input: typed numbers and scanned ticket QR links.
import { describe, expect, it } from 'vitest';
import { parseTicketInput } from '../../survey/scan-input.js';

describe('parseTicketInput', () => {
  it.each([
    ['A-015', { number: 'A-015' }],
    ['a15', { number: 'A-015' }],
    [' b 7 ', { number: 'B-007' }],
    ['http://192.168.1.10:3000/t/Qx3_kP9a-bZ2mN4rT7vW1e', { ticketId: 'Qx3_kP9a-bZ2mN4rT7vW1e' }],
    ['http://hub.local/t/Qx3_kP9a-bZ2mN4rT7vW1e?x=1', { ticketId: 'Qx3_kP9a-bZ2mN4rT7vW1e' }],
  ])('%s', (input, expected) => {
    expect(parseTicketInput(input)).toEqual(expected);
  });
  it.each(['', 'A-', '1234', 'AB-12', 'http://hub/t/short', 'A-1234'])('refuses %j', (input) => {
    expect(parseTicketInput(input)).toBeNull();
  });
});
