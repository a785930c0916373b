// A hub that is not its site's writer follows the events table: it LISTENs on the site's channel
// (a NOTIFY is only a wake-up, never the data), then reads the committed events after the last
// seq it has, in order, applies them to the engine's state and announces them exactly as the
// writer does ('events', then 'changes' grouped by the command that made them), so boards on any
// hub see every change, in seq order, with no gap. A poll covers a lost wake-up; after the LISTEN
// connection fails it reconnects and catches up the same way. A NOTIFY 'auth' reloads users and
// sessions (the writer changed them).
import type pg from 'pg';
import type { DomainEvent } from '../queue/events.js';
import { connectClient } from '../store/postgres/pg-connection.js';
import type { PostgresStore } from '../store/postgres/postgres-store.js';
import type { QueueEngine } from './queue-engine.js';

export interface FollowerOptions {
  url: string;
  store: PostgresStore;
  engine: QueueEngine;
  /** Users and sessions changed on the writer. */
  onAuthChanged?: () => Promise<void>;
  log?: (msg: string) => void;
  /** Fallback poll when no wake-up comes; default 1000 ms. */
  pollMs?: number;
  /** Runs before each catch-up (e.g. reloads a state that may hold uncommitted changes); a throw retries later. */
  prepare?: () => Promise<void>;
}

export class Follower {
  private client: pg.Client | null = null;
  private running = false;
  private catching: Promise<void> | null = null;
  private again = false;
  private pollTimer: NodeJS.Timeout | null = null;
  private reconnectTimer: NodeJS.Timeout | null = null;
  private readonly log: (msg: string) => void;

  constructor(private readonly opts: FollowerOptions) {
    this.log = opts.log ?? (() => {});
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.client = null;
    void this.listen();
    this.pollTimer = setInterval(() => void this.catchUp(), this.opts.pollMs ?? 1000);
    this.pollTimer.unref();
  }

  private async listen(): Promise<void> {
    if (!this.running || this.client) return;
    let client: pg.Client | null = null;
    const lost = (err: Error) => {
      if (!client || this.client !== client) return;
      this.client = null;
      client.end().catch(() => {});
      this.log(`follower: LISTEN connection lost (${err.message}); reconnecting`);
      this.scheduleReconnect();
    };
    try {
      client = await connectClient(this.opts.url, lost, 'giliran-follower');
      client.on('end', () => lost(new Error('connection ended')));
      client.on('notification', (n) => {
        if (n.payload === 'auth') void this.opts.onAuthChanged?.().catch((e: Error) => this.log(`follower: reloading users failed (${e.message})`));
        else void this.catchUp();
      });
      await client.query(`LISTEN ${quoteIdent(this.opts.store.channel)}`);
      if (!this.running) {
        await client.end().catch(() => {});
        return;
      }
      this.client = client;
      // Whatever was committed while we were not listening.
      await this.catchUp();
      await this.opts.onAuthChanged?.().catch(() => {});
    } catch (err) {
      await client?.end().catch(() => {});
      if (this.running) this.scheduleReconnect();
      void err;
    }
  }

  private scheduleReconnect(): void {
    if (!this.running || this.reconnectTimer) return;
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = null;
      void this.listen();
    }, 500);
    this.reconnectTimer.unref();
  }

  /** Reads and applies everything committed after the state's seq; concurrent calls coalesce. */
  catchUp(): Promise<void> {
    if (this.catching) {
      this.again = true;
      return this.catching;
    }
    this.catching = (async () => {
      try {
        await this.opts.prepare?.();
        do {
          this.again = false;
          while (await this.step());
        } while (this.again);
      } catch (err) {
        this.log(`follower: catching up failed (${(err as Error).message}); will retry`);
      } finally {
        this.catching = null;
      }
    })();
    return this.catching;
  }

  /** One page of events; true when there may be more. */
  private async step(): Promise<boolean> {
    if (!this.running) return false;
    const engine = this.opts.engine;
    const rows = await this.opts.store.eventsAfter(engine.state.seq, 500);
    if (!this.running || rows.length === 0) return false;
    const applied: DomainEvent[] = [];
    const changes: DomainEvent[][] = [];
    let change: DomainEvent[] = [];
    for (const row of rows) {
      if (row.event.seq !== engine.state.seq + applied.length + 1) break; // the state moved meanwhile (a reload): read again
      applied.push(row.event);
      change.push(row.event);
      if (row.last_of_call) {
        changes.push(change);
        change = [];
      }
    }
    if (change.length) changes.push(change);
    if (applied.length) engine.follow(applied, changes);
    return rows.length === 500;
  }

  /** Stops following (this hub becomes the writer, or closes). Waits for a catch-up in flight. */
  async stop(): Promise<void> {
    this.running = false;
    if (this.pollTimer) clearInterval(this.pollTimer);
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    this.pollTimer = this.reconnectTimer = null;
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => {});
    await this.catching;
  }
}

function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
