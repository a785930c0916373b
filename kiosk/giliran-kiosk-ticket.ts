// The ticket just taken: number, service, people ahead, estimated wait, the QR code to the phone
// page and what the printer did. It follows the print outcome for a few seconds, then says 'done'.
import { LitElement, css, html, type PropertyValues } from 'lit';
import type { Lang } from '../protocol/config.js';
import type { PublicTicket } from '../protocol/public.js';
import type { PrintOutcome } from '../protocol/ticket.js';
import { api } from '../ui/api.js';
import '../ui/giliran-qr.js';
import { formatMinutes } from '../ui/i18n.js';
import { icons } from '../ui/icons.js';
import { baseStyles } from '../ui/theme.js';
import { i18n, type KioskKey } from './kiosk-strings.js';
import { TickController } from '../ui/tick-controller.js';

/** A print still pending after this long is shown as a problem: the visitor should not wait. */
const PENDING_GIVE_UP_MS = 12_000;
const SHOW_PRINTED_S = 12;
const SHOW_PROBLEM_S = 30;

type Outcome = 'printing' | 'printed' | 'problem' | 'none';

export function printOutcome(print: PrintOutcome): Outcome {
  if (print === 'pending') return 'printing';
  if (print === 'printed') return 'printed';
  if (print === 'none') return 'none';
  return 'problem'; // waiting, failed, check
}

/** Large enough to scan from a phone held at arm's length, small enough to leave room. */
const qrSize = () => Math.round(Math.min(innerWidth, innerHeight) * (innerHeight > innerWidth ? 0.5 : 0.36));

const outcomeText: Record<Outcome, KioskKey> = { printing: 'printing', printed: 'printed', problem: 'printProblem', none: 'noPrinter' };

export class GiliranKioskTicket extends LitElement {
  static override properties = {
    ticket: { attribute: false },
    serviceName: { attribute: 'service-name' },
    phoneUrl: { attribute: 'phone-url' },
    lang: { reflect: true },
    outcome: { state: true },
    secondsLeft: { state: true },
  };
  static override styles = [
    baseStyles,
    css`
      :host {
        display: grid;
        grid-template-columns: 1fr auto;
        grid-template-rows: 1fr auto;
        gap: var(--g-gap);
        height: 100%;
        min-height: 0;
      }
      @media (orientation: portrait) {
        :host {
          grid-template-columns: 1fr;
          grid-template-rows: minmax(0, 1fr) auto minmax(0, 1fr);
          justify-items: center;
          text-align: center;
        }
        .main {
          align-self: end;
        }
        :host .print {
          flex-wrap: wrap;
          font-size: var(--g-text-xl);
        }
        .print .text {
          flex: 1 1 60%;
        }
        .print .done {
          flex: 1 0 100%;
          min-height: 12vmin;
        }
      }
      .main {
        display: flex;
        flex-direction: column;
        justify-content: center;
        gap: 1vmin;
        min-height: 0;
      }
      .label {
        font-size: var(--g-text-lg);
        color: var(--g-fg-muted);
      }
      .number {
        font-size: 24vmin;
        line-height: 1;
        color: var(--g-accent);
      }
      .service {
        font-size: var(--g-text-xl);
        font-weight: 700;
      }
      .tag {
        display: inline-block;
        font-size: var(--g-text);
        background: var(--g-warn);
        color: #000;
        padding: 4px 14px;
        border-radius: 999px;
        margin-left: 12px;
        vertical-align: middle;
      }
      .stats {
        display: flex;
        gap: 4vmin;
        margin-top: 2vmin;
      }
      @media (orientation: portrait) {
        .stats {
          justify-content: center;
        }
      }
      /* What to do now, under the QR code: where the eye goes after taking the ticket. */
      .next {
        margin-top: 1vmin;
        padding: 1.2vmin 2vmin;
        border-radius: var(--g-radius);
        background: var(--g-surface);
        font-size: var(--g-text-lg);
        font-weight: 700;
      }
      .stat b {
        display: block;
        font-size: var(--g-text-xl);
      }
      .stat span {
        font-size: var(--g-text);
        color: var(--g-fg-muted);
      }
      .qr {
        display: flex;
        flex-direction: column;
        align-items: center;
        justify-content: center;
        gap: 1.5vmin;
        text-align: center;
        max-width: 56vmin;
        font-size: var(--g-text-lg);
      }
      .print {
        grid-column: 1 / -1;
        align-self: end;
        display: flex;
        align-items: center;
        gap: 2vmin;
        padding: 2vmin 3vmin;
        border-radius: var(--g-radius);
        font-size: var(--g-text-lg);
        font-weight: 700;
        background: var(--g-surface-2);
        width: 100%;
      }
      .print[data-outcome='printed'] {
        background: var(--g-ok);
        color: #00210f;
      }
      .print[data-outcome='problem'] {
        background: var(--g-danger);
        color: #fff;
      }
      .print .i {
        width: 6vmin;
        height: 6vmin;
        flex: none;
      }
      .print .text {
        flex: 1;
        text-align: left;
      }
      .done {
        background: var(--g-fg);
        color: var(--g-bg);
        padding: 0 4vmin;
        font-weight: 800;
        display: flex;
        flex-direction: column;
        justify-content: center;
        min-width: 24vmin;
      }
      .done small {
        font-weight: 400;
        font-size: 0.6em;
      }
    `,
  ];

