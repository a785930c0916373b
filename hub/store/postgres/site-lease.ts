// One writer per site: the hub holding the site's PostgreSQL session advisory lock is the writer.
// The lock lives on a dedicated connection that this class owns, so its life is the lease's life:
//  - kill -9 of the holder closes its socket; the server ends the session and the lock is free;
//  - a hung holder (SIGSTOP) stops sending its heartbeat; the session has idle_session_timeout,
//    so the server ends it after `timeoutMs` and the lock is free;
//  - a cut network: TCP keepalives (client and server side) end the session.
// The holder also gives the lease up on its side when a heartbeat is overdue or fails. Losing the
// lease is not what keeps a stale writer from writing (it may not have noticed yet): the epoch
// fence in PostgresStore does that. After a loss the lease keeps trying, as a standby.
import { createHash } from 'node:crypto';
import { EventEmitter } from 'node:events';
import type pg from 'pg';
import { connectClient } from './pg-connection.js';

export interface SiteLeaseOptions {
  url: string;
  site: string;
  /** How long a silent holder keeps the lease (idle_session_timeout); default 3000 ms. */
  timeoutMs?: number;
  /** Heartbeat of the holder (and of a waiting standby); default timeoutMs / 3. */
  heartbeatMs?: number;
  /** How often a standby tries to take the lock; default 300 ms. */
  retryMs?: number;
  log?: (msg: string) => void;
}

export interface SiteLeaseEvents {
  acquired: [];
  lost: [Error];
}

/** The advisory lock key of a site: 64 bits of sha256, so sites do not share a lock. */
export function siteLockKey(site: string): string {
  const digest = createHash('sha256').update(`giliran-site:${site}`).digest();
  return BigInt.asIntN(64, digest.readBigUInt64BE(0)).toString();
}

export class SiteLease extends EventEmitter<SiteLeaseEvents> {
  private client: pg.Client | null = null;
  private heldSince: number | null = null;
  private lastOk = 0;
  private closed = false;
  private running: Promise<void> | null = null;
  private watchdog: NodeJS.Timeout | null = null;
  private wake: (() => void) | null = null;
  private attempted!: () => void;
  /** Resolves after the first try for the lock (held or not): a hub starting alone becomes the writer at once. */
  readonly firstAttempt = new Promise<void>((resolve) => (this.attempted = resolve));
  readonly timeoutMs: number;
  private readonly heartbeatMs: number;
  private readonly retryMs: number;
  private readonly key: string;
  private readonly log: (msg: string) => void;

  constructor(private readonly opts: SiteLeaseOptions) {
    super();
    this.timeoutMs = opts.timeoutMs ?? 3000;
    this.heartbeatMs = opts.heartbeatMs ?? Math.max(100, Math.floor(this.timeoutMs / 3));
    this.retryMs = opts.retryMs ?? 300;
    this.key = siteLockKey(opts.site);
    this.log = opts.log ?? (() => {});
  }

  get held(): boolean {
    return this.heldSince !== null;
  }

  /** Starts campaigning in the background; 'acquired' and 'lost' tell what happens. */
  start(): void {
    this.running ??= this.loop();
    this.watchdog ??= setInterval(() => {
      if (this.held && Date.now() - this.lastOk > this.timeoutMs) this.drop(new Error(`the lease heartbeat is overdue (${Date.now() - this.lastOk} ms without an answer from PostgreSQL)`));
    }, Math.min(250, this.heartbeatMs));
    this.watchdog.unref();
  }

  /** Resolves once this hub holds the lease (starts campaigning if needed). */
  acquire(): Promise<void> {
    this.start();
    if (this.held) return Promise.resolve();
    return new Promise((resolve) => this.once('acquired', resolve));
  }

  private async loop(): Promise<void> {
    while (!this.closed) {
      try {
        const client = this.client ?? (await this.connect());
        if (!this.held) {
          const r = await client.query<{ ok: boolean }>('SELECT pg_try_advisory_lock($1::bigint) AS ok', [this.key]);
          if (r.rows[0].ok && this.client === client && !this.closed) {
            this.heldSince = this.lastOk = Date.now();
            this.log(`site lease of "${this.opts.site}" acquired: this hub is the writer`);
            this.emit('acquired');
          }
        } else {
          await client.query('SELECT 1');
          if (this.client === client) this.lastOk = Date.now();
        }
      } catch (err) {
        this.drop(err as Error);
      }
      this.attempted();
      await this.sleep(this.held ? this.heartbeatMs : this.retryMs);
    }
  }

  /** A pause that close() cuts short. */
  private sleep(ms: number): Promise<void> {
    return new Promise<void>((resolve) => {
      const t = setTimeout(resolve, ms);
      t.unref();
      this.wake = () => (clearTimeout(t), resolve());
    });
  }

  private async connect(): Promise<pg.Client> {
    let client: pg.Client | null = null;
    client = await connectClient(this.opts.url, (err) => this.drop(err, client), 'giliran-lease');
    client.on('end', () => this.drop(new Error('the lease connection ended'), client));
    // Server side: a silent session (hung holder) ends after the timeout; a dead peer is found by
    // keepalives within a few seconds.
    await client.query(
      `SET idle_session_timeout = ${Math.round(this.timeoutMs)}; SET tcp_keepalives_idle = 2; SET tcp_keepalives_interval = 1; SET tcp_keepalives_count = 3`,
    );
    this.client = client;
    return client;
  }

  /** The connection is gone or unhealthy: the lease (if held) is lost; the loop reconnects. */
  private drop(err: Error, which: pg.Client | null = this.client): void {
    if (which !== this.client) return;
    const client = this.client;
    this.client = null;
    client?.end().catch(() => {});
    if (this.heldSince !== null) {
      this.heldSince = null;
      this.log(`site lease of "${this.opts.site}" lost: ${err.message}`);
      this.emit('lost', err);
    }
  }

  /** Gives the lease up (closing the connection releases the lock) and stops campaigning. */
  async close(): Promise<void> {
    this.closed = true;
    if (this.watchdog) clearInterval(this.watchdog);
    const client = this.client;
    this.client = null;
    this.heldSince = null;
    this.wake?.();
    await client?.end().catch(() => {});
    await this.running;
  }
}
