// Takes one ticket per tap, never two: taps while a request is in flight are ignored, a request
// that got no answer is retried with the same Idempotency-Key, and if the visitor taps the same
// choice again after such a failure the key is reused too (the hub may have issued it already).
import type { PublicTicket } from '../protocol/public.js';
import type { IssueTicketBody } from '../protocol/rest.js';
import { ApiError, api, newIdempotencyKey, withRetry } from '../ui/api.js';

export type PostTicket = (body: IssueTicketBody, key: string, deviceKey?: string) => Promise<PublicTicket>;

const postTicket: PostTicket = (body, key, deviceKey) => api<PublicTicket>('/api/tickets', { body, idempotencyKey: key, deviceKey, timeoutMs: 6000 });

/** How long an unanswered request's key is reused for the same choice. */
const REUSE_MS = 2 * 60_000;

export class TicketIssuer {
  private inFlight = false;
  private unanswered: { service: string; priority: boolean; key: string; at: number } | null = null;

  constructor(
    private readonly post: PostTicket = postTicket,
    private readonly retryDelaysMs: number[] = [300, 800, 1500, 3000],
    private readonly now: () => number = Date.now,
  ) {}

  get busy(): boolean {
    return this.inFlight;
  }

  /** null when a request is already in flight (the tap is ignored). */
  issue(body: IssueTicketBody, deviceKey?: string): Promise<PublicTicket> | null {
    if (this.inFlight) return null;
    this.inFlight = true;
    const priority = body.priority ?? false;
    const u = this.unanswered;
    const key = u && u.service === body.service && u.priority === priority && this.now() - u.at < REUSE_MS ? u.key : newIdempotencyKey();
    return withRetry(() => this.post(body, key, deviceKey), this.retryDelaysMs)
      .then(
        (ticket) => {
          this.unanswered = null;
          return ticket;
        },
        (err: unknown) => {
          const lost = err instanceof ApiError && err.retryable;
          this.unanswered = lost ? { service: body.service, priority, key, at: this.now() } : null;
          throw err;
        },
      )
      .finally(() => {
        this.inFlight = false;
      });
  }
}
