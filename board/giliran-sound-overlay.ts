// Browsers keep sound off until someone touches the page. A banner in the top-left corner (over
// the site name, the least needed text) asks for the tap and leaves the calls readable: a TV without touch that restarts after a power cut keeps
// showing the calls instead of a darkened screen. The tap resumes the audio context (the event
// carries the gesture to the parent); it keeps the focus, so a remote's OK key works too.
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
        left: 1vmin;
        top: 1vmin;
        max-width: 45vw;
        z-index: 10;
      }
      button {
        display: grid;
        grid-template-columns: auto 1fr;
        align-items: center;
        gap: 0 0.5em;
        padding: 0.5em 0.8em;
        text-align: left;
        background: var(--g-warn);
        color: var(--g-accent-fg);
        font-size: 2.6vmin;
        font-weight: 800;
        border-radius: var(--g-radius);
        box-shadow: 0 0.6vmin 2.4vmin rgb(0 0 0 / 0.55);
      }
      svg {
        grid-row: span 2;
        width: 1.8em;
        height: 1.8em;
      }
      small {
        font-size: 0.7em;
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
