// The sign-in and live lifecycle of a staff app (counter console, admin): who is signed in, the
// must-change-password step, sign-out, and the staff socket. The socket is opened only with a
// session and reopened at each sign-in, because the hub decides a socket's role from the session
// cookie at connect time. A session that ends (sign-out elsewhere, idle timeout, an admin ending
// it, a 401 an element reports) leads back to the sign-in, with a notice and the last username.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Role, StaffState } from '../protocol/staff.js';
import { HubConnection } from './hub-connection.js';

export interface SignedIn {
  username: string;
  role: Role;
  /** A generated first password: the app asks for a new one before anything else. */
  mustChangePassword?: boolean;
}

export type SessionPhase = 'checking' | 'login' | 'ready';

export interface SessionOptions<U extends SignedIn> {
  /** GET /api/me: the user, null without a session; throws when the hub cannot be reached. */
  me: () => Promise<U | null>;
  /** POST /api/logout (the page forgets the session even if this fails). */
  logout: () => Promise<unknown>;
  /** Whether this app serves the user (the admin app: admins only). Default: everyone. */
  accepts?: (user: U) => boolean;
  /** Retry `me` after this long while the hub cannot be reached; null: show the sign-in at once. */
  retryMs?: number | null;
  /** Runs after sign-in, before the socket opens; a throw ends the session (admin: load the config). */
  beforeReady?: (user: U) => Promise<void>;
  /** More listeners on each new connection; returns their removers. */
  onConnection?: (conn: HubConnection<StaffState>) => (() => void)[];
  /** The words shown at the sign-in when a session ended by itself. */
  endedNotice: () => string;
  /** Called when the sign-in is shown (the counter fetches the public site name for it). */
  onLogin?: () => void;
}

export class SessionController<U extends SignedIn> implements ReactiveController {
  phase: SessionPhase = 'checking';
  user: U | null = null;
  /** Signed in but not served here (an officer at the admin app). */
  refused: U | null = null;
  /** Filled in again after a lost session, so the user only types the password. */
  lastUsername = '';
  /** Why the sign-in is shown again, or what just happened (a changed password). */
  notice = '';
  conn: HubConnection<StaffState> | null = null;
  private offConn: (() => void)[] = [];
  private retry: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: SessionOptions<U>,
  ) {
    host.addController(this);
  }

  /** The live staff state, or null while there is none (or the socket was seen as public). */
  get state(): StaffState | null {
    const s = this.conn?.state;
    return s && 'me' in s ? s : null;
  }

  hostConnected(): void {
    void this.check();
  }

  hostDisconnected(): void {
    this.stopLive();
    if (this.retry) clearTimeout(this.retry);
    this.retry = null;
  }

  /** Who is signed in? Retries while the hub cannot be reached (if retryMs is set). */
  private async check(): Promise<void> {
    this.retry = null;
    let user: U | null;
    try {
      user = await this.options.me();
    } catch {
      const ms = this.options.retryMs;
      if (ms != null) {
        this.retry = setTimeout(() => void this.check(), ms);
        return;
      }
      user = null;
    }
    if (user && this.accepts(user)) return this.signedIn(user);
    this.refused = user;
    this.toLogin('');
  }

  private accepts(user: U): boolean {
    return this.options.accepts?.(user) ?? true;
  }

  /** A sign-in succeeded (the login form's event). A user this app does not serve is refused. */
  async signedIn(user: U): Promise<void> {
    if (!this.accepts(user)) {
      this.refused = user;
      return this.toLogin('');
    }
    this.stopLive();
    this.user = user;
    this.refused = null;
    this.lastUsername = user.username;
    this.notice = '';
    if (this.options.beforeReady) {
      try {
        await this.options.beforeReady(user);
      } catch {
        return this.ended();
      }
    }
    const conn = new HubConnection<StaffState>();
    this.conn = conn;
    this.offConn = [
      conn.subscribe(() => {
        // A socket the hub saw without a valid session gets the public state: the session is gone.
        if (conn.state && !('me' in conn.state)) this.ended();
        else this.host.requestUpdate();
      }),
      ...(this.options.onConnection?.(conn) ?? []),
    ];
    conn.connect();
    this.phase = 'ready';
    this.host.requestUpdate();
  }

  /** The password was changed: the hub answers with the user, no longer `mustChangePassword`. */
  passwordChanged(user: U, notice = ''): void {
    this.user = user;
    this.notice = notice;
    this.host.requestUpdate();
  }

  /** The session ended by itself (expired, ended by an admin, a 401): back to the sign-in. */
  ended(notice = this.options.endedNotice()): void {
    this.stopLive();
    this.user = null;
    this.toLogin(notice);
  }

  async signOut(): Promise<void> {
    this.stopLive();
    await this.options.logout();
    this.user = null;
    this.toLogin('');
  }

  /** Forget a refused user (to sign in with another account). */
  clearRefused(): void {
    this.refused = null;
    this.host.requestUpdate();
  }

  private toLogin(notice: string): void {
    this.notice = notice;
    this.phase = 'login';
    this.host.requestUpdate();
    this.options.onLogin?.();
  }

  private stopLive(): void {
    for (const off of this.offConn) off();
    this.offConn = [];
    this.conn?.disconnect();
    this.conn = null;
  }
}
