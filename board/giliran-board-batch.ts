// A batch call, shown in place of the single latest call: a visit room called a group of numbers
// at once ("A-021 – A-034 silakan menuju Ruang Kunjungan"), every number listed, and the batch's
// own session clock once its session has begun. Flashes like a single call when a new one comes.
import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import type { Lang } from '../protocol/config.js';
import type { PublicBatch, PublicCall } from '../protocol/public.js';
import { batchRange, sortedBatch } from '../ui/batch-range.js';
import { baseStyles } from '../ui/theme.js';
import { callCardStyles, flashCard } from './call-card.js';

// The batch's own words (kept beside the element, so the board's string table is untouched).
const WORDS: Record<Lang, Record<'numbers' | 'goTo' | 'count' | 'session' | 'sessionLeft' | 'sessionOver', string>> = {
  id: {
    numbers: 'Nomor Antrian',
    goTo: 'silakan menuju',
    count: '{n} nomor',
    session: 'Sesi {n} menit',
    sessionLeft: 'Sisa sesi {t}',
    sessionOver: 'Waktu sesi habis',
  },
  en: {
    numbers: 'Ticket Numbers',
    goTo: 'please go to',
    count: '{n} numbers',
    session: '{n}-minute session',
    sessionLeft: 'Session ends in {t}',
    sessionOver: 'Session time is over',
  },
};

function fill(text: string, vars: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));
}

function clock(ms: number): string {
  const s = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

export class GiliranBoardBatch extends LitElement {
  static override properties = {
    call: { attribute: false },
    batch: { attribute: false },
    sessionMinutes: { type: Number },
    serviceName: {},
    offsetMs: { type: Number },
    lang: {},
  };
  static override styles = [
    baseStyles,
    callCardStyles,
    css`
      .card {
        gap: 1.2cqh;
      }
      .label {
        font-size: min(6.5cqh, 5.5cqw);
      }
      .range {
        font-size: min(20cqh, 10.5cqw);
        line-height: 1;
        color: var(--g-accent);
        white-space: nowrap;
      }
      .count {
        font-size: min(6cqh, 4.5cqw);
        font-weight: 700;
      }
      .list {
        font-size: min(4.6cqh, 3.4cqw);
        color: var(--g-fg-muted);
        max-width: 100%;
        line-height: 1.25;
        display: -webkit-box;
        -webkit-line-clamp: 4;
        -webkit-box-orient: vertical;
        overflow: hidden;
      }
      .list span {
        white-space: nowrap;
        margin: 0 0.35em;
      }
      .go {
        font-size: min(6cqh, 4.6cqw);
      }
      .counter {
        font-size: min(14cqh, 9cqw);
      }
      .session {
        font-size: min(5.5cqh, 4.4cqw);
        font-weight: 700;
        padding: 0.1em 0.7em;
        border-radius: 999px;
        background: var(--g-surface-2);
      }
      .session.over {
        background: var(--g-danger);
        color: #fff;
      }
    `,
  ];

  call: PublicCall | null = null;
  /** The room's batch this call made (for its session clock); null once it has left the room. */
  batch: PublicBatch | null = null;
  sessionMinutes: number | null = null;
  serviceName = '';
  offsetMs = 0;
  override lang: Lang = 'id';
  private timer: ReturnType<typeof setInterval> | null = null;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stop();
  }

  private stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  override updated(changed: PropertyValues<this>): void {
    const running = !!(this.batch?.startedAt && this.sessionMinutes);
    if (running && !this.timer) this.timer = setInterval(() => this.requestUpdate(), 1000);
    if (!running) this.stop();
    const before = changed.get('call') as PublicCall | null | undefined;
    if (changed.has('call') && before !== undefined && this.call && before?.seq !== this.call.seq) flashCard(this.renderRoot.querySelector('.card'));
  }

  private renderSession() {
    const w = WORDS[this.lang] ?? WORDS.id;
    const minutes = this.sessionMinutes;
    if (!minutes || !this.batch) return nothing;
    if (!this.batch.startedAt) return html`<div class="session">${fill(w.session, { n: minutes })}</div>`;
    const left = minutes * 60_000 - (Date.now() + this.offsetMs - Date.parse(this.batch.startedAt));
    return left > 0
      ? html`<div class="session" data-left=${Math.ceil(left / 1000)}>${fill(w.sessionLeft, { t: clock(left) })}</div>`
      : html`<div class="session over">${w.sessionOver}</div>`;
  }

  override render() {
    const c = this.call;
    const numbers = c?.batch?.numbers ?? [];
    if (!c) return nothing;
    const w = WORDS[this.lang] ?? WORDS.id;
    return html`<div class="card" data-seq=${c.seq} data-batch=${numbers.length}>
      <div class="label">${w.numbers}</div>
      <div class="range num">${batchRange(numbers)}</div>
      <div class="count">${fill(w.count, { n: numbers.length })}${this.serviceName ? ` · ${this.serviceName}` : ''}</div>
      <div class="list num">${sortedBatch(numbers).map((n) => html`<span>${n}</span> `)}</div>
      <div class="go">${w.goTo}</div>
      <div class="counter">${c.counterName}</div>
      ${this.renderSession()}
    </div>`;
  }
}

customElements.define('giliran-board-batch', GiliranBoardBatch);

declare global {
  interface HTMLElementTagNameMap {
    'giliran-board-batch': GiliranBoardBatch;
  }
}
