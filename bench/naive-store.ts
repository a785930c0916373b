// The baseline store for the throughput benchmark: what one would write first. Everything (config,
// users, every day's events, audit) lives in one JSON file that is rewritten whole on every
// append, one append at a time, with no group commit. It is still durable (temporary file, fsync,
// rename, fsync of the folder), so the comparison is about layout and batching, not about safety.
import { readFile } from 'node:fs/promises';
import type { SiteConfig } from '../protocol/config.js';
import type { DomainEvent } from '../hub/queue/events.js';
import { writeFileDurably } from '../hub/store/durable-json-file.js';
import type { AuditEntry, AuthData, Store } from '../hub/store/store.js';

export const NAIVE_FILE = 'naive-store.json';

export interface NaiveFile {
  config: SiteConfig | null;
  auth: AuthData | null;
  days: Record<string, DomainEvent[]>;
  audit: Record<string, AuditEntry[]>;
}

export class NaiveStore implements Store {
  /** Every write waits for the one before it: no two writers ever race on the file. */
  private writing: Promise<unknown> = Promise.resolve();

  private constructor(
    private readonly path: string,
    private readonly data: NaiveFile,
  ) {}

  static async open(path: string): Promise<NaiveStore> {
    let data: NaiveFile = { config: null, auth: null, days: {}, audit: {} };
    try {
      data = JSON.parse(await readFile(path, 'utf8')) as NaiveFile;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    }
    return new NaiveStore(path, data);
  }

  /** Writes a file in this layout holding past days, each given as the JSON of its events. */
  static seed(path: string, days: [string, string][]): Promise<void> {
    const dayEntries = days.map(([day, events]) => `${JSON.stringify(day)}:${events}`).join(',');
    return writeFileDurably(path, `{"config":null,"auth":null,"days":{${dayEntries}},"audit":{}}`);
  }

  /** Changes the data, then rewrites the whole file; undoes the change if the write fails. */
  private change(apply: () => () => void): Promise<void> {
    const run = this.writing.then(async () => {
      const undo = apply();
      try {
        await writeFileDurably(this.path, JSON.stringify(this.data));
      } catch (err) {
        undo();
        throw err;
      }
    });
    this.writing = run.catch(() => {});
    return run;
  }

  async readConfig() {
    return this.data.config;
  }
  writeConfig(config: SiteConfig) {
    const before = this.data.config;
    return this.change(() => ((this.data.config = config), () => (this.data.config = before)));
  }
  async readAuth() {
    return this.data.auth;
  }
  writeAuth(auth: AuthData) {
    const before = this.data.auth;
    return this.change(() => ((this.data.auth = auth), () => (this.data.auth = before)));
  }
  async loadDay(day: string) {
    const events = this.data.days[day];
    return events ? [...events] : null;
  }
  /** No writer state to keep apart from: the same as loadDay. */
  readDay(day: string) {
    return this.loadDay(day);
  }
  async listDays() {
    return Object.keys(this.data.days).filter((d) => this.data.days[d].length > 0).sort();
  }
  appendEvents(day: string, events: DomainEvent[]) {
    return this.change(() => this.push(this.data.days, day, events));
  }
  appendAudit(day: string, entry: AuditEntry) {
    return this.change(() => this.push(this.data.audit, day, [entry]));
  }
  async readAudit(day: string) {
    return [...(this.data.audit[day] ?? [])];
  }
  async close() {
    await this.writing;
  }

  private push<T>(lists: Record<string, T[]>, day: string, items: T[]): () => void {
    const list = (lists[day] ??= []);
    const before = list.length;
    list.push(...items);
    return () => void (list.length = before);
  }
}
