// Users and sessions. Sessions are random tokens; only their sha256 is stored, so neither the
// data folder nor a log can hand out working sessions. A session ends on logout, when its user is
// disabled, changes password or role, when an admin ends it, after its idle timeout or its
// absolute lifetime (site settings, live); whoever holds live connections for it is told at once.
// Failed logins are slowed down per user, one attempt at a time (parallel guesses queue), and a
// user is locked for a short while after many failures.
import { createHash, randomBytes } from 'node:crypto';
import type { SignedInUser } from '../../protocol/rest-types.js';
import type { Role, SessionView, UserView } from '../../protocol/staff.js';
import type { AuthData, Store, StoredSession, StoredUser } from '../store/store.js';
import { DEFAULT_HASH_COST, hashPassword, needsRehash, randomPassword, verifyPassword } from './passwords.js';

export interface SessionPolicy {
  /** Minutes without a request before a session ends; 0 = never idle out. */
  idleMinutes: number;
  /** Hours after login when a session ends whatever happens. */
  lifetimeHours: number;
}
export const DEFAULT_SESSION_POLICY: SessionPolicy = { idleMinutes: 60, lifetimeHours: 12 };

/** A signed-in user (protocol SignedInUser) and the id of the session. */
export interface Session extends SignedInUser {
  /** sha256 of the token: names the session (admin list, live sockets), opens nothing. */
  id: string;
}

export type LoginResult = { ok: true; token: string; session: Session } | { ok: false; reason: 'invalid' | 'locked'; retryAfterSeconds?: number };

