// fetch() for the hub's JSON API. The hub's error envelope becomes an ApiError with its code;
// a request that never got an answer is code 'network' (status 0) and may be retried.
import type { ErrorCode, ErrorEnvelope } from '../protocol/rest.js';
import { IDEMPOTENCY_HEADER } from '../protocol/rest-types.js';

export type ApiErrorCode = ErrorCode | 'network' | 'http';

export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly status: number,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }
  /** Nothing reached us: the request may or may not have been handled. Retry with the same key. */
  get retryable(): boolean {
    return this.code === 'network' || this.status === 502 || this.status === 503 || this.status === 504;
  }
}

export interface ApiOptions {
  method?: string;
  body?: unknown;
  token?: string;
  /** A registered device's key (kiosks): `Authorization: Device <key>`. */
  deviceKey?: string;
  idempotencyKey?: string;
  timeoutMs?: number;
  signal?: AbortSignal;
  /** For tests and non-browser callers; defaults to the page's origin. */
  base?: string;
}

function isEnvelope(x: unknown): x is ErrorEnvelope {
  const e = (x as ErrorEnvelope | null)?.error;
  return !!e && typeof e.code === 'string' && typeof e.message === 'string';
}

export async function api<T>(path: string, opts: ApiOptions = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (opts.body !== undefined) headers['content-type'] = 'application/json';
  if (opts.token) headers.authorization = `Bearer ${opts.token}`;
  else if (opts.deviceKey) headers.authorization = `Device ${opts.deviceKey}`;
  if (opts.idempotencyKey) headers[IDEMPOTENCY_HEADER] = opts.idempotencyKey;
  const timeout = AbortSignal.timeout(opts.timeoutMs ?? 8000);
  const signal = opts.signal ? AbortSignal.any([opts.signal, timeout]) : timeout;
  let res: Response;
  try {
    res = await fetch((opts.base ?? '') + path, {
      method: opts.method ?? (opts.body === undefined ? 'GET' : 'POST'),
      headers,
      body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
      credentials: 'same-origin',
      signal,
    });
  } catch (err) {
    if (opts.signal?.aborted) throw err; // the caller cancelled: not a network problem
    throw new ApiError('network', (err as Error).message || 'network error', 0);
  }
  const text = await res.text().catch(() => '');
  let data: unknown = undefined;
  try {
    data = text ? JSON.parse(text) : undefined;
  } catch {
    /* not JSON: handled below */
  }
  if (res.ok) return data as T;
  if (isEnvelope(data)) throw new ApiError(data.error.code, data.error.message, res.status, data.error.details);
  throw new ApiError('http', `HTTP ${res.status}`, res.status);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Retries only what never got an answer. Pair it with an Idempotency-Key that stays the same
 * across attempts, so a request that did reach the hub is not done twice.
 */
export async function withRetry<T>(fn: () => Promise<T>, delaysMs: number[] = [300, 800, 1500, 3000]): Promise<T> {
  for (let i = 0; ; i++) {
    try {
      return await fn();
    } catch (err) {
      if (!(err instanceof ApiError) || !err.retryable || i >= delaysMs.length) throw err;
      await sleep(delaysMs[i]);
    }
  }
}

/**
 * A random UUID. crypto.randomUUID only exists in secure contexts, and a kiosk on the LAN opens
 * http://192.168.x.x, which is not one; getRandomValues works everywhere.
 */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function' && globalThis.isSecureContext !== false) return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
