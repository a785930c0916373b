// The zod-free REST types (protocol/rest-types.ts) against the schemas the hub validates with
// (protocol/rest.ts): the type checks fail `tsc --noEmit` when the two drift apart, the rest run.
import { describe, expect, expectTypeOf, it } from 'vitest';
import { z } from 'zod';
import { callTicketBody, changePasswordBody, loginBody, ticketIdParam, transferBody } from '../../protocol/rest.js';
import { TICKET_ID_PATTERN, type CallTicketRequest, type ChangePasswordRequest, type LoginRequest, type TransferRequest } from '../../protocol/rest-types.js';

describe('protocol/rest-types', () => {
  it('request types are the types of the schemas', () => {
    expectTypeOf<z.infer<typeof loginBody>>().toEqualTypeOf<LoginRequest>();
    expectTypeOf<z.infer<typeof changePasswordBody>>().toEqualTypeOf<ChangePasswordRequest>();
    expectTypeOf<z.infer<typeof callTicketBody>>().toEqualTypeOf<CallTicketRequest>();
    expectTypeOf<z.infer<typeof transferBody>>().toEqualTypeOf<TransferRequest>();
  });

  it('the ticket id pattern and the schema accept the same ids', () => {
    const samples = ['abcdefghij', 'A'.repeat(22), 'a_b-c'.repeat(4), 'x'.repeat(64), 'x'.repeat(65), 'short', 'has space here', 'üüüüüüüüüüü', 'abc/defghijk'];
    for (const s of samples) expect(ticketIdParam.safeParse(s).success, s).toBe(TICKET_ID_PATTERN.test(s));
    expect(TICKET_ID_PATTERN.test('A'.repeat(22))).toBe(true);
    expect(TICKET_ID_PATTERN.test('x'.repeat(65))).toBe(false);
  });
});
