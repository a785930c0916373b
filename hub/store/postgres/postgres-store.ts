// The PostgreSQL store: the same Store contract as the embedded one (hub/store/store.ts), for one
// site of a database that may hold many. Schema: migrations.ts; why and how: docs/postgres.md.
// Writes of events and audit entries go through group commit (hub/store/group-commit.ts): the
// calls that arrive while a transaction runs share the next one, and each resolves only after the
// COMMIT of a transaction that began after it asked. Every event commit is a compare-and-set on
// the site's (epoch, head seq): a hub that is no longer the writer can never append.
import type pg from 'pg';
import type { SiteConfig } from '../../../protocol/config.js';
import type { DomainEvent } from '../../queue/events.js';
import type { AuditEntry } from '../../../protocol/audit.js';
import { authFileSchema, devicesFileSchema, siteConfigSchema, type StoredDevice } from '../data-file-schemas.js';
import { checkShape } from '../durable-json-file.js';
import { GroupCommit } from '../group-commit.js';
import type { AuthData, Store, StoredSession, StoredUser } from '../store.js';
import { migrate } from './migrate.js';
import { createPool, inTransaction, siteChannel } from './pg-connection.js';

export const SITE_SLUG = /^[a-z0-9][a-z0-9-]{0,39}$/;

/** This hub is not (or no longer) the site's writer: another hub took it over. */
export class FencedError extends Error {
  constructor(
    readonly site: string,
    readonly ownEpoch: number | null,
    readonly currentEpoch: number | null,
  ) {
    super(
      ownEpoch === null
        ? `hub ini bukan penulis situs "${site}" (this hub is not the writer of site "${site}")`
        : `hub lain telah mengambil alih penulisan situs "${site}" (epoch ${currentEpoch} > ${ownEpoch}); hub ini tidak menulis lagi (another hub took over as writer)`,
    );
    this.name = 'FencedError';
  }
}

const CONNECTION_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', '57P01', '57P02', '57P03', '08000', '08003', '08006']);

/** An error for people: "PostgreSQL cannot be reached" when the connection is the problem. */
export function describePgError(err: unknown): Error {
  if (!(err instanceof Error)) return new Error(String(err));
  const code = (err as { code?: string }).code;
  const lost = (code && CONNECTION_CODES.has(code)) || /Connection terminated|timeout exceeded when trying to connect|connection/i.test(err.message);
  if (err instanceof FencedError || !lost) return err;
  const e = new Error(`PostgreSQL tidak dapat dihubungi (PostgreSQL unreachable: ${err.message})`);
  (e as { code?: string }).code = code;
  return e;
}

export interface PostgresStoreOptions {
  url: string;
  site: string;
  log?: (msg: string) => void;
  /** Pool size; default 6. */
  poolSize?: number;
  /** The site lease timeout: also how long a transaction may sit idle (a hung writer's). */
  leaseTimeoutMs?: number;
}

interface PendingEvents {
  day: string;
  events: DomainEvent[];
}

export class PostgresStore implements Store {
  readonly pool: pg.Pool;
  readonly site: string;
  readonly channel: string;
  /** The epoch this store writes under; null until claimWriter(). */
  private epoch: number | null = null;
  private pendingEvents: PendingEvents[] = [];
  private pendingAudit: { day: string; entry: AuditEntry }[] = [];
  private failure: Error | null = null;
  private generation = 0;
  private readonly eventCommit = new GroupCommit(() => this.writeEvents());
  private readonly auditCommit = new GroupCommit(() => this.writeAudit());
  private closed = false;

  private constructor(
    pool: pg.Pool,
    site: string,
    _log: (msg: string) => void,
  ) {
    this.pool = pool;
    this.site = site;
    this.channel = siteChannel(site);
  }

  /** Connects, applies pending migrations (once, under a lock) and makes sure the site has its head row. */
  static async open(opts: PostgresStoreOptions): Promise<PostgresStore> {
    if (!SITE_SLUG.test(opts.site)) throw new Error(`SITE=${opts.site} is invalid: expected a slug (a-z, 0-9, -; up to 40 characters)`);
    const log = opts.log ?? ((m: string) => console.error(m));
    const pool = createPool({ url: opts.url, max: opts.poolSize, log, idleInTransactionMs: opts.leaseTimeoutMs });
    try {
      const applied = await migrate(pool);
      if (applied.length) log(`PostgreSQL: applied migrations ${applied.join(', ')}`);
      await pool.query('INSERT INTO site_head (site) VALUES ($1) ON CONFLICT (site) DO NOTHING', [opts.site]);
    } catch (err) {
      await pool.end().catch(() => {});
      throw err;
    }
    return new PostgresStore(pool, opts.site, log);
  }

