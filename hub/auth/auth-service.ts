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
}

function sha256(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function toUserView(u: StoredUser): UserView {
  return { username: u.username, displayName: u.displayName, role: u.role, disabled: u.disabled, createdAt: u.createdAt };
}

export class AuthService {
  private data: AuthData = { users: [], sessions: [] };
  private writing: Promise<void> = Promise.resolve();
  private failures = new Map<string, { count: number; last: number }>();

  constructor(
    private readonly store: Store,
    private readonly now: () => Date,
  ) {}

  /** Loads users; on first start creates `admin`. Returns the generated password, if any. */
  async load(adminPassword: string | undefined): Promise<{ generatedPassword: string | null }> {
    this.data = (await this.store.readAuth()) ?? { users: [], sessions: [] };
    if (this.data.users.length > 0) return { generatedPassword: null };
    const password = adminPassword ?? randomPassword();
    await this.createUser({ username: 'admin', displayName: 'Administrator', role: 'admin', password });
    return { generatedPassword: adminPassword ? null : password };
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

  async createUser(input: { username: string; displayName: string; role: Role; password: string }): Promise<UserView> {
    if (this.findUser(input.username)) throw new Error(`user ${input.username} exists`);
    const user: StoredUser = {
      username: input.username,
      displayName: input.displayName,
      role: input.role,
      passwordHash: await hashPassword(input.password),
      disabled: false,
      createdAt: this.now().toISOString(),
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
    return { token, session: { username: user.username, role: user.role, displayName: user.displayName } };
  }

  session(token: string | undefined): Session | null {
    if (!token) return null;
    const hash = sha256(token);
    const s = this.data.sessions.find((x) => x.tokenHash === hash);
    if (!s || Date.parse(s.expiresAt) <= this.now().getTime()) return null;
    const user = this.findUser(s.username);
    if (!user || user.disabled) return null;
    return { username: user.username, role: user.role, displayName: user.displayName };
  }

  async logout(token: string): Promise<void> {
    const hash = sha256(token);
    this.data.sessions = this.data.sessions.filter((s) => s.tokenHash !== hash);
    await this.persist();
  }
}
