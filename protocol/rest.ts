// REST bodies and the error envelope. Schemas are zod so the hub validates at the edge and the
// apps share the same types.
import { z } from 'zod';
import { TICKET_ID_PATTERN } from './rest-types.js';

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
  'ticket_not_finished',
  'survey_already_answered',
  'ticket_not_today',
  'room_full',
  'session_full',
  'booking_unavailable',
  'booking_not_found',
  'booking_cancelled',
  'booking_used',
  'booking_wrong_day',
  'checkin_early',
  'checkin_late',
  'forbidden_origin',
  'wrong_password',
  'same_password',
] as const;
export type ErrorCode = (typeof ErrorCodes)[number];

export interface ErrorEnvelope {
  error: { code: ErrorCode; message: string; details?: unknown };
}

export const idSchema = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/, 'letters, digits, - and _ only');

/** Ticket ids are 22 base64url characters; accept a little more for the future, nothing else. */
export const ticketIdParam = z.string().regex(TICKET_ID_PATTERN);

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

/** Call the next N tickets into a room at once; without `count` the room is filled to capacity. */
export const callBatchBody = z.strictObject({ count: z.number().int().min(1).max(200).optional() }).optional();

/** End a room's batch: the one called at `calledAt`, or everyone in the room without it. */
export const finishBatchBody = z.strictObject({ calledAt: z.iso.datetime().optional() }).optional();

/**
 * Cancelling a ticket or printing it again may carry the officer's reason (3-200 characters),
 * shown in the supervisor's view. A reprint of a ticket the printer reports as printed needs one.
 */
export const optionalReasonBody = z.strictObject({ reason: z.string().trim().min(3).max(200).optional() }).optional();

/** Put a ticket finished by mistake back in the queue of its next stage; the reason is audited. */
export const reopenBody = z.strictObject({ reason: z.string().trim().min(3).max(200) });
/** A user's own password change (required after a generated first password). */
export const changePasswordBody = z.strictObject({
  current: z.string().min(1).max(256),
  next: z.string().min(8).max(256),
});
