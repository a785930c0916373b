// One counter or room: its name and the number it calls or serves now.
import { LitElement, css, html } from 'lit';
import type { PublicCounter } from '../protocol/public.js';
import { baseStyles } from '../ui/theme.js';
import { boardI18n } from './board-strings.js';

export class GiliranBoardCounter extends LitElement {
  static override properties = {
    counter: { attribute: false },
    /** The counter of the latest call: drawn in the accent colour. */
    latest: { type: Boolean, reflect: true },
    status: { reflect: true },
    lang: {},
  };
  static override styles = [
    baseStyles,
    css`
      /* The tile is a size container: its text scales with the tile, however many there are. */
      :host {
        display: block;
        min-width: 0;
        container-type: size;
        border-radius: var(--g-radius);
        background: var(--g-surface);
        border: 4px solid transparent;
        line-height: 1.1;
      }
      .tile {
        height: 100%;
        display: flex;
        flex-direction: column;
        justify-content: center;
        padding: 0 3cqw;
      }
      :host([latest]) {
        border-color: var(--g-accent);
        background: var(--g-surface-2);
      }
      :host([status='paused']) {
        opacity: 0.6;
      }
      /* Name and state at the board's reading minimum; the number takes the height that is left. */
      .name {
        font-size: max(var(--board-min, 0px), min(15cqh, 9cqw));
        font-weight: 700;
        white-space: nowrap;
        overflow: hidden;
        text-overflow: ellipsis;
      }
      /* The number and its state share a line; a narrow tile cuts the state, never the number. */
      .line {
        display: flex;
        align-items: baseline;
        column-gap: 0.6em;
        min-width: 0;
      }
      .number,
      .none {
        font-size: max(var(--board-min, 0px), min(55cqh, 12.5cqw));
        flex: none;
        line-height: 1.05;
        color: var(--g-accent);
      }
      .none {
        color: var(--g-fg-muted);
      }
      .state {
        min-width: 0;
        font-size: max(var(--board-min, 0px), min(11cqh, 6.5cqw));
        color: var(--g-fg-muted);
        white-space: nowrap;
        overflow: hidden;
        text-overflow: ellipsis;
      }
    `,
  ];

  counter: PublicCounter | null = null;
  latest = false;
  status = '';

  override willUpdate(): void {
    this.status = this.counter?.status ?? '';
  }

  override render() {
    void this.lang;
    const c = this.counter;
    if (!c) return html``;
    const t = boardI18n.t.bind(boardI18n);
    const state = c.status === 'paused' ? t('paused') : !c.current ? t('ready') : c.current.status === 'called' ? t('called') : t('serving');
    return html`<div class="tile">
      <div class="name">${c.name}</div>
      <div class="line">
        ${c.current ? html`<div class="number num">${c.current.number}</div>` : html`<div class="none num">–</div>`}
        <div class="state">${state}</div>
      </div>
    </div>`;
  }
}

customElements.define('giliran-board-counter', GiliranBoardCounter);

declare global {
  interface HTMLElementTagNameMap {
    'giliran-board-counter': GiliranBoardCounter;
  }
}
