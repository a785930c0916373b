// Chooses the service a ticket is transferred to. Digits 1-9 pick a service, Escape cancels.
import { LitElement, css, html } from 'lit';
import type { PublicService } from '../protocol/public.js';
import { serviceIcon } from '../ui/icons.js';
import { formStyles, modalHostStyles } from '../ui/dialog-styles.js';
import { baseStyles } from '../ui/theme.js';
import { i18n } from './counter-strings.js';
import { pillStyles } from './counter-styles.js';

export class GiliranCounterTransfer extends LitElement {
  static override properties = {
    number: {},
    services: { attribute: false },
  };
  static override styles = [
    baseStyles,
    modalHostStyles,
    formStyles,
    pillStyles,
    css`
      .choices {
        display: grid;
        gap: 10px;
      }
      .choices button {
        display: grid;
        grid-template-columns: 40px minmax(0, 1fr) auto;
        align-items: center;
        gap: 14px;
        padding: 8px 18px;
        text-align: left;
        background: var(--g-surface-2);
        font-weight: 700;
      }
    `,
  ];

  number = '';
  services: PublicService[] = [];

  constructor() {
    super();
    i18n.bind(this); // re-render on a language change: nobody passes `lang` down
  }

  override firstUpdated(): void {
    (this.renderRoot.querySelector('.choices button') as HTMLElement | null)?.focus();
  }

  private pick(id: string): void {
    this.dispatchEvent(new CustomEvent('pick', { detail: id }));
  }

  private onKey(e: KeyboardEvent): void {
    if (e.key === 'Escape') this.dispatchEvent(new CustomEvent('cancel'));
    const i = Number(e.key) - 1;
    if (Number.isInteger(i) && this.services[i]) this.pick(this.services[i].id);
  }

  override render() {
    return html`<form @submit=${(e: Event) => e.preventDefault()} @keydown=${this.onKey} role="dialog" aria-modal="true" aria-labelledby="title">
      <h2 id="title">${i18n.t('transferTitle', { number: this.number })}</h2>
      <div class="choices">
        ${this.services.map(
          (s, i) => html`<button type="button" data-service=${s.id} @click=${() => this.pick(s.id)}>
            <span>${serviceIcon(s)}</span><span>${i18n.name(s.name)}</span><kbd>${i + 1}</kbd>
          </button>`,
        )}
      </div>
      <div class="row"><button type="button" @click=${() => this.dispatchEvent(new CustomEvent('cancel'))}>${i18n.t('cancel')}</button></div>
    </form>`;
  }
}

customElements.define('giliran-counter-transfer', GiliranCounterTransfer);

declare global {
  interface HTMLElementTagNameMap {
    'giliran-counter-transfer': GiliranCounterTransfer;
  }
}
