// Users and sessions. Sessions are random tokens; only their sha256 is stored, so neither the
// data folder nor a log can hand out working sessions. Failed logins are slowed down per user.
import { createHash, randomBytes } from 'node:crypto';
import type { Role, UserView } from '../../protocol/staff.js';
import type { AuthData, Store, StoredUser } from '../store/store.js';
import { hashPassword, randomPassword, verifyPassword } from './passwords.js';

export const SESSION_HOURS = 12;

export interface Session {
  username: string;
  role: Role;
  displayName: string;
  /** The password was generated for this user: the apps ask for a new one first. */
  mustChangePassword?: boolean;
}

function sha256(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function toUserView(u: StoredUser): UserView {
  return { username: u.username, displayName: u.displayName, role: u.role, disabled: u.disabled, createdAt: u.createdAt };
}

function sessionOf(u: StoredUser): Session {
  return { username: u.username, role: u.role, displayName: u.displayName, ...(u.mustChangePassword ? { mustChangePassword: true } : {}) };
}

export class AuthService {
  private data: AuthData = { users: [], sessions: [] };
  private writing: Promise<void> = Promise.resolve();
  private failures = new Map<string, { count: number; last: number }>();

  constructor(
    private readonly store: Store,
    private readonly now: () => Date,
  ) {}

  /** Loads users and sessions. The first `admin` is created later, by `ensureAdmin`. */
  async load(): Promise<void> {
    this.data = (await this.store.readAuth()) ?? { users: [], sessions: [] };
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
    user.passwordHash = await hashPassword(next);
    delete user.mustChangePassword;
    const keep = sha256(keepToken);
    this.data.sessions = this.data.sessions.filter((s) => s.username !== username || s.tokenHash === keep);
    await this.persist();
    return true;
  }

  /** Serialises writes of auth.json so a later state never loses to an earlier one. */
  private persist(): Promise<void> {
    const snapshot = structuredClone(this.data);
    this.writing = this.writing.catch(() => {}).then(() => this.store.writeAuth(snapshot));
    return this.writing;
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
      passwordHash: await hashPassword(input.password),
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
    if (patch.role !== undefined) user.role = patch.role;
    if (patch.disabled !== undefined) user.disabled = patch.disabled;
    if (patch.password !== undefined) user.passwordHash = await hashPassword(patch.password);
    // A disabled user or a new password ends the user's sessions.
    if (patch.disabled || patch.password !== undefined || patch.role !== undefined) {
      this.data.sessions = this.data.sessions.filter((s) => s.username !== username);
    }
    await this.persist();
    return toUserView(user);
  }

  /** Delay before answering a login for this user, growing with recent failures. */
  loginDelayMs(username: string): number {
    const f = this.failures.get(username.toLowerCase());
    if (!f || this.now().getTime() - f.last > 15 * 60_000) return 0;
    return f.count < 3 ? 0 : Math.min(5000, 250 * 2 ** (f.count - 3));
  }

  async login(username: string, password: string): Promise<{ token: string; session: Session } | null> {
    await this.adminCreation; // a login racing the first start's creation of admin waits for it
    const user = this.findUser(username);
    // Hash even for unknown users so timing does not tell which usernames exist.
    const ok = user ? await verifyPassword(password, user.passwordHash) : (await hashPassword(password), false);
    const key = username.toLowerCase();
    if (!ok || !user || user.disabled) {
      const f = this.failures.get(key) ?? { count: 0, last: 0 };
      this.failures.set(key, { count: f.count + 1, last: this.now().getTime() });
      return null;
    }
    this.failures.delete(key);
    const token = randomBytes(32).toString('base64url');
    const now = this.now();
    const expires = new Date(now.getTime() + SESSION_HOURS * 3600_000);
    this.data.sessions = this.data.sessions.filter((s) => Date.parse(s.expiresAt) > now.getTime());
    this.data.sessions.push({ tokenHash: sha256(token), username: user.username, createdAt: now.toISOString(), expiresAt: expires.toISOString() });
    await this.persist();
    return { token, session: sessionOf(user) };
  }

  session(token: string | undefined): Session | null {
    if (!token) return null;
    const hash = sha256(token);
    const s = this.data.sessions.find((x) => x.tokenHash === hash);
    if (!s || Date.parse(s.expiresAt) <= this.now().getTime()) return null;
    const user = this.findUser(s.username);
    if (!user || user.disabled) return null;
    return sessionOf(user);
  }

  async logout(token: string): Promise<void> {
    const hash = sha256(token);
    this.data.sessions = this.data.sessions.filter((s) => s.tokenHash !== hash);
    await this.persist();
  }
}
