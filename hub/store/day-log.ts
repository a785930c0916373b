// One day's append-only event list in its own lowdb file, flushed with group commit.
// After a failed flush the log refuses further appends until it is reloaded from disk, so no
// event that depends on a lost one can reach the disk.
import { Low } from 'lowdb';
import { DayFileAdapter, type DayFile } from './day-file-adapter.js';
import { GroupCommit } from './group-commit.js';

export type { DayFile } from './day-file-adapter.js';

export class DayLog<E> {
  private readonly db: Low<DayFile<E>>;
  private pending: E[] = [];
  private failure: Error | null = null;
  /** Bumped by load(): appends made before it are discarded, never reported as written. */
  private generation = 0;
  private readonly commit: GroupCommit;

  constructor(
    readonly day: string,
    path: string,
  ) {
    this.db = new Low(new DayFileAdapter<E>(path), { day, events: [] });
    this.commit = new GroupCommit(() => this.writePending());
  }

  /** Reads the file (or starts empty); clears any failure and anything unflushed. */
  async load(): Promise<E[] | null> {
    this.pending = [];
    this.failure = null;
    this.generation++;
    const existed = await this.db.adapter.read();
    this.db.data = existed ?? { day: this.day, events: [] };
    return existed ? this.db.data.events : null;
  }

  get events(): readonly E[] {
    return this.db.data.events;
  }

  append(events: E[]): Promise<void> {
    if (this.failure) return Promise.reject(this.failure);
    this.pending.push(...events);
    const generation = this.generation;
    return this.commit.flush().then(() => {
      if (generation !== this.generation) throw new Error('discarded: the day was reloaded from disk before this write');
    });
  }

  private async writePending(): Promise<void> {
    if (this.failure) throw this.failure;
    const batch = this.pending;
    if (batch.length === 0) return;
    this.pending = [];
    const events = this.db.data.events;
    const before = events.length;
    for (const e of batch) events.push(e);
    try {
      await this.db.write();
    } catch (err) {
      events.length = before;
      this.pending = [];
      this.failure = err instanceof Error ? err : new Error(String(err));
      throw this.failure;
    }
  }

  idle(): Promise<void> {
    return this.commit.idle();
  }
}
