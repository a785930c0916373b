// The single writer. Runs each command through the pure core, numbers and applies the events at
// once (so the next command sees them), appends them durably (group commit), and only then hands
// them to listeners in seq order. A failed write stops all changes: the state is rebuilt from
// disk and changes are refused until the disk accepts a write again.
import { EventEmitter } from 'node:events';
import type { SiteConfig } from '../../protocol/config.js';
import { isRefusal, type Command, type Refusal } from '../queue/commands.js';
import { decide } from '../queue/decide.js';
import { applyEvent } from '../queue/apply-event.js';
import type { DomainEvent, DraftEvent } from '../queue/events.js';
import { numberAndApply } from '../queue/number-and-apply.js';
import { localDate } from '../queue/local-time.js';
import type { HubRuntime, QueueState, QueueView } from '../queue/types.js';
import type { Store } from '../store/store.js';
import { loadState } from './load-state.js';

export interface Clock {
  now(): Date;
}

export class StoreUnavailableError extends Error {
  constructor(readonly reason: string) {
    super(`Perubahan ditolak sementara: penyimpanan data tidak dapat ditulis (${reason}).`);
    this.name = 'StoreUnavailableError';
  }
}

export interface EngineEvents {
  /** Durable events, in seq order, once each. */
  events: [DomainEvent[]];
  /** The same events right after, grouped by the change that made them (one command, a rollover). */
  changes: [DomainEvent[][]];
  /** Writable changed. */
  health: [{ writable: boolean; message: string }];
}

