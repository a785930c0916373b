// The officer console at /counter/: sign in, pick a counter (remembered by the device), then work
// it. The live link is opened only with a session, and reopened at each sign-in, because the hub
// decides a socket's role from the session cookie at connect time. A lost session (401 from an
// action, or a socket the hub no longer treats as staff) leads back to the sign-in, keeping the
// counter choice.
import { LitElement, css, html, nothing } from 'lit';
import type { PublicState } from '../protocol/public.js';
import type { StaffState } from '../protocol/staff.js';
import { api } from '../ui/api.js';
import { HubConnection } from '../ui/hub-connection.js';
import { baseStyles } from '../ui/theme.js';
import { logout, me, type User } from './counter-api.js';
import { loadCounterChoice, saveCounterChoice } from './counter-device.js';
import { i18n } from './counter-strings.js';
import { findCounter } from './counter-view.js';
import './giliran-counter-console.js';
import './giliran-counter-header.js';
import './giliran-counter-login.js';
import './giliran-counter-picker.js';

type Phase = 'checking' | 'login' | 'work';

export class GiliranCounter extends LitElement {
  static override properties = {
    phase: { reflect: true },
    picking: { state: true },
    notice: { state: true },
  };
  static override styles = [
    baseStyles,
    css`
      :host {
        display: flex;
        flex-direction: column;
        gap: 14px;
        height: 100vh;
        height: 100dvh;
        padding: 14px 18px 18px;
        overflow: hidden;
        background: var(--g-bg);
      }
      main {
        display: contents;
      }
      .banner {
        padding: 10px 16px;
        border-radius: 12px;
        background: var(--g-danger);
        color: #fff;
        font-weight: 700;
        font-size: var(--g-text);
      }
      giliran-counter-console,
      giliran-counter-picker,
      giliran-counter-login,
      .wait {
        flex: 1;
        min-height: 0;
      }
      .wait {
        display: grid;
        place-items: center;
        font-size: var(--g-text-lg);
        color: var(--g-fg-muted);
      }
    `,
  ];

  phase: Phase = 'checking';
  /** Showing the counter list (no counter chosen yet, or "change counter"). */
  picking = false;
  notice = '';
  private user: User | null = null;
  /** Filled in again after a lost session, so the officer only types the password. */
  private lastUsername = '';
  private counterId: string | null = loadCounterChoice();
  private conn: HubConnection<StaffState> | null = null;
  private offLive: (() => void) | null = null;
  /** Site name and counters for the sign-in page, from the public state. */
  private publicState: PublicState | null = null;
  private retry: ReturnType<typeof setTimeout> | null = null;

  constructor() {
    super();
    i18n.bind(this);
    document.documentElement.lang = i18n.lang;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.check();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopLive();
    if (this.retry) clearTimeout(this.retry);
  }

  /** Who is signed in? Retries while the hub cannot be reached. */
  private async check(): Promise<void> {
    this.retry = null;
    try {
      const user = await me();
      if (user) return this.startLive(user);
      this.phase = 'login';
      void this.loadPublic();
    } catch {
      this.retry = setTimeout(() => void this.check(), 3000);
    }
  }

  private async loadPublic(): Promise<void> {
    this.publicState = await api<PublicState>('/api/state').catch(() => null);
    this.requestUpdate();
  }

  private startLive(user: User): void {
    this.stopLive();
    this.user = user;
    this.lastUsername = user.username;
    this.notice = '';
    this.picking = !this.counterId;
    const conn = new HubConnection<StaffState>();
    this.conn = conn;
    this.offLive = conn.subscribe(() => {
      // A socket the hub saw without a valid session gets the public state: the session is gone.
      if (conn.state && !('me' in conn.state)) this.sessionLost();
      else this.requestUpdate();
    });
    conn.connect();
    this.phase = 'work';
  }

  private stopLive(): void {
    this.offLive?.();
    this.offLive = null;
    this.conn?.disconnect();
    this.conn = null;
  }

  private sessionLost(): void {
    this.stopLive();
    this.user = null;
    this.notice = i18n.t('sessionExpired');
    this.phase = 'login';
    void this.loadPublic();
  }

  private async signOut(): Promise<void> {
    this.stopLive();
    await logout();
    this.user = null;
    this.notice = '';
    this.phase = 'login';
    void this.loadPublic();
  }

  private pick(id: string): void {
    this.counterId = id;
    saveCounterChoice(id);
    this.picking = false;
  }

  private counterGone(): void {
    this.counterId = null;
    saveCounterChoice(null);
    this.picking = true;
  }

  private renderBody(state: StaffState | null) {
    if (this.phase === 'checking') return html`<div class="wait">${i18n.t('loading')}</div>`;
    if (this.phase === 'login') {
      const site = this.publicState;
      const counter = site?.counters.find((c) => c.id === this.counterId);
      return html`<giliran-counter-login
        .username=${this.lastUsername}
        .siteName=${site?.site.siteName ?? ''}
        .notice=${this.notice}
        .counterName=${counter?.name ?? ''}
        .lang=${i18n.lang}
        @logged-in=${(e: CustomEvent<User>) => this.startLive(e.detail)}
      ></giliran-counter-login>`;
    }
    if (!state) return html`<div class="wait">${i18n.t('loading')}</div>`;
    if (this.picking || !findCounter(state, this.counterId)) {
      return html`<giliran-counter-picker .counters=${state.counters} .services=${state.services} .current=${this.counterId} .lang=${i18n.lang} @pick=${(e: CustomEvent<string>) => this.pick(e.detail)}></giliran-counter-picker>`;
    }
    return html`<giliran-counter-console
      .state=${state}
      .counterId=${this.counterId}
      .offsetMs=${this.conn?.clockOffsetMs ?? 0}
      .lang=${i18n.lang}
      @session-lost=${this.sessionLost}
      @counter-gone=${this.counterGone}
      @resync=${() => this.conn?.requestSnapshot()}
    ></giliran-counter-console>`;
  }

  override render() {
    const conn = this.conn;
    const state = conn?.state && 'me' in conn.state ? conn.state : null;
    const site = state ?? this.publicState;
    const counter = state && !this.picking ? findCounter(state, this.counterId) : null;
    return html`
      <giliran-counter-header
        role="banner"
        .siteName=${site?.site.siteName ?? ''}
        .counter=${counter}
        .user=${this.user}
        .printers=${conn ? [...conn.printers.values()] : []}
        .status=${conn?.status ?? null}
        .offlineSince=${conn?.offlineSince ?? null}
        .timezone=${site?.site.timezone ?? 'Asia/Makassar'}
        .offsetMs=${conn?.clockOffsetMs ?? 0}
        .lang=${i18n.lang}
        @change-counter=${() => (this.picking = true)}
        @logout=${this.signOut}
      ></giliran-counter-header>
      ${conn?.health && !conn.health.writable ? html`<div class="banner" role="alert">${i18n.t('readOnly')}</div>` : nothing}
      <main>
        ${counter ? html`<h1 class="sr-only">${i18n.t('title')} · ${counter.name}</h1>` : nothing}
        ${this.renderBody(state)}
      </main>
    `;
  }
}

customElements.define('giliran-counter', GiliranCounter);

declare global {
  interface HTMLElementTagNameMap {
    'giliran-counter': GiliranCounter;
  }
}
