// REST bodies and the error envelope. Schemas are zod so the hub validates at the edge and the
// apps share the same types.
import { z } from 'zod';

export const ErrorCodes = [
  'bad_request',
  'validation_failed',
  'payload_too_large',
  'unauthorized',
  'forbidden',
  'not_found',
  'conflict',
  'rate_limited',
  'device_key_invalid',
  'device_key_required',
  'unknown_service',
  'unknown_counter',
  'service_closed',
  'quota_reached',
  'outside_hours',
  'counter_paused',
  'nothing_waiting',
  'illegal_transition',
  'not_at_this_counter',
  'store_unavailable',
  'internal',
] as const;
export type ErrorCode = (typeof ErrorCodes)[number];

export interface ErrorEnvelope {
  error: { code: ErrorCode; message: string; details?: unknown };
}

export const idSchema = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/, 'letters, digits, - and _ only');

/** Ticket ids are 22 base64url characters; accept a little more for the future, nothing else. */
export const ticketIdParam = z.string().min(10).max(64).regex(/^[A-Za-z0-9_-]+$/);

export const issueTicketBody = z.strictObject({
  service: idSchema,
  priority: z.boolean().optional(),
  /** The kiosk device that took it, so its own printer can print it. */
  device: idSchema.optional(),
});
export type IssueTicketBody = z.infer<typeof issueTicketBody>;

export const loginBody = z.strictObject({
  username: z.string().min(1).max(64),
  password: z.string().min(1).max(256),
});

/** Calling one ticket out of order needs a reason, which is audit-logged. */
export const callTicketBody = z.strictObject({
  ticketId: ticketIdParam,
  reason: z.string().trim().min(3).max(200),
});

export const transferBody = z.strictObject({ service: idSchema });

/** Finish and send on to the service's `next` stage (or a chosen one). */
export const finishBody = z.strictObject({ transferTo: idSchema.optional() }).optional();

export const idempotencyKeyHeader = z.string().min(8).max(128).regex(/^[\x21-\x7e]+$/);

export const IDEMPOTENCY_HEADER = 'idempotency-key';
