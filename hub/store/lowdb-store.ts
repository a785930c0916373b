// The default store: JSON files in DATA_DIR written durably through lowdb.
//   config.json            services, counters, settings
//   auth.json              users and sessions (hashes only)
//   days/YYYY-MM-DD.json   that day's events: the live file stays small however long history grows
//   audit/YYYY-MM-DD.json  that day's audit entries
import { mkdir, readdir, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import type { SiteConfig } from '../../protocol/config.js';
import type { DomainEvent } from '../queue/events.js';
import { DayLog } from './day-log.js';
import { DurableJsonFile } from './durable-json-file.js';
import type { AuditEntry, AuthData, Store } from './store.js';

const DAY_FILE = /^(\d{4}-\d{2}-\d{2})\.json$/;

export class LowdbStore implements Store {
  private readonly days = new Map<string, Promise<DayLog<DomainEvent>>>();
  private readonly audits = new Map<string, Promise<DayLog<AuditEntry>>>();

  private constructor(readonly dir: string) {}

  static async open(dir: string): Promise<LowdbStore> {
    for (const sub of ['', 'days', 'audit']) await mkdir(join(dir, sub), { recursive: true });
    // Temporary files left by a crash mid-write are never the truth: the rename did not happen.
    for (const sub of ['', 'days', 'audit']) {
      for (const f of await readdir(join(dir, sub))) if (f.endsWith('.tmp')) await unlink(join(dir, sub, f)).catch(() => {});
    }
    return new LowdbStore(dir);
  }

  private readJson<T>(name: string): Promise<T | null> {
    return new DurableJsonFile<T>(join(this.dir, name)).read();
  }

  private async writeJson<T>(name: string, data: T): Promise<void> {
    const db = new Low<T>(new DurableJsonFile<T>(join(this.dir, name)), data);
    await db.write();
  }

  readConfig(): Promise<SiteConfig | null> {
    return this.readJson<SiteConfig>('config.json');
  }

  writeConfig(config: SiteConfig): Promise<void> {
    return this.writeJson('config.json', config);
  }

  readAuth(): Promise<AuthData | null> {
    return this.readJson<AuthData>('auth.json');
  }

  writeAuth(auth: AuthData): Promise<void> {
    return this.writeJson('auth.json', auth);
  }

  /** One DayLog per day, created once even when appends race for a new day. */
  private dayLog<E>(cache: Map<string, Promise<DayLog<E>>>, folder: string, day: string): Promise<DayLog<E>> {
    let log = cache.get(day);
    if (!log) {
      const created = new DayLog<E>(day, join(this.dir, folder, `${day}.json`));
      log = created.load().then(() => created);
      // Only today's (and at a rollover, yesterday's) logs stay open.
      if (cache.size >= 2) cache.delete(cache.keys().next().value!);
      cache.set(day, log);
    }
    return log;
  }

  async loadDay(day: string): Promise<DomainEvent[] | null> {
    const events = await (await this.dayLog(this.days, 'days', day)).load();
    return events ? [...events] : null;
  }

  async readDay(day: string): Promise<DomainEvent[] | null> {
    // The file holds exactly what was flushed; an open log may also hold appends in flight.
    const file = await this.readJson<{ events: DomainEvent[] }>(join('days', `${day}.json`));
    return file?.events ?? null;
  }

  async listDays(): Promise<string[]> {
    const files = await readdir(join(this.dir, 'days'));
    return files.flatMap((f) => DAY_FILE.exec(f)?.[1] ?? []).sort();
  }

  async appendEvents(day: string, events: DomainEvent[]): Promise<void> {
    await (await this.dayLog(this.days, 'days', day)).append(events);
  }

  async appendAudit(day: string, entry: AuditEntry): Promise<void> {
    await (await this.dayLog(this.audits, 'audit', day)).append([entry]);
  }

  async readAudit(day: string): Promise<AuditEntry[]> {
    const cached = this.audits.get(day);
    if (cached) return [...(await cached).events];
    const file = await this.readJson<{ events: AuditEntry[] }>(join('audit', `${day}.json`));
    return file?.events ?? [];
  }

  async close(): Promise<void> {
    const logs = await Promise.allSettled([...this.days.values(), ...this.audits.values()]);
    await Promise.all(logs.map((l) => (l.status === 'fulfilled' ? l.value.idle() : undefined)));
  }
}