export class QueueEngine extends EventEmitter<EngineEvents> {
  /** The one mutable state: changed only by numberAndApply (applyEvent) in this class. */
  private current!: QueueState;
  readonly runtime: HubRuntime = { publicUrlFallback: '' };
  private flushedSeq = 0;
  private unannounced: DomainEvent[] = [];
  /** Seqs that end a change (the last event of a command or of a rollover), not yet announced. */
  private changeEnds: number[] = [];
  private writable = true;
  private failure = '';
  private waiters: { seq: number; resolve: () => void }[] = [];
  private probeTimer: NodeJS.Timeout | null = null;

  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
    private readonly initialConfig: SiteConfig,
    private readonly probeWrite: () => Promise<void>,
  ) {
    super();
  }

  async load(): Promise<void> {
    const config = (await this.store.readConfig()) ?? this.initialConfig;
    const today = localDate(this.clock.now(), config.settings.timezone);
    const state = await loadState(this.store, config, today);
    this.current = state;
    state.runtime = this.runtime;
    this.flushedSeq = state.seq;
    this.unannounced = [];
    this.changeEnds = [];
    // A restart after midnight: roll the last day over now, durably, before serving.
    await this.rolloverIfDue();
  }

  /** The state as everyone else reads it: no one outside the engine can change it. */
  get state(): QueueView {
    return this.current;
  }

  get isWritable(): boolean {
    return this.writable;
  }

  get health(): { writable: boolean; message: string } {
    return { writable: this.writable, message: this.failure };
  }

  /**
   * A hub that is not its site's writer (PostgreSQL standby, docs/postgres.md): refuses changes
   * with `reason` (null: writable again; the caller reloads the state first).
   */
  /**
   * A standby applies the writer's durable events (already numbered and stored) and announces
   * them as the writer did, grouped by change. The only other way into the state.
   */
  follow(events: readonly DomainEvent[], changes: DomainEvent[][]): void {
    for (const e of events) applyEvent(this.current, e);
    this.flushedSeq = this.current.seq;
    this.emit('events', [...events]);
    this.emit('changes', changes);
  }

  setStandby(reason: string | null): void {
    this.writable = reason === null;
    this.failure = reason ?? '';
    this.emit('health', this.health);
  }

  /**
   * Runs a command. Resolves with the numbered events it stored, once they are durable (and
   * announced), or with a refusal.
   */
  async execute(cmd: Command): Promise<DomainEvent[] | Refusal> {
    if (!this.writable) throw new StoreUnavailableError(this.failure);
    const now = this.clock.now();
    const events = [...this.rolloverEvents(now)];
    const result = decide(this.current, cmd, now);
    if (isRefusal(result)) {
      if (events.length) await this.persist(events);
      return result;
    }
    const made = this.applyNumbered(result);
    events.push(...made);
    if (events.length) await this.persist(events);
    // The configuration's own record (config.json, read at start) follows its event.
    if (made.some((e) => e.type === 'config.changed')) await this.writeConfig();
    // Nothing new (an idempotent replay, a counter already paused): what the caller will read
    // may still be on its way to disk from an earlier command; answer once it is durable.
    else await this.waitFlushed(this.current.seq);
    return made;
  }

  /** Rolls the day over if the clock passed local midnight (called by a timer too). */
  async rolloverIfDue(): Promise<void> {
    if (!this.writable) return;
    const events = this.rolloverEvents(this.clock.now());
    if (events.length) await this.persist(events);
  }

  private rolloverEvents(now: Date): DomainEvent[] {
    const today = localDate(now, this.current.config.settings.timezone);
    if (today <= this.current.day) return [];
    const result = decide(this.current, { type: 'rollover', to: today }, now);
    return isRefusal(result) ? [] : this.applyNumbered(result);
  }

  /** One change: its events numbered, applied, queued for the flush and marked as one change. */
  private applyNumbered(drafts: readonly DraftEvent[]): DomainEvent[] {
    const events = numberAndApply(this.current, drafts);
    this.unannounced.push(...events);
    if (events.length) this.changeEnds.push(events[events.length - 1].seq);
    return events;
  }

  /** The latest configuration, written in order: a slow earlier write never lands after a later one. */
  private configWrites: Promise<void> = Promise.resolve();
  private writeConfig(): Promise<void> {
    const next = this.configWrites.catch(() => {}).then(() => this.store.writeConfig(this.current.config));
    this.configWrites = next;
    return next;
  }

  private async persist(events: DomainEvent[]): Promise<void> {
    const day = this.current.day;
    const last = events[events.length - 1].seq;
    try {
      await this.store.appendEvents(day, events);
    } catch (err) {
      await this.fail(err);
      throw new StoreUnavailableError(this.failure);
    }
    this.markFlushed(last);
  }

  private markFlushed(seq: number): void {
    if (seq <= this.flushedSeq) return;
    this.flushedSeq = seq;
    const ready: DomainEvent[] = [];
    while (this.unannounced.length && this.unannounced[0].seq <= seq) ready.push(this.unannounced.shift()!);
    if (ready.length) {
      this.emit('events', ready);
      const changes: DomainEvent[][] = [];
      let change: DomainEvent[] = [];
      for (const e of ready) {
        change.push(e);
        if (this.changeEnds[0] !== undefined && e.seq >= this.changeEnds[0]) {
          changes.push(change);
          change = [];
          this.changeEnds.shift();
        }
      }
      if (change.length) changes.push(change);
      this.emit('changes', changes);
    }
    this.waiters = this.waiters.filter((w) => (w.seq <= seq ? (w.resolve(), false) : true));
  }

  /** Resolves once the event numbered `seq` is durable (for idempotent replays). */
  waitFlushed(seq: number): Promise<void> {
    if (seq <= this.flushedSeq) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push({ seq, resolve }));
  }

  private async fail(err: unknown): Promise<void> {
    if (!this.writable) return;
    const e = err as NodeJS.ErrnoException;
    this.writable = false;
    this.failure = e.code === 'ENOSPC' ? 'disk penuh (ENOSPC)' : e.code === 'EROFS' || e.code === 'EACCES' ? `folder data hanya-baca (${e.code})` : e.message;
    this.emit('health', this.health);
    // What is on disk is the truth: forget everything not flushed.
    await this.reloadFromDisk();
    this.scheduleProbe();
  }

  private async reloadFromDisk(): Promise<void> {
    try {
      const state = await loadState(this.store, this.current.config, this.current.day);
      this.current = state;
      state.runtime = this.runtime;
      this.flushedSeq = state.seq;
      this.unannounced = [];
      this.changeEnds = [];
    } catch {
      // Disk unreadable too: keep refusing; the probe retries.
    }
  }

  private scheduleProbe(): void {
    if (this.probeTimer) return;
    this.probeTimer = setInterval(() => {
      this.probeWrite().then(
        async () => {
          clearInterval(this.probeTimer!);
          this.probeTimer = null;
          await this.reloadFromDisk();
          this.writable = true;
          this.failure = '';
          this.emit('health', this.health);
        },
        () => {},
      );
    }, 1000);
    this.probeTimer.unref();
  }

  async close(): Promise<void> {
    if (this.probeTimer) clearInterval(this.probeTimer);
    await this.store.close();
  }
}
