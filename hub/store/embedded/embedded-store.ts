// The embedded store (default): files in DATA_DIR, no server to run.
//   config.json             services, counters, settings      lowdb, rewritten whole and durably
//   auth.json               users and sessions (hashes only)  lowdb, rewritten whole and durably
//   days/YYYY-MM-DD.jsonl   that day's events, one a line     appended, one fdatasync per group commit
//   audit/YYYY-MM-DD.jsonl  that day's audit entries          appended the same way
// Only the live day's log (and at a rollover the previous one) is open; start-up reads today's
// log or, when today has none, the last day's. Format, recovery and migration: docs/storage.md.
import { mkdir, readdir, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import type { z } from 'zod';
import type { SiteConfig } from '../../../protocol/config.js';
import type { DomainEvent } from '../../queue/events.js';
import { authFileSchema, devicesFileSchema, siteConfigSchema, type StoredDevice } from '../data-file-schemas.js';
import { DurableJsonFile, fsyncDir } from '../durable-json-file.js';
import type { AuditEntry } from '../../../protocol/audit.js';
import type { AuthData, Store } from '../store.js';
import { AppendLog, readLogFile, type LogFormat } from './append-log.js';
import { auditLog, eventLog } from './log-formats.js';
import { migrateV1Folder } from './migrate-v1.js';

const DAY_FILE = /^(\d{4}-\d{2}-\d{2})\.jsonl$/;

export interface EmbeddedStoreOptions {
  /** Where recoveries are reported (a torn tail cut, a migration); console.error by default. */
  log?: (msg: string) => void;
}

/** The logs of one folder: one AppendLog per day, created once even when appends race. */
class DayLogs<T> {
  private readonly open = new Map<string, Promise<AppendLog<T>>>();

  constructor(
    private readonly folder: string,
    private readonly format: LogFormat<T>,
    private readonly log: (msg: string) => void,
  ) {}

  path(day: string): string {
    return join(this.folder, `${day}.jsonl`);
  }

  /** Creates the writer's log of a day; `loading` is its first load (which recovers the file). */
  private create(day: string): { log: Promise<AppendLog<T>>; loading: Promise<T[] | null> } {
    const created = new AppendLog<T>(this.path(day), this.format, this.log);
    const loading = created.load();
    const log = loading.then(() => created);
    // A failed load is not kept: the next call tries again (and reports again).
    log.catch(() => {
      if (this.open.get(day) === log) this.open.delete(day);
    });
    // Only today's (and at a rollover, yesterday's) logs stay open.
    if (this.open.size >= 2) {
      const [oldest, closing] = this.open.entries().next().value!;
      this.open.delete(oldest);
      void closing.then((l) => l.close()).catch(() => {});
    }
    this.open.set(day, log);
    return { log, loading };
  }

  /** The writer's log of a day, loaded (and recovered) on first use. */
  writer(day: string): Promise<AppendLog<T>> {
    return this.open.get(day) ?? this.create(day).log;
  }

  /** Loads a day for the writer, dropping anything unflushed. */
  async load(day: string): Promise<T[] | null> {
    const open = this.open.get(day);
    return open ? (await open).load() : this.create(day).loading;
  }

  /** Durable entries of a day, without touching its writer: stops at what the writer has made durable. */
  async read(day: string): Promise<T[] | null> {
    const open = this.open.get(day);
    const limit = open ? await open.then((l) => l.durableSize).catch(() => undefined) : undefined;
    return readLogFile(this.path(day), this.format, limit);
  }

  async append(day: string, entries: readonly T[]): Promise<void> {
    await (await this.writer(day)).append(entries);
  }

  async days(): Promise<string[]> {
    return (await readdir(this.folder)).flatMap((f) => DAY_FILE.exec(f)?.[1] ?? []).sort();
  }

  async close(): Promise<void> {
    const logs = await Promise.allSettled(this.open.values());
    await Promise.all(logs.map((l) => (l.status === 'fulfilled' ? l.value.close() : undefined)));
  }
}

export class EmbeddedStore implements Store {
  private readonly events: DayLogs<DomainEvent>;
  private readonly audits: DayLogs<AuditEntry>;

  private constructor(
    readonly dir: string,
    log: (msg: string) => void,
  ) {
    this.events = new DayLogs(join(dir, 'days'), eventLog, log);
    this.audits = new DayLogs(join(dir, 'audit'), auditLog, log);
  }

  /** Opens DATA_DIR: creates its folders (0700), clears temp files of a crash, migrates v1 files once. */
  static async open(dir: string, opts: EmbeddedStoreOptions = {}): Promise<EmbeddedStore> {
    const log = opts.log ?? ((m: string) => console.error(m));
    await mkdir(dir, { recursive: true });
    for (const sub of ['days', 'audit']) await mkdir(join(dir, sub), { recursive: true, mode: 0o700 });
    // Temporary files left by a crash mid-write are never the truth: the rename did not happen.
    for (const sub of ['', 'days', 'audit']) {
      for (const f of await readdir(join(dir, sub))) if (f.endsWith('.tmp')) await unlink(join(dir, sub, f)).catch(() => {});
    }
    await fsyncDir(dir);
    const days = await migrateV1Folder(join(dir, 'days'), eventLog);
    const audits = await migrateV1Folder(join(dir, 'audit'), auditLog);
    if (days + audits > 0) log(`${dir}: converted ${days} day files and ${audits} audit files of the first release to JSON Lines; the old files are kept in days/.v1/ and audit/.v1/`);
    return new EmbeddedStore(dir, log);
  }

  private readJson<T>(name: string, schema: z.ZodType): Promise<T | null> {
    return new DurableJsonFile<T>(join(this.dir, name), schema).read();
  }

  private async writeJson<T>(name: string, data: T): Promise<void> {
    await new Low<T>(new DurableJsonFile<T>(join(this.dir, name)), data).write();
  }

  readConfig(): Promise<SiteConfig | null> {
    return this.readJson<SiteConfig>('config.json', siteConfigSchema);
  }

  writeConfig(config: SiteConfig): Promise<void> {
    return this.writeJson('config.json', config);
  }

  async readDevices(): Promise<StoredDevice[] | null> {
    return (await this.readJson<{ devices: StoredDevice[] }>('devices.json', devicesFileSchema))?.devices ?? null;
  }

  private deviceWrites: Promise<void> = Promise.resolve();
  writeDevices(devices: StoredDevice[]): Promise<void> {
    this.deviceWrites = this.deviceWrites.catch(() => {}).then(() => this.writeJson('devices.json', { devices }));
    return this.deviceWrites;
  }

  readAuth(): Promise<AuthData | null> {
    return this.readJson<AuthData>('auth.json', authFileSchema);
  }

  writeAuth(auth: AuthData): Promise<void> {
    return this.writeJson('auth.json', auth);
  }

  loadDay(day: string): Promise<DomainEvent[] | null> {
    return this.events.load(day);
  }

  readDay(day: string): Promise<DomainEvent[] | null> {
    return this.events.read(day);
  }

  listDays(): Promise<string[]> {
    return this.events.days();
  }

  appendEvents(day: string, events: DomainEvent[]): Promise<void> {
    return this.events.append(day, events);
  }

  appendAudit(day: string, entry: AuditEntry): Promise<void> {
    return this.audits.append(day, [entry]);
  }

  async readAudit(day: string): Promise<AuditEntry[]> {
    return (await this.audits.read(day)) ?? [];
  }

  async close(): Promise<void> {
    await Promise.all([this.events.close(), this.audits.close()]);
  }
}
