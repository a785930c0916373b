// The officer console at /counter/: sign in, pick a counter (remembered by the device), then work
// it. The sign-in and the live link are ui/session-controller.ts (shared with the admin app); a
// lost session (401 from an action, or a socket the hub no longer treats as staff) leads back to
// the sign-in, keeping the counter choice.
import { LitElement, css, html, nothing } from 'lit';
import type { PublicState } from '../protocol/public.js';
import type { StaffState } from '../protocol/staff.js';
import { api } from '../ui/api.js';
import { SessionController } from '../ui/session-controller.js';
import { baseStyles } from '../ui/theme.js';
import { logout, me, type User } from './counter-api.js';
import { loadCounterChoice, saveCounterChoice } from './counter-device.js';
import { i18n } from './counter-strings.js';
import { findCounter } from './counter-view.js';
import './giliran-counter-console.js';
import './giliran-counter-header.js';
import './giliran-counter-login.js';
import './giliran-counter-picker.js';

export class GiliranCounter extends LitElement {
  static override properties = {
    picking: { state: true },
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

  /** Showing the counter list (no counter chosen yet, or "change counter"). */
  picking = false;
  private counterId: string | null = loadCounterChoice();
  /** Site name and counters for the sign-in page, from the public state. */
  private publicState: PublicState | null = null;
  private readonly session = new SessionController<User>(this, {
    me,
    logout,
    retryMs: 3000,
    beforeReady: async () => {
      this.picking = !this.counterId;
    },
    endedNotice: () => i18n.t('sessionExpired'),
    onLogin: () => void this.loadPublic(),
  });

  constructor() {
    super();
    i18n.bind(this);
    document.documentElement.lang = i18n.lang;
  }

  private async loadPublic(): Promise<void> {
    this.publicState = await api<PublicState>('/api/state').catch(() => null);
    this.requestUpdate();
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
    const session = this.session;
    if (session.phase === 'checking') return html`<div class="wait">${i18n.t('loading')}</div>`;
    if (session.phase === 'login') {
      const site = this.publicState;
      const counter = site?.counters.find((c) => c.id === this.counterId);
      return html`<giliran-counter-login
        .username=${session.lastUsername}
        .siteName=${site?.site.siteName ?? ''}
        .notice=${session.notice}
        .counterName=${counter?.name ?? ''}
        @signed-in=${(e: CustomEvent<User>) => void session.signedIn(e.detail)}
      ></giliran-counter-login>`;
    }
    if (!state) return html`<div class="wait">${i18n.t('loading')}</div>`;
    if (this.picking || !findCounter(state, this.counterId)) {
      return html`<giliran-counter-picker .counters=${state.counters} .services=${state.services} .current=${this.counterId} @pick=${(e: CustomEvent<string>) => this.pick(e.detail)}></giliran-counter-picker>`;
    }
    return html`<giliran-counter-console
      .state=${state}
      .counterId=${this.counterId}
      .offsetMs=${session.conn?.clockOffsetMs ?? 0}
      @session-lost=${() => session.ended()}
      @counter-gone=${this.counterGone}
      @resync=${() => session.conn?.requestSnapshot()}
    ></giliran-counter-console>`;
  }

  override render() {
    const conn = this.session.conn;
    const state = this.session.state;
    const site = state ?? this.publicState;
    const counter = state && !this.picking ? findCounter(state, this.counterId) : null;
    return html`
      <giliran-counter-header
        role="banner"
        .siteName=${site?.site.siteName ?? ''}
        .counter=${counter}
        .user=${this.session.user}
        .printers=${conn ? [...conn.printers.values()] : []}
        .status=${conn?.status ?? null}
        .offlineSince=${conn?.offlineSince ?? null}
        .timezone=${site?.site.timezone ?? 'Asia/Makassar'}
        .offsetMs=${conn?.clockOffsetMs ?? 0}
        @change-counter=${() => (this.picking = true)}
        @logout=${() => void this.session.signOut()}
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