  ticket!: PublicTicket;
  serviceName = '';
  phoneUrl = '';
  override lang: Lang = 'id';
  outcome: Outcome = 'printing';
  secondsLeft = SHOW_PROBLEM_S;
  private deadline = 0;
  /** Counts down to going back to the start; stops once done. */
  private tick = new TickController(this, { everyMs: 250, while: () => !this.finished, onTick: () => this.onTick() });
  private finished = false;
  private poll: ReturnType<typeof setTimeout> | null = null;
  private shownAt = 0;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('ticket')) return;
    this.shownAt = Date.now();
    this.setOutcome(printOutcome(this.ticket.print));
  }

  override connectedCallback(): void {
    this.finished = false; // before the controllers hear of the connection
    super.connectedCallback();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.poll) clearTimeout(this.poll);
    this.poll = null;
  }

  private setOutcome(o: Outcome): void {
    this.outcome = o;
    this.secondsLeft = o === 'printed' ? SHOW_PRINTED_S : SHOW_PROBLEM_S;
    this.deadline = Date.now() + this.secondsLeft * 1000;
    if (o === 'printing') this.followPrint();
  }

  /** Asks the hub how printing went, once a second, until it is decided or we give up. */
  private followPrint(): void {
    if (this.poll) clearTimeout(this.poll);
    const id = this.ticket.id;
    this.poll = setTimeout(async () => {
      this.poll = null;
      if (this.ticket.id !== id || this.outcome !== 'printing') return;
      if (Date.now() - this.shownAt > PENDING_GIVE_UP_MS) return this.setOutcome('problem');
      const t = await api<PublicTicket>(`/api/tickets/${encodeURIComponent(id)}`, { timeoutMs: 3000 }).catch(() => null);
      if (this.ticket.id !== id || !this.isConnected) return;
      const next = t ? printOutcome(t.print) : 'printing';
      if (next === 'printing') this.followPrint();
      else this.setOutcome(next);
    }, 1000);
  }

  private onTick(): void {
    this.secondsLeft = Math.max(0, Math.ceil((this.deadline - Date.now()) / 1000));
    if (this.secondsLeft === 0 && this.outcome !== 'printing') this.finish();
  }

  private finish(): void {
    this.finished = true;
    this.tick.stop();
    this.dispatchEvent(new CustomEvent('done', { bubbles: true, composed: true }));
  }

  override render() {
    const t = this.ticket;
    // Without a printer there is nothing to take: no printer icon, only what to do instead.
    const icon = this.outcome === 'printed' ? icons.check : this.outcome === 'problem' ? icons.alert : this.outcome === 'none' ? null : icons.printer;
    return html`
      <div class="main">
        <div class="label" role="heading" aria-level="1">${i18n.t('yourNumber')}</div>
        <div class="number num" data-testid="number">${t.number}</div>
        <div class="service">
          ${this.serviceName}${t.priority ? html`<span class="tag">${i18n.t('priority')}</span>` : ''}
        </div>
        <div class="stats">
          <div class="stat"><b data-testid="ahead">${t.ahead}</b><span>${i18n.t('ahead')}</span></div>
          <div class="stat"><b>${formatMinutes(this.lang, t.estimatedWaitMinutes)}</b><span>${i18n.t('estimate')}</span></div>
        </div>
      </div>
      <div class="qr">
        <giliran-qr .value=${this.phoneUrl} .size=${qrSize()}></giliran-qr>
        <span>${i18n.t('scanHint')}</span>
        <div class="next" data-testid="next-step">${i18n.t('nextStep')}</div>
      </div>
      <div class="print" data-outcome=${this.outcome} role="status" aria-live="polite">
        ${icon ? html`<span class="i">${icon}</span>` : ''}
        <span class="text" data-testid="print">${i18n.t(outcomeText[this.outcome])}</span>
        <button class="done" @click=${this.finish}>
          ${i18n.t('done')}
          <small>${this.outcome === 'printing' ? '' : i18n.t('backIn', { n: this.secondsLeft })}</small>
        </button>
      </div>
    `;
  }
}

customElements.define('giliran-kiosk-ticket', GiliranKioskTicket);

declare global {
  interface HTMLElementTagNameMap {
    'giliran-kiosk-ticket': GiliranKioskTicket;
  }
}
