// An in-memory store with the same behaviour, for unit tests of the engine.
import type { SiteConfig } from '../../protocol/config.js';
import type { DomainEvent } from '../queue/events.js';
import type { AuditEntry } from '../../protocol/audit.js';
import type { AuthData, Store, StoredDevice } from './store.js';

export class MemoryStore implements Store {
  config: SiteConfig | null = null;
  auth: AuthData | null = null;
  days = new Map<string, DomainEvent[]>();
  audit = new Map<string, AuditEntry[]>();
  /** Set to make the next appends fail, as a full disk would. */
  failWith: Error | null = null;

  async readConfig() {
    return this.config && structuredClone(this.config);
  }
  async writeConfig(c: SiteConfig) {
    this.config = structuredClone(c);
  }
  private devices: StoredDevice[] | null = null;
  async readDevices() {
    return this.devices && structuredClone(this.devices);
  }
  async writeDevices(d: StoredDevice[]) {
    this.devices = structuredClone(d);
  }
  async readAuth() {
    return this.auth && structuredClone(this.auth);
  }
  async writeAuth(a: AuthData) {
    this.auth = structuredClone(a);
  }
  async loadDay(day: string) {
    const events = this.days.get(day);
    return events ? structuredClone(events) : null;
  }
  readDay(day: string) {
    return this.loadDay(day);
  }
  async listDays() {
    return [...this.days.keys()].sort();
  }
  async appendEvents(day: string, events: DomainEvent[]) {
    if (this.failWith) throw this.failWith;
    const list = this.days.get(day) ?? [];
    list.push(...structuredClone(events));
    this.days.set(day, list);
  }
  async appendAudit(day: string, entry: AuditEntry) {
    const list = this.audit.get(day) ?? [];
    list.push(entry);
    this.audit.set(day, list);
  }
  async readAudit(day: string) {
    return [...(this.audit.get(day) ?? [])];
  }
  async close() {}
}
