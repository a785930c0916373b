// One error envelope for every failure: { error: { code, message, details? } } with a fitting status.
import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { ZodError } from 'zod';
import type { ErrorCode, ErrorEnvelope } from '../../protocol/rest.js';
import type { Refusal } from '../queue/commands.js';
import { StoreUnavailableError } from '../engine/queue-engine.js';

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

const REFUSAL_STATUS: Record<Refusal['refused'], number> = {
  unknown_service: 422,
  unknown_counter: 404,
  not_found: 404,
  service_closed: 409,
  quota_reached: 409,
  outside_hours: 409,
  counter_paused: 409,
  nothing_waiting: 409,
  illegal_transition: 409,
  not_at_this_counter: 409,
  conflict: 409,
  ticket_not_finished: 409,
  survey_already_answered: 409,
  ticket_not_today: 409,
  room_full: 409,
  session_full: 409,
  booking_unavailable: 409,
  booking_not_found: 404,
  booking_cancelled: 409,
  booking_used: 409,
  booking_wrong_day: 409,
  checkin_early: 409,
  checkin_late: 409,
};

export function refusalError(r: Refusal): HttpError {
  return new HttpError(REFUSAL_STATUS[r.refused], r.refused, r.message);
}

export function validationError(err: ZodError): HttpError {
  const details = err.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
  const first = details[0];
  return new HttpError(400, 'validation_failed', first ? `${first.path || 'body'}: ${first.message}` : 'invalid input', details);
}

function envelope(code: ErrorCode, message: string, details?: unknown): ErrorEnvelope {
  return { error: details === undefined ? { code, message } : { code, message, details } };
}

export const notFoundHandler: RequestHandler = (req, res) => {
  res.status(404).json(envelope('not_found', `no route ${req.method} ${req.path}`));
};

export function errorHandler(log: (msg: string) => void): ErrorRequestHandler {
  return (err, _req, res, _next) => {
    if (res.headersSent) return;
    if (err instanceof HttpError) {
      res.status(err.status).json(envelope(err.code, err.message, err.details));
      return;
    }
    if (err instanceof StoreUnavailableError) {
      res.status(503).set('Retry-After', '5').json(envelope('store_unavailable', err.message));
      return;
    }
    // Errors raised by body-parser carry a status and a type.
    const e = err as { status?: number; type?: string; message?: string };
    if (e.type === 'entity.too.large') {
      res.status(413).json(envelope('payload_too_large', 'request body too large'));
      return;
    }
    if (e.type === 'entity.parse.failed') {
      res.status(400).json(envelope('bad_request', 'malformed JSON body'));
      return;
    }
    if (typeof e.status === 'number' && e.status >= 400 && e.status < 500) {
      res.status(e.status).json(envelope('bad_request', e.message ?? 'bad request'));
      return;
    }
    log(`internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    res.status(500).json(envelope('internal', 'internal error'));
  };
}
