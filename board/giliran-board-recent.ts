// Earlier calls, newest first: number and where it was sent.
import { LitElement, css, html } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { PublicCall } from '../protocol/public.js';
import { baseStyles } from '../ui/theme.js';
import { boardI18n } from './board-strings.js';

export class GiliranBoardRecent extends LitElement {
  static override properties = { calls: { attribute: false }, lang: {} };
  static override styles = [
    baseStyles,
    css`
      :host {
        display: flex;
        flex-direction: column;
        gap: 0.3em;
        font-size: var(--board-list, 26px);
        min-height: 0;
        overflow: hidden;
      }
      h2 {
        margin: 0;
        font-size: 0.8em;
        text-transform: uppercase;
        letter-spacing: 0.06em;
        color: var(--g-fg-muted);
      }
      /* As many whole calls as fit on two lines; the rest wrap out of sight. */
      ol {
        list-style: none;
        margin: 0;
        padding: 0;
        display: flex;
        flex-wrap: wrap;
        gap: 0.3em 0.5em;
        max-height: calc(2 * 1.9em + 0.3em);
        overflow: hidden;
      }
      li {
        display: flex;
        align-items: baseline;
        gap: 0.5em;
        padding: 0.25em 0.6em;
        border-radius: 12px;
        background: var(--g-surface);
        white-space: nowrap;
        height: 1.9em;
        line-height: 1.4;
      }
      .number {
        color: var(--g-accent);
      }
      .counter {
        font-size: 0.8em;
      }
      .empty {
        color: var(--g-fg-muted);
      }
    `,
  ];

  calls: PublicCall[] = [];

  override render() {
    void this.lang;
    return html`<h2>${boardI18n.t('recent')}</h2>
      ${this.calls.length === 0
        ? html`<div class="empty">${boardI18n.t('noRecent')}</div>`
        : html`<ol>
            ${repeat(
              this.calls,
              (c) => c.seq,
              (c) => html`<li><span class="number num">${c.number}</span><span class="counter">${c.counterName}</span></li>`,
            )}
          </ol>`}`;
  }
}

customElements.define('giliran-board-recent', GiliranBoardRecent);

declare global {
  interface HTMLElementTagNameMap {
    'giliran-board-recent': GiliranBoardRecent;
  }
}
