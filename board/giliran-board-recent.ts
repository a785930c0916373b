// Earlier calls, newest first: number and where it was sent.
import { LitElement, css, html } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { PublicCall } from '../protocol/public.js';
import { boardI18n } from './board-strings.js';
import { panelStyles } from './board-styles.js';

export class GiliranBoardRecent extends LitElement {
  static override properties = { calls: { attribute: false }, lang: {} };
  static override styles = [
    ...panelStyles,
    css`
      /* One line: the heading, then as many whole calls as fit; the rest wrap out of sight. */
      :host {
        flex-direction: row;
        align-items: center;
        gap: 0.5em;
      }
      h2 {
        flex: none;
      }
      ol {
        flex: 1;
        min-width: 0;
        display: flex;
        flex-wrap: wrap;
        max-height: 1.6em;
        overflow: hidden;
      }
      li {
        display: flex;
        align-items: baseline;
        gap: 0.5em;
        padding: 0.1em 0.5em;
        white-space: nowrap;
        height: 1.6em;
        line-height: 1.4;
      }
      .number {
        color: var(--g-accent);
      }
      .counter {
        color: var(--g-fg-muted);
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
