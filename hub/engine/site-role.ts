// Writer or standby, for a hub on PostgreSQL (docs/postgres.md). The site lease elects the one
// writer; this class turns the lease's news into the hub's role:
//  - acquired: claim the site (bump the epoch: every earlier writer is fenced from now on), let
//    the follower announce what the old writer committed, reload the state from the database,
//    accept changes, and publish this hub's address for the standbys' forwarding;
//  - lost (or never held): refuse changes locally (they are forwarded to the writer), reload the
//    state from the database, and follow the events table.
// Transitions run one at a time, in the order the lease reported them.
import type { PostgresStore } from '../store/postgres/postgres-store.js';
import { SiteLease } from '../store/postgres/site-lease.js';
import { Follower } from './follower.js';
import type { QueueEngine } from './queue-engine.js';

export const STANDBY_REASON = 'hub ini cadangan (standby): perubahan diteruskan ke hub penulis (this hub is a standby; changes go to the writer hub)';

export interface SiteRoleOptions {
  url: string;
  store: PostgresStore;
  engine: QueueEngine;
  /** This hub's name in site_head.writer. */
  name: string;
  leaseTimeoutMs?: number;
  log: (msg: string) => void;
}

export class SiteRole {
  readonly lease: SiteLease;
  readonly follower: Follower;
  private writer = false;
  private loaded = false;
  /** The state may hold changes that were never committed: reload before following. */
  private stale = false;
  private ownUrl: string | null = null;
  private transitions: Promise<void> = Promise.resolve();
  private closed = false;
  private authReload: (() => Promise<void>) | null = null;

  constructor(private readonly o: SiteRoleOptions) {
    this.lease = new SiteLease({ url: o.url, site: o.store.site, timeoutMs: o.leaseTimeoutMs, log: o.log });
    this.follower = new Follower({
      url: o.url,
      store: o.store,
      engine: o.engine,
      log: o.log,
      onAuthChanged: () => this.authReload?.() ?? Promise.resolve(),
      prepare: async () => {
        if (!this.stale) return;
        await this.o.engine.load();
        this.stale = false;
      },
    });
  }

  get isWriter(): boolean {
    return this.writer;
  }

  /** Users and sessions to reload when the writer changes them (the standby's AuthService). */
  onAuthChanged(reload: () => Promise<void>): void {
    this.authReload = reload;
  }

  /** Campaigns; resolves with the state loaded, as the writer (when no other hub is) or as a standby. */
  async start(): Promise<void> {
    this.lease.on('acquired', () => this.serial(() => this.promote()));
    this.lease.on('lost', (err) => this.serial(() => this.demote(err.message)));
    this.lease.start();
    await this.lease.firstAttempt;
    await this.transitions;
    if (!this.writer) {
      this.o.engine.setStandby(STANDBY_REASON);
      await this.o.engine.load();
      this.loaded = true;
      this.follower.start();
    }
  }

  /** Where this hub listens (published in site_head while it is the writer). */
  async setOwnUrl(url: string): Promise<void> {
    this.ownUrl = url;
    if (this.writer) await this.o.store.announceWriter(url).catch((e: Error) => this.o.log(`writer address not published: ${e.message}`));
  }

  /** The writer's address from the database (null when none is published). */
  async writerUrl(): Promise<string | null> {
    return (await this.o.store.head()).writerUrl;
  }

  private serial(step: () => Promise<void>): void {
    this.transitions = this.transitions.then(step).catch((err: Error) => {
      this.o.log(`site role: ${err.message}`);
      // Holding the lease but not writing leaves the site without a writer: try again.
      if (!this.closed && this.lease.held && !this.writer) setTimeout(() => this.serial(() => this.promote()), 1000).unref();
    });
  }

  private async promote(): Promise<void> {
    if (this.closed || !this.lease.held) return;
    const { engine, store } = this.o;
    const { epoch } = await store.claimWriter(this.o.name, this.ownUrl);
    if (this.loaded) {
      // Announce what the old writer committed before the epoch moved, then stop following.
      if (!this.stale) await this.follower.catchUp();
      await this.follower.stop();
    }
    await engine.load();
    this.stale = false;
    this.loaded = true;
    this.writer = true;
    engine.setStandby(null);
    this.o.log(`this hub is now the writer of site "${store.site}" (epoch ${epoch})`);
  }

  private async demote(reason: string): Promise<void> {
    if (this.closed) return;
    const { engine, store } = this.o;
    const was = this.writer;
    this.writer = false;
    store.resign();
    engine.setStandby(`${STANDBY_REASON}; ${reason}`);
    if (!was) return;
    this.o.log(`this hub is no longer the writer of site "${store.site}" (${reason}); following the writer`);
    this.stale = true;
    this.follower.start();
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.follower.stop();
    await this.lease.close();
  }
}
