// The tickets waiting for this counter's services, in calling order, with priority marks and how
// long each has waited. Any row can be called out of order (the console asks for a reason). The
// waited times are refreshed every 15 s while the list is on screen.
import { LitElement, css, html, nothing } from 'lit';
import type { PublicService } from '../protocol/public.js';
import type { StaffTicket } from '../protocol/staff.js';
import { formatElapsed } from '../ui/i18n.js';
import { baseStyles } from '../ui/theme.js';
import { i18n } from './counter-strings.js';
import { pillStyles } from './counter-styles.js';
import { printTrouble } from './counter-view.js';
import './giliran-counter-print.js';
import { TickController } from '../ui/tick-controller.js';

export class GiliranCounterWaiting extends LitElement {
  static override properties = {
    tickets: { attribute: false },
    headIsNext: { type: Boolean },
    services: { attribute: false },
    showService: { type: Boolean },
    offsetMs: { type: Number },
    busy: { type: Boolean },
  };
  static override styles = [
    baseStyles,
    pillStyles,
    css`
      :host {
        display: grid;
        grid-template-rows: auto minmax(0, 1fr);
        background: var(--g-surface);
        border-radius: var(--g-radius);
        font-size: var(--g-text);
        min-height: 0;
        overflow: hidden;
      }
      h2 {
        margin: 0;
        padding: 14px 20px;
        font-size: var(--g-text-lg);
        border-bottom: 2px solid var(--g-surface-2);
      }
      ol {
        list-style: none;
        margin: 0;
        padding: 8px 12px;
        overflow-y: auto;
        display: grid;
        align-content: start;
        gap: 6px;
      }
      li {
        display: grid;
        grid-template-columns: auto minmax(0, 1fr) auto;
        align-items: center;
        gap: 12px;
        padding: 6px 8px 6px 12px;
        border-radius: 12px;
        background: var(--g-bg);
      }
      li.head {
        outline: 3px solid var(--g-primary);
      }
      .num {
        font-size: 1.35em;
      }
      .meta {
        display: flex;
        flex-wrap: wrap;
        gap: 4px 10px;
        align-items: center;
        color: var(--g-fg-muted);
        font-size: 0.85em;
        min-width: 0;
      }
      .meta .pill {
        color: var(--g-fg);
      }
      .meta .pill.prio {
        color: var(--g-accent-fg);
      }
      .meta .pill.booked {
        background: var(--g-ok);
        color: #04220f;
        font-weight: 700;
      }
      button.call {
        min-height: 48px;
        padding: 0 18px;
        background: var(--g-surface-2);
        font-weight: 700;
      }
      giliran-counter-print {
        grid-column: 1 / -1;
      }
      .next {
        color: var(--g-primary-fg);
        background: var(--g-primary);
      }
      .empty {
        padding: 20px;
        color: var(--g-fg-muted);
      }
    `,
  ];

  tickets: StaffTicket[] = [];
  headIsNext = true;
  services: PublicService[] = [];
  /** Name the service on each row (a counter serving more than one). */
  showService = false;
  offsetMs = 0;
  busy = false;
  /** "Waiting n min" moves on by itself. */
  protected readonly tick = new TickController(this, { everyMs: 15_000 });

  constructor() {
    super();
    i18n.bind(this); // re-render on a language change: nobody passes `lang` down
  }

  private name(id: string): string {
    const s = this.services.find((x) => x.id === id);
    return s ? i18n.name(s.name) : id;
  }

  private call(t: StaffTicket): void {
    this.dispatchEvent(new CustomEvent('call-ticket', { detail: t, bubbles: true, composed: true }));
  }

  private row(t: StaffTicket, i: number) {
    const head = i === 0 && this.headIsNext;
    const from = t.history.at(-1);
    return html`<li class=${head ? 'head' : ''} data-number=${t.number}>
      <span class="num">${t.number}</span>
      <span class="meta">
        ${t.priority ? html`<span class="pill prio">${i18n.t('priority')}</span>` : nothing}
        ${t.booking ? html`<span class="pill booked" data-booked=${t.booking.code} title=${t.booking.code}>${i18n.t('bookedMark')}</span>` : nothing}
        ${head ? html`<span class="pill next">${i18n.t('nextMark')}</span>` : nothing}
        ${this.showService ? html`<span>${this.name(t.service)}</span>` : nothing}
        ${from ? html`<span>${i18n.t('fromStage', { stage: this.name(from) })}</span>` : nothing}
        <span>${formatElapsed(i18n.lang, Date.now() + this.offsetMs - Date.parse(t.queuedAt))}</span>
      </span>
      ${head ? html`<span></span>` : html`<button class="call" ?disabled=${this.busy} @click=${() => this.call(t)}>${i18n.t('callThis')}</button>`}
      ${printTrouble(t) ? html`<giliran-counter-print .ticket=${t} .busy=${this.busy}></giliran-counter-print>` : nothing}
    </li>`;
  }

  override render() {
    return html`<h2>${i18n.t('waitingTitle', { n: this.tickets.length })}</h2>
      ${this.tickets.length === 0 ? html`<div class="empty">${i18n.t('waitingEmpty')}</div>` : html`<ol>${this.tickets.map((t, i) => this.row(t, i))}</ol>`}`;
  }
}

customElements.define('giliran-counter-waiting', GiliranCounterWaiting);

declare global {
  interface HTMLElementTagNameMap {
    'giliran-counter-waiting': GiliranCounterWaiting;
  }
}
