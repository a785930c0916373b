// How many people wait for each service.
import { LitElement, css, html } from 'lit';
import type { PublicService } from '../protocol/public.js';
import { boardI18n } from './board-strings.js';
import { panelStyles } from './board-styles.js';

export class GiliranBoardWaiting extends LitElement {
  static override properties = { services: { attribute: false }, lang: {} };
  static override styles = [
    ...panelStyles,
    css`
      ul {
        display: grid;
        grid-template-columns: repeat(var(--board-waiting-cols, 1), minmax(0, 1fr));
      }
      li {
        display: flex;
        align-items: center;
        gap: 0.5em;
        padding: 0.2em 0.6em;
      }
      .prefix {
        flex: none;
        width: 1.6em;
        text-align: center;
        border-radius: 8px;
        background: var(--g-surface-2);
        color: var(--g-accent);
      }
      .name {
        flex: 1;
        min-width: 0;
        overflow: hidden;
        text-overflow: ellipsis;
        white-space: nowrap;
        font-size: 0.8em;
      }
      .count {
        font-weight: 800;
        font-variant-numeric: tabular-nums;
        white-space: nowrap;
      }
      .count small {
        font-size: 0.6em;
        font-weight: 600;
        color: var(--g-fg-muted);
      }
      .closed {
        font-size: 0.7em;
        color: var(--g-warn);
      }
    `,
  ];

  services: PublicService[] = [];

  override render() {
    void this.lang;
    const t = boardI18n.t.bind(boardI18n);
    return html`<h2>${t('waiting')}</h2>
      <ul>
        ${this.services.map(
          (s) => html`<li data-service=${s.id}>
            <span class="prefix num">${s.prefix}</span>
            <span class="name">${boardI18n.name(s.name)}</span>
            ${s.open ? '' : html`<span class="closed">${t('closedService')}</span>`}
            <span class="count">${s.waiting} <small>${t('people')}</small></span>
          </li>`,
        )}
      </ul>`;
  }
}

customElements.define('giliran-board-waiting', GiliranBoardWaiting);

declare global {
  interface HTMLElementTagNameMap {
    'giliran-board-waiting': GiliranBoardWaiting;
  }
}