  get writerEpoch(): number | null {
    return this.epoch;
  }

  /**
   * Makes this store the site's writer: bumps the epoch (fencing every earlier writer) and records
   * who writes. Call it only while holding the site lease (site-lease.ts). Load the state after it.
   */
  async claimWriter(writer: string, writerUrl: string | null = null): Promise<{ epoch: number; seq: number }> {
    const r = await this.pool.query<{ epoch: string; seq: string }>(
      'UPDATE site_head SET epoch = epoch + 1, writer = $2, writer_url = $3, updated_at = now() WHERE site = $1 RETURNING epoch, seq',
      [this.site, writer, writerUrl],
    );
    this.epoch = Number(r.rows[0].epoch);
    this.failure = null;
    return { epoch: this.epoch, seq: Number(r.rows[0].seq) };
  }

  /** Records where the writer listens (standbys forward writes there); only while this store's epoch is current. */
  async announceWriter(writerUrl: string): Promise<void> {
    if (this.epoch === null) return;
    await this.pool.query('UPDATE site_head SET writer_url = $3, updated_at = now() WHERE site = $1 AND epoch = $2', [this.site, this.epoch, writerUrl]);
  }

  /** Stops writing (the lease was lost): appends are refused from now on. */
  resign(): void {
    this.epoch = null;
  }

  /** The site's head as committed: epoch, last seq, who writes. */
  async head(): Promise<{ epoch: number; seq: number; writer: string | null; writerUrl: string | null }> {
    const r = await this.pool.query<{ epoch: string; seq: string; writer: string | null; writer_url: string | null }>(
      { name: 'giliran-head', text: 'SELECT epoch, seq, writer, writer_url FROM site_head WHERE site = $1', values: [this.site] },
    );
    const row = r.rows[0];
    return { epoch: Number(row.epoch), seq: Number(row.seq), writer: row.writer, writerUrl: row.writer_url };
  }

  async readConfig(): Promise<SiteConfig | null> {
    const r = await this.pool.query<{ config: unknown }>('SELECT config FROM config WHERE site = $1', [this.site]);
    if (r.rowCount === 0) return null;
    return checkShape<SiteConfig>(`PostgreSQL config (site ${this.site})`, siteConfigSchema, r.rows[0].config);
  }

  async writeConfig(config: SiteConfig): Promise<void> {
    await this.pool.query(
      'INSERT INTO config (site, config) VALUES ($1, $2) ON CONFLICT (site) DO UPDATE SET config = EXCLUDED.config, updated_at = now()',
      [this.site, JSON.stringify(config)],
    );
  }

  async readAuth(): Promise<AuthData | null> {
    // One snapshot for the three reads.
    const [written, users, sessions] = await inTransaction(
      this.pool,
      (c) =>
        Promise.all([
          c.query('SELECT 1 FROM auth_written WHERE site = $1', [this.site]),
          c.query<{ data: StoredUser }>('SELECT data FROM users WHERE site = $1 ORDER BY ord', [this.site]),
          c.query<{ data: StoredSession }>('SELECT data FROM sessions WHERE site = $1 ORDER BY ord', [this.site]),
        ]),
      'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY',
    );
    if (written.rowCount === 0) return null;
    return checkShape<AuthData>(`PostgreSQL users/sessions (site ${this.site})`, authFileSchema, { users: users.rows.map((r) => r.data), sessions: sessions.rows.map((r) => r.data) });
  }

