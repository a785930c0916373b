// Styles shared by the board's bottom panels (earlier calls, waiting): a heading over a list.
import { css } from 'lit';
import { baseStyles } from '../ui/theme.js';

export const panelStyles = [
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
      font-size: 1em;
      text-transform: uppercase;
      letter-spacing: 0.06em;
      color: var(--g-fg-muted);
    }
    ol,
    ul {
      list-style: none;
      margin: 0;
      padding: 0;
      gap: 0.3em 0.5em;
    }
    li {
      border-radius: 12px;
      background: var(--g-surface);
    }
  `,
];
