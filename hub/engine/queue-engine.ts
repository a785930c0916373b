// The single writer. Runs each command through the pure core, numbers and applies the events at
// once (so the next command sees them), appends them durably (group commit), and only then hands
// them to listeners in seq order. A failed write stops all changes: the state is rebuilt from
// disk and changes are refused until the disk accepts a write again.
import { EventEmitter } from 'node:events';
import type { SiteConfig } from '../../protocol/config.js';
import { applyEvent } from '../queue/apply-event.js';
import { isRefusal, type Command, type Refusal } from '../queue/commands.js';
import { decide } from '../queue/decide.js';
import type { DomainEvent } from '../queue/events.js';
import { localDate } from '../queue/local-time.js';
import type { HubRuntime, QueueState } from '../queue/types.js';
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
  state!: QueueState;
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
    this.state = state;
    state.runtime = this.runtime;
    this.flushedSeq = state.seq;
    this.unannounced = [];
    this.changeEnds = [];
    // A restart after midnight: roll the last day over now, durably, before serving.
    await this.rolloverIfDue();
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
  setStandby(reason: string | null): void {
    this.writable = reason === null;
    this.failure = reason ?? '';
    this.emit('health', this.health);
  }

  /** Runs a command. Resolves after its events are durable (and announced), or with a refusal. */
  async execute(cmd: Command): Promise<DomainEvent[] | Refusal> {
    if (!this.writable) throw new StoreUnavailableError(this.failure);
    const now = this.clock.now();
    const events = [...this.rolloverEvents(now)];
    const result = decide(this.state, cmd, now);
    if (isRefusal(result)) {
      if (events.length) await this.persist(events);
      return result;
    }
    for (const e of result) events.push(this.applyNumbered(e));
    this.endChange();
    if (events.length) await this.persist(events);
    return result;
  }

  /** Rolls the day over if the clock passed local midnight (called by a timer too). */
  async rolloverIfDue(): Promise<void> {
    if (!this.writable) return;
    const events = this.rolloverEvents(this.clock.now());
    if (events.length) await this.persist(events);
  }

  private rolloverEvents(now: Date): DomainEvent[] {
    const today = localDate(now, this.state.config.settings.timezone);
    if (today <= this.state.day) return [];
    const result = decide(this.state, { type: 'rollover', to: today }, now);
    if (isRefusal(result)) return [];
    const events = result.map((e) => this.applyNumbered(e));
    this.endChange();
    return events;
  }

  private endChange(): void {
    const last = this.unannounced.at(-1)?.seq;
    if (last !== undefined && this.changeEnds.at(-1) !== last) this.changeEnds.push(last);
  }

  private applyNumbered(e: DomainEvent): DomainEvent {
    const numbered = { ...e, seq: this.state.seq + 1 } as DomainEvent;
    applyEvent(this.state, numbered);
    this.unannounced.push(numbered);
    return numbered;
  }

  private async persist(events: DomainEvent[]): Promise<void> {
    const day = this.state.day;
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
      const state = await loadState(this.store, this.state.config, this.state.day);
      this.state = state;
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