/** Failures within this window count; after LOCK_AFTER of them the user is locked for LOCK_MS. */
const FAILURE_WINDOW_MS = 15 * 60_000;
const LOCK_AFTER = 8;
const LOCK_MS = 5 * 60_000;

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function toUserView(u: StoredUser): UserView {
  return { username: u.username, displayName: u.displayName, role: u.role, disabled: u.disabled, createdAt: u.createdAt };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function sessionOf(id: string, u: StoredUser): Session {
  return { id, username: u.username, role: u.role, displayName: u.displayName, ...(u.mustChangePassword ? { mustChangePassword: true } : {}) };
}

export class AuthService {
  private data: AuthData = { users: [], sessions: [] };
  private writing: Promise<void> = Promise.resolve();
  private failures = new Map<string, { count: number; last: number; lockedUntil: number }>();
  /** One login attempt at a time per user, so the back-off also slows parallel guesses. */
  private attempts = new Map<string, Promise<unknown>>();
  /** Last request per session (memory only: a restart counts as activity). */
  private lastSeen = new Map<string, number>();
  private endedListeners = new Set<(ids: ReadonlySet<string>) => void>();

  constructor(
    private readonly store: Store,
    private readonly now: () => Date,
    private readonly policy: () => SessionPolicy = () => DEFAULT_SESSION_POLICY,
    /** log2 of scrypt's N for new hashes (PASSWORD_HASH_COST). */
    private readonly hashCost = DEFAULT_HASH_COST,
  ) {}

  /** Loads users and sessions. The first `admin` is created later, by `ensureAdmin`. */
  async load(): Promise<void> {
    this.data = (await this.store.readAuth()) ?? { users: [], sessions: [] };
    const started = this.now().getTime();
    for (const s of this.data.sessions) this.lastSeen.set(s.tokenHash, started);
  }

  private adminCreation: Promise<unknown> = Promise.resolve();

  /**
   * First start: creates `admin` when there is no user yet. Called once the hub listens, so a start
   * that fails (port in use) creates nobody and the next start still prints the password. A
   * generated password must be changed at the first login. Returns it, if one was generated.
   */
  ensureAdmin(adminPassword: string | undefined): Promise<string | null> {
    const run = (async () => {
      if (this.data.users.length > 0) return null;
      const password = adminPassword ?? randomPassword();
      await this.createUser({ username: 'admin', displayName: 'Administrator', role: 'admin', password, mustChangePassword: !adminPassword });
      return adminPassword ? null : password;
    })();
    this.adminCreation = run.catch(() => {});
    return run;
  }

  /** The user's own change: the current password must match; ends the user's other sessions. */
  async changePassword(username: string, current: string, next: string, keepToken: string): Promise<boolean> {
    const user = this.findUser(username);
    if (!user || !(await verifyPassword(current, user.passwordHash))) return false;
    user.passwordHash = await hashPassword(next, this.hashCost);
    delete user.mustChangePassword;
    const keep = hashToken(keepToken);
    if (!(await this.endSessions((s) => s.username === username && s.tokenHash !== keep))) await this.persist();
    return true;
  }

  /** Serialises writes of auth.json so a later state never loses to an earlier one. */
  private persist(): Promise<void> {
    const snapshot = structuredClone(this.data);
    this.writing = this.writing.catch(() => {}).then(() => this.store.writeAuth(snapshot));
    return this.writing;
  }

  /** Called with the ids of sessions that ended, so live connections holding them are closed. */
  onSessionsEnded(cb: (ids: ReadonlySet<string>) => void): () => void {
    this.endedListeners.add(cb);
    return () => this.endedListeners.delete(cb);
  }

  /** Drops the sessions `drop` selects; persists and tells listeners only when one went. */
  private async endSessions(drop: (s: StoredSession) => boolean): Promise<number> {
    const ended = new Set<string>();
    this.data.sessions = this.data.sessions.filter((s) => (drop(s) ? (ended.add(s.tokenHash), false) : true));
    if (ended.size === 0) return 0;
    for (const id of ended) this.lastSeen.delete(id);
    for (const cb of this.endedListeners) cb(ended);
    await this.persist();
    return ended.size;
  }

  users(): UserView[] {
    return this.data.users.map(toUserView);
  }

  findUser(username: string): StoredUser | undefined {
    return this.data.users.find((u) => u.username === username);
  }

  async createUser(input: { username: string; displayName: string; role: Role; password: string; mustChangePassword?: boolean }): Promise<UserView> {
    if (this.findUser(input.username)) throw new Error(`user ${input.username} exists`);
    const user: StoredUser = {
      username: input.username,
      displayName: input.displayName,
      role: input.role,
      passwordHash: await hashPassword(input.password, this.hashCost),
      disabled: false,
      createdAt: this.now().toISOString(),
      ...(input.mustChangePassword ? { mustChangePassword: true } : {}),
    };
    this.data.users.push(user);
    await this.persist();
    return toUserView(user);
  }

  async updateUser(username: string, patch: { displayName?: string; role?: Role; disabled?: boolean; password?: string }): Promise<UserView | null> {
    const user = this.findUser(username);
    if (!user) return null;
    if (patch.displayName !== undefined) user.displayName = patch.displayName;
    const roleChanged = patch.role !== undefined && patch.role !== user.role;
    if (patch.role !== undefined) user.role = patch.role;
    if (patch.disabled !== undefined) user.disabled = patch.disabled;
    if (patch.password !== undefined) user.passwordHash = await hashPassword(patch.password, this.hashCost);
    // Disabled, a new password or a new role: every session of the user ends.
    const ended = patch.disabled || patch.password !== undefined || roleChanged ? await this.endSessions((s) => s.username === username) : 0;
    if (!ended) await this.persist();
    return toUserView(user);
  }

  private expiresAt(s: StoredSession): number {
    const { idleMinutes, lifetimeHours } = this.policy();
    const absolute = Date.parse(s.createdAt) + lifetimeHours * 3600_000;
    const seen = this.lastSeen.get(s.tokenHash) ?? Date.parse(s.createdAt);
    return idleMinutes > 0 ? Math.min(absolute, seen + idleMinutes * 60_000) : absolute;
  }

  /** Delay before answering a login for this user, growing with recent failures. */
  loginDelayMs(username: string): number {
    const f = this.failures.get(username.toLowerCase());
    if (!f || this.now().getTime() - f.last > FAILURE_WINDOW_MS) return 0;
    return f.count < 3 ? 0 : Math.min(5000, 250 * 2 ** (f.count - 3));
  }

  /** Attempts for one username run one after another, each after its back-off. */
  login(username: string, password: string): Promise<LoginResult> {
    const key = username.toLowerCase();
    // A login racing the first start's creation of admin waits for it.
    const previous = Promise.all([this.attempts.get(key), this.adminCreation]);
    const attempt = previous.catch(() => {}).then(() => this.tryLogin(key, username, password));
    this.attempts.set(key, attempt);
    void attempt.finally(() => {
      if (this.attempts.get(key) === attempt) this.attempts.delete(key);
    });
    return attempt;
  }

  private async tryLogin(key: string, username: string, password: string): Promise<LoginResult> {
    const f = this.failures.get(key);
    const now = () => this.now().getTime();
    if (f && f.lockedUntil > now()) return { ok: false, reason: 'locked', retryAfterSeconds: Math.ceil((f.lockedUntil - now()) / 1000) };
    const delay = this.loginDelayMs(key);
    if (delay) await sleep(delay);
    const user = this.findUser(username);
    // Hash even for unknown users so timing does not tell which usernames exist.
    const ok = user ? await verifyPassword(password, user.passwordHash) : (await hashPassword(password, this.hashCost), false);
    if (!ok || !user || user.disabled) {
      const recent = f && now() - f.last <= FAILURE_WINDOW_MS ? f.count : 0;
      const count = recent + 1;
      this.failures.set(key, { count, last: now(), lockedUntil: count >= LOCK_AFTER ? now() + LOCK_MS : 0 });
      return { ok: false, reason: 'invalid' };
    }
    this.failures.delete(key);
    if (needsRehash(user.passwordHash, this.hashCost)) user.passwordHash = await hashPassword(password, this.hashCost);
    const token = randomBytes(32).toString('base64url');
    const at = this.now();
    const stored: StoredSession = {
      tokenHash: hashToken(token),
      username: user.username,
      createdAt: at.toISOString(),
      expiresAt: new Date(at.getTime() + this.policy().lifetimeHours * 3600_000).toISOString(),
    };
    this.lastSeen.set(stored.tokenHash, at.getTime());
    this.data.sessions = this.data.sessions.filter((s) => this.expiresAt(s) > at.getTime());
    this.data.sessions.push(stored);
    await this.persist();
    return { ok: true, token, session: sessionOf(stored.tokenHash, user) };
  }

  /** The live session of a token; `touch` counts the call as activity (HTTP requests do). */
  session(token: string | undefined, touch = false): Session | null {
    return token ? this.sessionById(hashToken(token), touch) : null;
  }

  sessionById(id: string, touch = false): Session | null {
    const s = this.data.sessions.find((x) => x.tokenHash === id);
    if (!s) return null;
    const now = this.now().getTime();
    if (this.expiresAt(s) <= now) return null;
    const user = this.findUser(s.username);
    if (!user || user.disabled) return null;
    if (touch) this.lastSeen.set(id, now);
    return sessionOf(id, user);
  }

  /** Ends the token's session; writes only when there was one (junk tokens cost nothing). */
  async logout(token: string): Promise<boolean> {
    const id = hashToken(token);
    return (await this.endSessions((s) => s.tokenHash === id)) > 0;
  }

  /** Ends expired sessions (a timer calls this), so their sockets close too. */
  sweep(): Promise<number> {
    const now = this.now().getTime();
    return this.endSessions((s) => this.expiresAt(s) <= now);
  }

  listSessions(): SessionView[] {
    const now = this.now().getTime();
    return this.data.sessions
      .filter((s) => this.expiresAt(s) > now)
      .map((s) => ({
        id: s.tokenHash.slice(0, 16),
        username: s.username,
        createdAt: s.createdAt,
        lastSeenAt: new Date(this.lastSeen.get(s.tokenHash) ?? Date.parse(s.createdAt)).toISOString(),
        expiresAt: new Date(this.expiresAt(s)).toISOString(),
      }));
  }

  /** Ends the session named by its short id (SessionView.id). */
  async endSession(shortId: string): Promise<boolean> {
    return (await this.endSessions((s) => s.tokenHash.slice(0, 16) === shortId)) > 0;
  }
}
