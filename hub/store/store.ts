// The one persistence interface. Narrow on purpose (DESIGN, "Later"): append events, load a day,
// read and write configuration, so a PostgreSQL store can take its place.
import type { SiteConfig } from '../../protocol/config.js';
import type { Role } from '../../protocol/staff.js';
import type { DomainEvent } from '../queue/events.js';

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

export interface AuditEntry {
  at: string;
  /** Username, or null for anonymous (e.g. a failed login names the attempted user in detail). */
  actor: string | null;
  action: string;
  detail: Record<string, unknown>;
}

export interface Store {
  readConfig(): Promise<SiteConfig | null>;
  writeConfig(config: SiteConfig): Promise<void>;
  readAuth(): Promise<AuthData | null>;
  writeAuth(auth: AuthData): Promise<void>;
  /**
   * Loads a day for the writer: its events in seq order (null when the day has no file), and
   * anything not yet flushed for that day is discarded. Only the engine calls it.
   */
  loadDay(day: string): Promise<DomainEvent[] | null>;
  /** Reads a day's durable events without touching the writer (reports, exports). */
  readDay(day: string): Promise<DomainEvent[] | null>;
  /** Days that have events, ascending. */
  listDays(): Promise<string[]>;
  /** Appends durably; resolves after the events are on disk. Concurrent calls share flushes. */
  appendEvents(day: string, events: DomainEvent[]): Promise<void>;
  appendAudit(day: string, entry: AuditEntry): Promise<void>;
  readAudit(day: string): Promise<AuditEntry[]>;
  close(): Promise<void>;
}
