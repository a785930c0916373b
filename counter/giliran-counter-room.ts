// A visit room at the console: how many places are taken, each batch in the room with its own
// session countdown and an "end session" button, and the batch calls (the next N, or fill the
// room). Ticks once a second only while a batch is in the room. The console performs the actions.
import { LitElement, css, html, nothing } from 'lit';
import type { PublicBatch, PublicCounter } from '../protocol/public.js';
import { batchRange, sortedBatch } from '../ui/batch-range.js';
import { baseStyles } from '../ui/theme.js';
import { i18n } from './counter-strings.js';
import { pillStyles } from './counter-styles.js';
import { formatDuration } from './counter-view.js';
import { TickController } from '../ui/tick-controller.js';

/** The countdown turns amber this long before a session ends. */
const SESSION_WARN_MS = 5 * 60_000;

export class GiliranCounterRoom extends LitElement {
  static override properties = {
    counter: { attribute: false },
    waiting: { type: Number },
    busy: { type: Boolean },
    offsetMs: { type: Number },
  };
  static override styles = [
    baseStyles,
    pillStyles,
    css`
      :host {
        display: grid;
        grid-template-rows: auto minmax(0, 1fr) auto;
        gap: 10px;
        background: var(--g-surface);
        border-radius: var(--g-radius);
        padding: 16px 24px;
        font-size: var(--g-text);
        min-height: 0;
      }
      h2 {
        margin: 0;
        font-size: var(--g-text-lg);
      }
      .meter {
        height: 12px;
        border-radius: 6px;
        background: var(--g-surface-2);
        overflow: hidden;
        margin-top: 6px;
      }
      .meter i {
        display: block;
        height: 100%;
        background: var(--g-primary);
      }
      ol {
        list-style: none;
        margin: 0;
        padding: 0;
        display: grid;
        gap: 8px;
        overflow: auto;
        align-content: start;
      }
      li {
        display: grid;
        grid-template-columns: minmax(0, 1fr) auto auto;
        align-items: center;
        gap: 14px;
        padding: 8px 14px;
        border-radius: 12px;
        background: var(--g-surface-2);
      }
      li.warn {
        background: var(--g-warn);
        color: #000;
      }
      li.over {
        background: var(--g-danger);
        color: #fff;
      }
      .range {
        font-family: var(--g-font-num);
        font-size: 1.5em;
        font-weight: 800;
      }
      .nums {
        font-size: 0.75em;
        opacity: 0.85;
        overflow-wrap: anywhere;
      }
      .left {
        font-family: var(--g-font-num);
        font-size: 1.3em;
      }
      li button {
        padding: 0 18px;
        background: var(--g-surface);
        color: var(--g-fg);
      }
      .calls {
        display: flex;
        flex-wrap: wrap;
        gap: 10px;
        align-items: center;
      }
      .calls input {
        font: inherit;
        width: 5.5em;
        min-height: var(--g-touch);
        padding: 0 10px;
        border-radius: 12px;
        border: 2px solid var(--g-fg-muted);
        background: var(--g-bg);
        color: var(--g-fg);
      }
      .calls button {
        padding: 0 20px;
        background: var(--g-surface-2);
        font-weight: 800;
      }
      .calls button.fill {
        background: var(--g-primary);
        color: var(--g-primary-fg);
      }
      .calls button:disabled {
        background: var(--g-disabled-bg);
        color: var(--g-disabled-fg);
      }
      .empty {
        color: var(--g-fg-muted);
      }
    `,
  ];

  counter: PublicCounter | null = null;
  waiting = 0;
  busy = false;
  offsetMs = 0;
  /** The batches' session clocks move every second while there are batches. */
  protected readonly tick = new TickController(this, { everyMs: 1000, while: () => (this.counter?.batches?.length ?? 0) > 0 });
  private alerted = new Set<string>();

  constructor() {
    super();
    i18n.bind(this); // re-render on a language change: nobody passes `lang` down
  }

  private fire(name: string, detail?: unknown): void {
    this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
  }

  private callN(): void {
    const input = this.renderRoot.querySelector('input') as HTMLInputElement;
    const n = Math.floor(Number(input.value));
    if (n >= 1) this.fire('call-batch', n);
  }

  private renderBatch(b: PublicBatch, sessionMs: number | null, now: number) {
    const left = sessionMs !== null && b.startedAt ? sessionMs - (now - Date.parse(b.startedAt)) : null;
    const cls = left === null ? '' : left <= 0 ? 'over' : left <= SESSION_WARN_MS ? 'warn' : '';
    if (left !== null && left <= 0 && !this.alerted.has(b.calledAt)) {
      this.alerted.add(b.calledAt);
      this.fire('session-ended', b.calledAt);
    }
    const clock =
      sessionMs === null
        ? nothing
        : left === null
          ? html`<span class="left">${i18n.t('roomNotStarted', { n: Math.round(sessionMs / 60_000) })}</span>`
          : html`<span class="left" data-left=${Math.round(left / 1000)}>${left <= 0 ? `-${formatDuration(-left)}` : formatDuration(left)}</span>`;
    return html`<li class=${cls} data-batch=${b.calledAt}>
      <div>
        <div class="range num">${batchRange(b.numbers)} <small>· ${i18n.t('roomBatch', { n: b.numbers.length })}</small></div>
        <div class="nums">${sortedBatch(b.numbers).join(', ')}</div>
      </div>
      ${clock}
      <button ?disabled=${this.busy} data-end=${b.calledAt} @click=${() => this.fire('end-batch', b.calledAt)}>${i18n.t('roomEndBatch')}</button>
    </li>`;
  }

  override render() {
    const c = this.counter;
    if (!c || !c.capacity) return nothing;
    const batches = c.batches ?? [];
    const taken = batches.reduce((n, b) => n + b.numbers.length, 0);
    const free = Math.max(0, c.capacity - taken);
    const sessionMs = c.sessionMinutes ? c.sessionMinutes * 60_000 : null;
    const now = Date.now() + this.offsetMs;
    const canCall = !this.busy && c.status === 'open' && free > 0 && this.waiting > 0;
    return html`
      <header>
        <h2 data-taken=${taken}>${i18n.t('roomTitle', { n: taken, cap: c.capacity })}</h2>
        <div class="meter"><i style="width:${(taken / c.capacity) * 100}%"></i></div>
      </header>
      ${batches.length === 0 ? html`<p class="empty">${i18n.t('roomEmpty')}</p>` : html`<ol>${batches.map((b) => this.renderBatch(b, sessionMs, now))}</ol>`}
      <div class="calls">
        <button class="fill" ?disabled=${!canCall} @click=${() => this.fire('call-batch', null)}>
          ${free > 0 ? i18n.t('roomFill', { n: free }) : i18n.t('roomFull')}
        </button>
        <label>${i18n.t('roomCount')} <input type="number" min="1" max=${free} .value=${String(Math.max(1, Math.min(free, this.waiting)))} /></label>
        <button class="call-n" ?disabled=${!canCall} @click=${this.callN}>${i18n.t('roomCallN')}</button>
      </div>
    `;
  }
}

customElements.define('giliran-counter-room', GiliranCounterRoom);

declare global {
  interface HTMLElementTagNameMap {
    'giliran-counter-room': GiliranCounterRoom;
  }
}
