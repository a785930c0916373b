// The one persistence interface. Narrow on purpose: append events, load a day, read and write
// configuration, users and the device registry, so another engine (PostgreSQL, next) slots in beside the embedded one
// (hub/store/embedded/) without the engine, routes or reports knowing any file format.
// Every engine must: make appendEvents durable before it resolves (the ack and the broadcast
// follow it); refuse further appends after a failed one until loadDay reloads the day; and throw
// StoreCorruptError (hub/store/durable-json-file.ts; the hub stops with exit 3) for data it
// cannot trust, never treat it as missing.
import type { AuditEntry } from '../../protocol/audit.js';
import type { SiteConfig } from '../../protocol/config.js';
import type { Role } from '../../protocol/staff.js';
import type { DomainEvent } from '../queue/events.js';
import type { StoredDevice } from './data-file-schemas.js';

export type { StoredDevice };

export interface StoredUser {
  username: string;
  displayName: string;
  role: Role;
  /** scrypt$N$r$p$salt$hash (base64) */
  passwordHash: string;
  disabled: boolean;
  createdAt: string;
  /** Set for a generated first password; cleared by the user's own change. */
  mustChangePassword?: boolean;
}

export interface StoredSession {
  /** sha256 of the token: a stolen file does not give working sessions. */
  tokenHash: string;
  username: string;
  createdAt: string;
  expiresAt: string;
}

export interface AuthData {
  users: StoredUser[];
  sessions: StoredSession[];
}

export interface Store {
  /** The site configuration (checked against its schema), or null before the first start. */
  readConfig(): Promise<SiteConfig | null>;
  /** Replaces the configuration whole, durably. */
  writeConfig(config: SiteConfig): Promise<void>;
  /** Users and sessions, or null before the first start. */
  readAuth(): Promise<AuthData | null>;
  /** Replaces users and sessions whole, durably. */
  writeAuth(auth: AuthData): Promise<void>;
  /** The registry of kiosks and boards, or null before the first one is added. */
  readDevices(): Promise<StoredDevice[] | null>;
  /** Replaces the registry whole, durably (concurrent calls are written in call order). */
  writeDevices(devices: StoredDevice[]): Promise<void>;
  /**
   * Loads a day for the writer: its events in seq order (null when the day has no file), and
   * anything not yet flushed for that day is discarded. Only the engine calls it.
   */
  loadDay(day: string): Promise<DomainEvent[] | null>;
  /** Reads a day's durable events without touching the writer (reports, exports, one day at a time). */
  readDay(day: string): Promise<DomainEvent[] | null>;
  /** Days that have events, ascending. */
  listDays(): Promise<string[]>;
  /** Appends durably; resolves after the events are on disk. Concurrent calls share flushes. */
  appendEvents(day: string, events: DomainEvent[]): Promise<void>;
  /** Appends one audit entry to that day's audit, durably (concurrent calls share flushes). */
  appendAudit(day: string, entry: AuditEntry): Promise<void>;
  /** A day's durable audit entries, oldest first ([] when none). */
  readAudit(day: string): Promise<AuditEntry[]>;
  /** Waits for flushes in flight and releases files or connections. */
  close(): Promise<void>;
}
