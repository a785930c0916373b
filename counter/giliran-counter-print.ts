// A ticket's print problem, said plainly, with a button to print it again. Used on the current
// ticket and on waiting-list rows; the console does the reprint when `reprint` is fired.
import { LitElement, css, html, nothing } from 'lit';
import type { StaffTicket } from '../protocol/staff.js';
import { icons } from '../ui/icons.js';
import { baseStyles } from '../ui/theme.js';
import { i18n } from './counter-strings.js';
import { pillStyles } from './counter-styles.js';
import { printTrouble } from './counter-view.js';

export class GiliranCounterPrint extends LitElement {
  static override properties = {
    ticket: { attribute: false },
    busy: { type: Boolean },
  };
  static override styles = [
    baseStyles,
    pillStyles,
    css`
      :host {
        display: inline-flex;
        align-items: center;
        gap: 8px;
      }
      svg {
        width: 1.2em;
        height: 1.2em;
      }
      button {
        min-height: 44px;
        padding: 0 14px;
        background: var(--g-warn);
        color: #000;
        font-weight: 700;
      }
    `,
  ];

  ticket: StaffTicket | null = null;
  busy = false;

  constructor() {
    super();
    i18n.bind(this); // re-render on a language change: nobody passes `lang` down
  }

  override render() {
    const t = this.ticket;
    const trouble = t && printTrouble(t);
    if (!trouble) return nothing;
    return html`<span class="pill ${trouble === 'failed' ? 'danger' : 'warn'}" data-print=${trouble}>${icons.printer}${i18n.t(`print_${trouble}`)}</span>
      <button class="reprint" ?disabled=${this.busy} @click=${() => this.dispatchEvent(new CustomEvent('reprint', { detail: t, bubbles: true, composed: true }))}>
        ${i18n.t('reprint')}
      </button>`;
  }
}

customElements.define('giliran-counter-print', GiliranCounterPrint);

declare global {
  interface HTMLElementTagNameMap {
    'giliran-counter-print': GiliranCounterPrint;
  }
}
