// The ticket at this counter: its number large, how long it waited, how long since it was called
// or since serving began, recalls, and for visit rooms the session countdown with an alert when it
// ends. It ticks once a second only while it holds a ticket; the timer stops with the ticket.
import { LitElement, css, html, nothing } from 'lit';
import type { PublicCounter } from '../protocol/public.js';
import type { StaffTicket } from '../protocol/staff.js';
import { baseStyles } from '../ui/theme.js';
import { i18n } from './counter-strings.js';
import { pillStyles } from './counter-styles.js';
import './giliran-counter-print.js';
import { formatDuration, sessionClock, since, type SessionClock } from './counter-view.js';
import { TickController } from '../ui/tick-controller.js';

/** The countdown turns amber this long before the session ends. */
const SESSION_WARN_MS = 5 * 60_000;
/** While the officer has not acknowledged an ended session, the alert sounds again this often. */
const REALERT_MS = 60_000;

export class GiliranCounterCurrent extends LitElement {
  static override properties = {
    ticket: { attribute: false },
    counter: { attribute: false },
    serviceName: { attribute: false },
    fromStage: { attribute: false },
    maxRecalls: { type: Number },
    offsetMs: { type: Number },
    ended: { type: Boolean, reflect: true },
  };
  static override styles = [
    baseStyles,
    pillStyles,
    css`
      :host {
        display: grid;
        align-content: center;
        gap: 10px;
        position: relative;
        background: var(--g-surface);
        border-radius: var(--g-radius);
        padding: 16px 24px;
        font-size: var(--g-text);
        border: 4px solid transparent;
        min-height: 0;
      }
      :host([ended]) {
        border-color: var(--g-danger);
      }
      .top {
        display: flex;
        flex-wrap: wrap;
        gap: 10px;
        align-items: center;
      }
      .service {
        color: var(--g-fg-muted);
      }
      .number {
        font-size: clamp(64px, 14.5vmin, 210px);
        line-height: 1;
      }
      .times {
        display: flex;
        flex-wrap: wrap;
        gap: 8px 28px;
      }
      .times div {
        display: grid;
      }
      .times small {
        color: var(--g-fg-muted);
        font-size: 0.8em;
      }
      .times b {
        font-family: var(--g-font-num);
        font-size: 1.25em;
      }
      .session {
        display: flex;
        align-items: center;
        gap: 14px;
        padding: 8px 14px;
        border-radius: 12px;
        background: var(--g-surface-2);
      }
      .session b {
        font-family: var(--g-font-num);
        font-size: 1.5em;
      }
      .session.warn {
        background: var(--g-warn);
        color: #000;
      }
      .session.over {
        background: var(--g-danger);
        color: #fff;
      }
      .bar {
        flex: 1;
        height: 10px;
        border-radius: 5px;
        background: rgba(255, 255, 255, 0.2);
        overflow: hidden;
      }
      .bar i {
        display: block;
        height: 100%;
        background: currentColor;
      }
      .alert {
        position: absolute;
        inset: 0;
        display: grid;
        place-content: center;
        justify-items: center;
        gap: 12px;
        background: var(--g-danger);
        border-radius: calc(var(--g-radius) - 4px);
        font-size: var(--g-text-lg);
        font-weight: 800;
        text-align: center;
        animation: flash 1s steps(2) infinite;
      }
      .alert button {
        background: #fff;
        color: #000;
        padding: 0 40px;
        font-weight: 800;
      }
      @keyframes flash {
        50% {
          background: #b3262b;
        }
      }
      .empty h2 {
        margin: 0;
        font-size: var(--g-text-lg);
      }
      .empty p {
        margin: 6px 0 0;
        color: var(--g-fg-muted);
      }
    `,
  ];

  ticket: StaffTicket | null = null;
  counter: PublicCounter | null = null;
  serviceName = '';
  fromStage: string | null = null;
  maxRecalls = 3;
  offsetMs = 0;
  /** Reflected so the console (and tests) can see a session that ran out. */
  ended = false;
  /** The session countdown moves every second while a ticket is shown. */
  protected readonly tick = new TickController(this, { everyMs: 1000, while: () => !!this.ticket });
  private acknowledged: string | null = null;
  private lastAlertAt = 0;
  private clock: SessionClock | null = null;

