// Hub errors as officers should read them. The hub's own messages are English and technical, so
// each code gets a sentence that says what to do; unknown codes still show the code for the admin.
import { ApiError, type ApiErrorCode } from '../ui/api.js';
import type { CounterKey } from './counter-strings.js';

const BY_CODE: Partial<Record<ApiErrorCode, CounterKey>> = {
  nothing_waiting: 'errNothingWaiting',
  counter_paused: 'errPaused',
  illegal_transition: 'errIllegal',
  not_at_this_counter: 'errNotHere',
  not_found: 'errNotFound',
  unknown_counter: 'errUnknownCounter',
  unknown_service: 'errUnknownService',
  service_closed: 'errServiceClosed',
  validation_failed: 'errValidation',
  bad_request: 'errValidation',
  forbidden: 'errForbidden',
  rate_limited: 'errRateLimited',
  store_unavailable: 'errStore',
  network: 'errNetwork',
  conflict: 'errConflict',
  room_full: 'errRoomFull',
};

export interface ErrorText {
  key: CounterKey;
  vars: Record<string, string>;
}

/** The message key for an error from the hub (or anything else thrown by an action). */
export function errorText(err: unknown): ErrorText {
  if (!(err instanceof ApiError)) return { key: 'errGeneric', vars: { code: 'client' } };
  // No answer, or a gateway's: the hub was not reached (a full disk has its own message).
  if (err.retryable && err.code !== 'store_unavailable') return { key: 'errNetwork', vars: {} };
  const key = BY_CODE[err.code] ?? 'errGeneric';
  return { key, vars: { code: err.code, message: err.message } };
}

/** An action that got 401 means the session is gone: back to the login, keeping the counter. */
export function isSessionLost(err: unknown): boolean {
  return err instanceof ApiError && (err.status === 401 || err.code === 'unauthorized');
}
