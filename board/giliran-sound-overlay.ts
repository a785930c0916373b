// Browsers keep sound off until someone touches the page. This covers the board with one big
// button; the tap resumes the audio context (the event carries the gesture to the parent).
import { LitElement, css, html } from 'lit';
import { baseStyles } from '../ui/theme.js';
import { boardI18n } from './board-strings.js';

export class GiliranSoundOverlay extends LitElement {
  static override properties = { lang: {} };
  static override styles = [
    baseStyles,
    css`
      :host {
        position: fixed;
        inset: 0;
        display: grid;
        place-items: center;
        background: rgb(11 18 32 / 0.82);
        z-index: 10;
      }
      button {
        display: flex;
        flex-direction: column;
        align-items: center;
        gap: 16px;
        padding: 40px 64px;
        background: var(--g-accent);
        color: var(--g-accent-fg);
        font-size: var(--g-text-xl);
        font-weight: 800;
        box-shadow: 0 12px 40px rgb(0 0 0 / 0.5);
      }
      svg {
        width: 1.6em;
        height: 1.6em;
      }
      small {
        font-size: var(--g-text);
        font-weight: 600;
      }
    `,
  ];

  override render() {
    void this.lang; // re-render on language change
    return html`<button type="button" @click=${this.unlock} autofocus>
      <svg viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" aria-hidden="true">
        <path d="M4 9v6h4l5 4V5L8 9H4z" fill="currentColor" />
        <path d="M16.5 8.5a5 5 0 0 1 0 7M19 6a8.5 8.5 0 0 1 0 12" stroke-linecap="round" />
      </svg>
      ${boardI18n.t('enableSound')}
      <small>${boardI18n.t('enableSoundHint')}</small>
    </button>`;
  }

  private unlock(): void {
    this.dispatchEvent(new CustomEvent('unlock', { bubbles: true, composed: true }));
  }
}

customElements.define('giliran-sound-overlay', GiliranSoundOverlay);

declare global {
  interface HTMLElementTagNameMap {
    'giliran-sound-overlay': GiliranSoundOverlay;
  }
}
