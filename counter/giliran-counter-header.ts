// The console's top bar: site, counter and its status, officer, printers, hub link, clock,
// language, change counter and sign out. Printer trouble is spelled out; a healthy printer is a dot.
import { LitElement, css, html, nothing } from 'lit';
import type { PrinterStatusView } from '../protocol/live.js';
import type { PublicCounter } from '../protocol/public.js';
import type { ConnectionStatus } from '../ui/hub-connection.js';
import '../ui/giliran-clock.js';
import '../ui/giliran-connection-badge.js';
import { icons } from '../ui/icons.js';
import { baseStyles } from '../ui/theme.js';
import type { User } from './counter-api.js';
import { i18n, type CounterKey } from './counter-strings.js';
import { pillStyles } from './counter-styles.js';

const STATUS = { open: 'statusOpen', paused: 'statusPaused', closed: 'statusClosed' } as const;

export class GiliranCounterHeader extends LitElement {
  static override properties = {
    siteName: {},
    counter: { attribute: false },
    user: { attribute: false },
    printers: { attribute: false },
    status: {},
    offlineSince: { type: Number },
    timezone: {},
    offsetMs: { type: Number },
  };
  static override styles = [
    baseStyles,
    pillStyles,
    css`
      :host {
        display: flex;
        align-items: center;
        gap: 14px;
        font-size: calc(var(--g-text) * 0.9);
        min-width: 0;
      }
      .site {
        flex: 1;
        min-width: 0;
        display: grid;
        line-height: 1.15;
      }
      .site b {
        font-size: var(--g-text);
        white-space: nowrap;
        overflow: hidden;
        text-overflow: ellipsis;
      }
      .site span {
        color: var(--g-fg-muted);
        white-space: nowrap;
        overflow: hidden;
        text-overflow: ellipsis;
      }
      .counter {
        display: flex;
        align-items: center;
        gap: 10px;
        font-size: var(--g-text-lg);
        font-weight: 800;
        white-space: nowrap;
      }
      .counter .pill {
        font-size: var(--g-text);
      }
      .printer {
        display: inline-flex;
        align-items: center;
        gap: 6px;
      }
      .printer svg {
        width: 1.3em;
        height: 1.3em;
      }
      .printer.ok {
        color: var(--g-fg-muted);
      }
      giliran-connection-badge {
        font-size: inherit;
      }
      giliran-clock {
        font-weight: 700;
        font-size: var(--g-text);
      }
      button {
        min-height: 48px;
        min-width: 48px;
        padding: 0 14px;
        background: var(--g-surface);
        white-space: nowrap;
      }
      .langs {
        display: flex;
        gap: 4px;
      }
      .langs button[aria-pressed='true'] {
        background: var(--g-fg);
        color: var(--g-bg);
        font-weight: 700;
      }
    `,
  ];

  siteName = '';
  counter: PublicCounter | null = null;
  user: User | null = null;
  printers: PrinterStatusView[] = [];
  /** null before signing in: there is no live link to show yet. */
  status: ConnectionStatus | null = null;
  offlineSince: number | null = null;
  timezone = 'Asia/Makassar';
  offsetMs = 0;

  constructor() {
    super();
    i18n.bind(this); // re-render on a language change: nobody passes `lang` down
  }

  private fire(name: string): void {
    this.dispatchEvent(new CustomEvent(name, { bubbles: true, composed: true }));
  }

  private renderPrinters() {
    if (this.printers.length === 0) return html`<span class="printer ok" data-printer="none">${icons.printer}${i18n.t('printerNone')}</span>`;
    return this.printers.map((p) => {
      // 'disabled' means no printer is configured: nothing for the officer to fix, so it stays quiet.
      const ok = (p.state === 'online' || p.state === 'disabled') && p.failed === 0;
      const state = i18n.t(`printer_${p.state}` as CounterKey);
      if (ok) return html`<span class="printer ok" data-printer=${p.id} title=${`${p.id}: ${state}`}>${icons.printer}${p.state === 'disabled' ? i18n.t('printerNone') : i18n.t('printerOk')}</span>`;
      const parts = [
        p.state === 'online' ? '' : state,
        p.queued > 0 ? i18n.t('printerQueued', { n: p.queued }) : '',
        p.failed > 0 ? i18n.t('printerFailed', { n: p.failed }) : '',
      ].filter(Boolean);
      const stopped = p.state === 'paper-out' || p.state === 'cover-open' || p.state === 'offline';
      const name = p.id === 'default' ? i18n.t('printers') : p.id;
      return html`<span class="printer pill ${stopped ? 'danger' : 'warn'}" data-printer=${p.id} title=${p.message}>${icons.printer}${name}: ${parts.join(' · ')}</span>`;
    });
  }

  override render() {
    const c = this.counter;
    return html`
      <div class="site">
        <b>${this.siteName || 'Giliran'}</b>
        <span>${i18n.t('title')}${this.user ? ` · ${i18n.t('officer', { name: this.user.displayName || this.user.username })}` : ''}</span>
      </div>
      ${c
        ? html`<div class="counter" data-counter=${c.id}>${c.name}<span class="pill ${c.status === 'open' ? 'ok' : 'warn'}">${i18n.t(STATUS[c.status])}</span></div>`
        : nothing}
      ${this.user ? this.renderPrinters() : nothing}
      ${this.status
        ? html`<giliran-connection-badge compact .status=${this.status} .offlineSince=${this.offlineSince}></giliran-connection-badge>`
        : nothing}
      <giliran-clock .timezone=${this.timezone} .offsetMs=${this.offsetMs}></giliran-clock>
      <div class="langs" role="group" aria-label="Bahasa / Language">
        ${(['id', 'en'] as const).map((l) => html`<button aria-pressed=${i18n.lang === l ? 'true' : 'false'} @click=${() => i18n.setLang(l)}>${l.toUpperCase()}</button>`)}
      </div>
      ${c ? html`<button class="change" @click=${() => this.fire('change-counter')}>${i18n.t('changeCounter')}</button>` : nothing}
      ${this.user ? html`<button class="logout" @click=${() => this.fire('logout')}>${i18n.t('logout')}</button>` : nothing}
    `;
  }
}

customElements.define('giliran-counter-header', GiliranCounterHeader);

declare global {
  interface HTMLElementTagNameMap {
    'giliran-counter-header': GiliranCounterHeader;
  }
}