  constructor() {
    super();
    i18n.bind(this); // re-render on a language change: nobody passes `lang` down
  }

  private now(): number {
    return Date.now() + this.offsetMs;
  }

  /** The countdown for this render; sets `ended` before rendering (no second update). */
  override willUpdate(): void {
    this.clock = this.counter && this.ticket ? sessionClock(this.counter, this.ticket, this.now()) : null;
    this.ended = this.clock?.leftMs != null && this.clock.leftMs <= 0;
    const id = this.ticket?.id;
    if (!this.ended || !id || this.acknowledged === id) return;
    // Sound the alert when the session ends, then again every REALERT_MS until acknowledged.
    const t = Date.now();
    if (t - this.lastAlertAt < REALERT_MS) return;
    this.lastAlertAt = t;
    this.dispatchEvent(new CustomEvent('session-ended', { bubbles: true, composed: true, detail: id }));
  }

  private acknowledge(): void {
    this.acknowledged = this.ticket?.id ?? null;
    this.lastAlertAt = 0;
    this.requestUpdate();
  }

  private renderSession() {
    const clock = this.clock;
    if (!clock) return nothing;
    const minutes = Math.round(clock.totalMs / 60_000);
    if (clock.leftMs === null) return html`<div class="session">${i18n.t('sessionNotStarted', { n: minutes })}</div>`;
    const left = clock.leftMs;
    const cls = left <= 0 ? 'over' : left <= SESSION_WARN_MS ? 'warn' : '';
    const pct = Math.max(0, Math.min(100, (left / clock.totalMs) * 100));
    return html`<div class="session ${cls}" data-left=${Math.round(left / 1000)}>
      <span>${left <= 0 ? i18n.t('sessionEnded') : i18n.t('session')}</span>
      <div class="bar"><i style="width:${pct}%"></i></div>
      <b>${left <= 0 ? `-${formatDuration(-left)}` : formatDuration(left)}</b>
    </div>`;
  }

  override render() {
    const t = this.ticket;
    if (!t) {
      return html`<div class="empty"><h2>${i18n.t('noTicket')}</h2><p>${i18n.t('noTicketHint')}</p></div>`;
    }
    const now = this.now();
    const serving = t.status === 'serving';
    const waitedMs = Date.parse(t.calledAt ?? '') - Date.parse(t.queuedAt);
    const ready = t.status === 'called' && t.recalls >= this.maxRecalls;
    return html`
      <div class="top">
        <span class="pill ${serving ? 'ok' : 'warn'}" data-status=${t.status}>${i18n.t(serving ? 'stServing' : 'stCalled')}</span>
        ${t.priority ? html`<span class="pill prio">${i18n.t('priority')}</span>` : nothing}
        <span class="service">${this.serviceName}${this.fromStage ? ` · ${i18n.t('fromStage', { stage: this.fromStage })}` : ''}</span>
        <giliran-counter-print .ticket=${t}></giliran-counter-print>
      </div>
      <div class="number num" data-number=${t.number}>${t.number}</div>
      <div class="times">
        <div><small>${i18n.t('waited')}</small><b>${formatDuration(Number.isFinite(waitedMs) ? waitedMs : 0)}</b></div>
        ${serving
          ? html`<div><small>${i18n.t('serving')}</small><b class="serving-time">${formatDuration(since(t.startedAt, now))}</b></div>`
          : html`<div><small>${i18n.t('sinceCall')}</small><b>${formatDuration(since(t.calledAt, now))}</b></div>`}
        <div><small>${i18n.t('recalls')}</small><b class=${ready ? 'pill danger' : ''}>${t.recalls}/${this.maxRecalls}</b></div>
      </div>
      ${this.renderSession()}
      ${this.ended && this.acknowledged !== t.id
        ? html`<div class="alert" role="alert">
            <span>${i18n.t('sessionEnded')}</span>
            <span>${i18n.t('sessionEndedHint', { number: t.number })}</span>
            <button @click=${this.acknowledge}>${i18n.t('acknowledge')}</button>
          </div>`
        : nothing}
    `;
  }
}

customElements.define('giliran-counter-current', GiliranCounterCurrent);

declare global {
  interface HTMLElementTagNameMap {
    'giliran-counter-current': GiliranCounterCurrent;
  }
}