  async writeAuth(auth: AuthData): Promise<void> {
    // Users and sessions are replaced whole: only the writer may, or a standby's copy would undo its changes.
    if (this.epoch === null) throw new FencedError(this.site, null, null);
    const epoch = this.epoch;
    await inTransaction(this.pool, async (c) => {
      const head = await c.query('SELECT 1 FROM site_head WHERE site = $1 AND epoch = $2 FOR SHARE', [this.site, epoch]);
      if (head.rowCount !== 1) throw new FencedError(this.site, epoch, null);
      await c.query('DELETE FROM users WHERE site = $1', [this.site]);
      await c.query('DELETE FROM sessions WHERE site = $1', [this.site]);
      if (auth.users.length) {
        await c.query(
          'INSERT INTO users (site, username, ord, data) SELECT $1, u, o, d::jsonb FROM unnest($2::text[], $3::int[], $4::text[]) AS t(u, o, d)',
          [this.site, auth.users.map((u) => u.username), auth.users.map((_, i) => i), auth.users.map((u) => JSON.stringify(u))],
        );
      }
      if (auth.sessions.length) {
        await c.query(
          'INSERT INTO sessions (site, token_hash, ord, data) SELECT $1, h, o, d::jsonb FROM unnest($2::text[], $3::int[], $4::text[]) AS t(h, o, d)',
          [this.site, auth.sessions.map((s) => s.tokenHash), auth.sessions.map((_, i) => i), auth.sessions.map((s) => JSON.stringify(s))],
        );
      }
      await c.query('INSERT INTO auth_written (site) VALUES ($1) ON CONFLICT DO NOTHING', [this.site]);
      await c.query('SELECT pg_notify($1, $2)', [this.channel, 'auth']);
    });
  }

  async readDevices(): Promise<StoredDevice[] | null> {
    const written = await this.pool.query('SELECT 1 FROM devices_written WHERE site = $1', [this.site]);
    if (written.rowCount === 0) return null;
    const rows = await this.pool.query<{ data: unknown }>('SELECT data FROM devices WHERE site = $1 ORDER BY ord', [this.site]);
    return checkShape<{ devices: StoredDevice[] }>(`PostgreSQL devices (site ${this.site})`, devicesFileSchema, { devices: rows.rows.map((r) => r.data) }).devices;
  }

  /** Replaced whole, in call order, by the writer only (as users are). */
  private deviceWrites: Promise<void> = Promise.resolve();
  writeDevices(devices: StoredDevice[]): Promise<void> {
    const write = async () => {
      if (this.epoch === null) throw new FencedError(this.site, null, null);
      const epoch = this.epoch;
      await inTransaction(this.pool, async (c) => {
        const head = await c.query('SELECT 1 FROM site_head WHERE site = $1 AND epoch = $2 FOR SHARE', [this.site, epoch]);
        if (head.rowCount !== 1) throw new FencedError(this.site, epoch, null);
        await c.query('DELETE FROM devices WHERE site = $1', [this.site]);
        if (devices.length) {
          await c.query(
            'INSERT INTO devices (site, id, ord, data) SELECT $1, i, o, d::jsonb FROM unnest($2::text[], $3::int[], $4::text[]) AS t(i, o, d)',
            [this.site, devices.map((d) => d.id), devices.map((_, i) => i), devices.map((d) => JSON.stringify(d))],
          );
        }
        await c.query('INSERT INTO devices_written (site) VALUES ($1) ON CONFLICT DO NOTHING', [this.site]);
      });
    };
    this.deviceWrites = this.deviceWrites.catch(() => {}).then(write);
    return this.deviceWrites;
  }

  async loadDay(day: string): Promise<DomainEvent[] | null> {
    await this.eventCommit.idle();
    this.pendingEvents = [];
    this.failure = null;
    this.generation++;
    return this.readDay(day);
  }

  async readDay(day: string): Promise<DomainEvent[] | null> {
    const r = await this.pool.query<{ event: DomainEvent }>({
      name: 'giliran-read-day',
      text: 'SELECT event FROM events WHERE site = $1 AND day = $2 ORDER BY seq',
      values: [this.site, day],
    });
    return r.rowCount ? r.rows.map((row) => row.event) : null;
  }

  /** Committed events after `seq`, in order, with their day and whether each ends a command (a follower's catch-up). */
  async eventsAfter(seq: number, limit = 1000): Promise<{ day: string; event: DomainEvent; last_of_call: boolean }[]> {
    const r = await this.pool.query<{ day: string; event: DomainEvent; last_of_call: boolean }>({
      name: 'giliran-events-after',
      text: 'SELECT day, event, last_of_call FROM events WHERE site = $1 AND seq > $2 ORDER BY seq LIMIT $3',
      values: [this.site, seq, limit],
    });
    return r.rows;
  }

  async listDays(): Promise<string[]> {
    const r = await this.pool.query<{ day: string }>('SELECT DISTINCT day FROM events WHERE site = $1 ORDER BY day', [this.site]);
    return r.rows.map((row) => row.day);
  }

