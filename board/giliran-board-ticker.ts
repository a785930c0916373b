// The running text along the bottom. A CSS animation (compositor only, no timers); its speed
// follows the text length so long notices stay readable.
import { LitElement, css, html, nothing } from 'lit';
import { baseStyles } from '../ui/theme.js';

export class GiliranBoardTicker extends LitElement {
  static override properties = { text: {} };
  static override styles = [
    baseStyles,
    css`
      :host {
        display: block;
        overflow: hidden;
        white-space: nowrap;
        background: var(--g-accent);
        color: var(--g-accent-fg);
        font-size: var(--board-ticker, 30px);
        font-weight: 700;
        line-height: 1.6;
      }
      :host([hidden]) {
        display: none;
      }
      .run {
        display: inline-block;
        padding-left: 100%;
        animation: run linear infinite;
        will-change: transform;
      }
      @keyframes run {
        to {
          transform: translateX(-100%);
        }
      }
      @media (prefers-reduced-motion: reduce) {
        .run {
          animation: none;
          padding-left: 1em;
        }
      }
    `,
  ];

  text = '';

  override render() {
    const text = this.text.trim();
    this.hidden = text === '';
    if (!text) return nothing;
    const seconds = Math.max(18, Math.round(text.length * 0.22));
    return html`<span class="run" style="animation-duration: ${seconds}s">${text}</span>`;
  }
}

customElements.define('giliran-board-ticker', GiliranBoardTicker);

declare global {
  interface HTMLElementTagNameMap {
    'giliran-board-ticker': GiliranBoardTicker;
  }
}
