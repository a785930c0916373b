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
        gap: 0.3em;
        padding: 0.05em 0.3em;
      }
      .prefix {
        flex: none;
        width: 1.3em;
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
      }
      .count {
        font-weight: 800;
        font-variant-numeric: tabular-nums;
        white-space: nowrap;
      }
      .count small {
        font-size: 1em;
        font-weight: 400;
        color: var(--g-fg-muted);
      }
      .closed {
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