  appendEvents(day: string, events: DomainEvent[]): Promise<void> {
    if (this.closed) return Promise.reject(new Error('the store is closed'));
    if (this.failure) return Promise.reject(this.failure);
    if (events.length === 0) return Promise.resolve();
    this.pendingEvents.push({ day, events });
    const generation = this.generation;
    return this.eventCommit.flush().then(() => {
      if (generation !== this.generation) throw new Error('discarded: the day was reloaded before this write');
    });
  }

  private async writeEvents(): Promise<void> {
    if (this.failure) throw this.failure;
    if (this.pendingEvents.length === 0) return;
    const batch = this.pendingEvents;
    this.pendingEvents = [];
    const days: string[] = [];
    const events: DomainEvent[] = [];
    const ends: boolean[] = [];
    for (const b of batch) b.events.forEach((e, i) => (days.push(b.day), events.push(e), ends.push(i === b.events.length - 1)));
    const epoch = this.epoch;
    try {
      if (epoch === null) throw new FencedError(this.site, null, null);
      for (let i = 1; i < events.length; i++) {
        if (events[i].seq !== events[i - 1].seq + 1) throw new Error(`events to append are not consecutive (seq ${events[i - 1].seq} then ${events[i].seq})`);
      }
      const first = events[0].seq;
      const last = events.at(-1)!.seq;
      await inTransaction(this.pool, async (c) => {
        const cas = await c.query({
          name: 'giliran-head-cas',
          text: 'UPDATE site_head SET seq = $4, updated_at = now() WHERE site = $1 AND epoch = $2 AND seq = $3',
          values: [this.site, epoch, first - 1, last],
        });
        if (cas.rowCount !== 1) {
          const head = await c.query<{ epoch: string; seq: string }>('SELECT epoch, seq FROM site_head WHERE site = $1', [this.site]);
          const current = head.rows[0] ? Number(head.rows[0].epoch) : null;
          if (current !== epoch) throw new FencedError(this.site, epoch, current);
          throw new Error(`the site's head is at seq ${head.rows[0].seq}, not ${first - 1}: this hub's state is behind the database`);
        }
        await c.query({
          name: 'giliran-append',
          text: 'INSERT INTO events (site, seq, day, epoch, event, last_of_call) SELECT $1, (e->>\'seq\')::bigint, d, $2, e, l FROM unnest($3::text[], $4::jsonb[], $5::boolean[]) AS t(d, e, l)',
          values: [this.site, epoch, days, events.map((e) => JSON.stringify(e)), ends],
        });
        await c.query({ name: 'giliran-notify', text: 'SELECT pg_notify($1, $2)', values: [this.channel, String(last)] });
      });
    } catch (err) {
      // Nothing of the batch is committed (or, when COMMIT's answer was lost, loadDay finds out):
      // refuse appends until the writer reloads, so nothing that depends on a lost event is written.
      this.failure = describePgError(err);
      if (err instanceof FencedError) this.epoch = null;
      throw this.failure;
    }
  }

  appendAudit(day: string, entry: AuditEntry): Promise<void> {
    if (this.closed) return Promise.reject(new Error('the store is closed'));
    this.pendingAudit.push({ day, entry });
    return this.auditCommit.flush();
  }

  private async writeAudit(): Promise<void> {
    if (this.pendingAudit.length === 0) return;
    const batch = this.pendingAudit;
    this.pendingAudit = [];
    // Order within the batch is kept: identity values are assigned in unnest's order.
    await this.pool.query({
      name: 'giliran-audit',
      text: 'INSERT INTO audit (site, day, entry) SELECT $1, d, e FROM unnest($2::text[], $3::jsonb[]) WITH ORDINALITY AS t(d, e, n) ORDER BY n',
      values: [this.site, batch.map((b) => b.day), batch.map((b) => JSON.stringify(b.entry))],
    });
  }

  async readAudit(day: string): Promise<AuditEntry[]> {
    const r = await this.pool.query<{ entry: AuditEntry }>({
      name: 'giliran-read-audit',
      text: 'SELECT entry FROM audit WHERE site = $1 AND day = $2 ORDER BY id',
      values: [this.site, day],
    });
    return r.rows.map((row) => row.entry);
  }

  /** A cheap check that the database answers and this hub may still write (the engine's probe). */
  async probe(): Promise<void> {
    const head = await this.head();
    if (this.epoch === null || head.epoch !== this.epoch) throw new FencedError(this.site, this.epoch, head.epoch);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await Promise.all([this.eventCommit.idle(), this.auditCommit.idle()]);
    await this.pool.end();
  }
}
