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

/**
 * An error the apps must be able to say in their own words: one detail whose `code` names the
 * reason and whose fields are its values (ui/error-text.ts turns it into a sentence).
 */
export function reasonError(status: number, code: ErrorCode, reason: string, message: string, params: Record<string, unknown> = {}, path = ''): HttpError {
  return new HttpError(status, code, message, [{ path, code: reason, message, ...params }]);
}

export function refusalError(r: Refusal): HttpError {
  if (r.reason) return reasonError(REFUSAL_STATUS[r.refused], r.refused, r.reason.code, r.message, r.reason.params);
  return new HttpError(REFUSAL_STATUS[r.refused], r.refused, r.message);
}

/** Issue fields the apps need to say a sentence of their own (a number, a list, a format). */
const ISSUE_PARAMS = ['origin', 'minimum', 'maximum', 'inclusive', 'expected', 'format', 'values', 'keys'] as const;

function issueParams(issue: ZodError['issues'][number]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const src = issue as unknown as Record<string, unknown>;
  for (const k of ISSUE_PARAMS) {
    const v = src[k];
    if (typeof v === 'bigint') out[k] = Number(v);
    else if (['string', 'number', 'boolean'].includes(typeof v) || Array.isArray(v)) out[k] = Array.isArray(v) ? v.map(String) : v;
  }
  // Our own refinements name their reason (and its values) in params: that is their code.
  const params = src.params as Record<string, unknown> | undefined;
  if (issue.code === 'custom' && typeof params?.reason === 'string') {
    const { reason, ...rest } = params;
    return { ...out, ...rest, code: reason };
  }
  return out;
}

/**
 * 400 validation_failed with one detail per issue: { path, code, message, ...params }. The code is
 * zod's (too_small, invalid_type...) or our refinement's reason, so the apps translate by code.
 */
export function validationError(err: ZodError): HttpError {
  const details = err.issues.map((i) => ({ path: i.path.join('.'), code: i.code as string, message: i.message, ...issueParams(i) }));
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
