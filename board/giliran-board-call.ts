// The latest call, as large as the screen allows: number, then where to go. A new call flashes
// the card (Web Animations, no timers); the first state after loading does not. Once the call is
// over (BoardView.hero) the card clears, so nobody walks to a counter that no longer waits for them.
import { LitElement, css, html, type PropertyValues } from 'lit';
import type { PublicCall } from '../protocol/public.js';
import { baseStyles } from '../ui/theme.js';
import { boardI18n } from './board-strings.js';
import { callCardStyles, flashCard } from './call-card.js';

export class GiliranBoardCall extends LitElement {
  static override properties = {
    call: { attribute: false },
    /** There was a call, and it is over: say that the next one is awaited. */
    over: { type: Boolean },
    serviceName: {},
    lang: {},
  };
  static override styles = [
    baseStyles,
    callCardStyles,
    css`
      .label {
        font-size: max(var(--board-min, 0px), min(7cqh, 6cqw));
      }
      .number {
        font-size: min(34cqh, 21cqw);
        line-height: 1;
        color: var(--g-accent);
        white-space: nowrap;
      }
      .go {
        font-size: max(var(--board-min, 0px), min(6.5cqh, 5cqw));
      }
      .counter {
        font-size: min(17cqh, 11cqw);
      }
      .service {
        font-size: max(var(--board-min, 0px), min(5.5cqh, 4.5cqw));
        color: var(--g-fg-muted);
      }
      .recall {
        display: inline-block;
        margin-left: 0.5em;
        padding: 0.05em 0.5em;
        border-radius: 999px;
        background: var(--g-warn);
        color: var(--g-accent-fg);
        font-size: 0.8em;
        vertical-align: middle;
      }
      .card.idle {
        border-color: var(--g-surface-2);
      }
      .empty {
        font-size: max(var(--board-min, 0px), min(8cqh, 6cqw));
        color: var(--g-fg-muted);
      }
    `,
  ];

  call: PublicCall | null = null;
  over = false;
  serviceName = '';
  /** The newest call shown so far: only a newer one flashes (not one shown again). */
  private shownSeq = -1;

  override updated(changed: PropertyValues<this>): void {
    const before = changed.get('call') as PublicCall | null | undefined;
    const seq = this.call?.seq ?? -1;
    // undefined before = the first value after loading: show it, do not flash.
    if (changed.has('call') && before !== undefined && this.call && seq > this.shownSeq) this.flash();
    this.shownSeq = Math.max(this.shownSeq, seq);
  }

  private flash(): void {
    flashCard(this.renderRoot.querySelector('.card'));
  }

  override render() {
    void this.lang;
    const t = boardI18n.t.bind(boardI18n);
    const c = this.call;
    if (!c) return html`<div class="card idle"><div class="empty">${t(this.over ? 'callOver' : 'noCall')}</div></div>`;
    return html`<div class="card" data-seq=${c.seq}>
      <div class="label">
        ${t('number')}${c.recall > 0 ? html`<span class="recall">${t('recall', { n: c.recall + 1 })}</span>` : ''}
      </div>
      <div class="number num">${c.number}</div>
      <div class="go">${t('goTo')}</div>
      <div class="counter">${c.counterName}</div>
      <div class="service">${this.serviceName}</div>
    </div>`;
  }
}

customElements.define('giliran-board-call', GiliranBoardCall);

declare global {
  interface HTMLElementTagNameMap {
    'giliran-board-call': GiliranBoardCall;
  }
}
