// Asks why a ticket is called out of order. The hub needs at least 3 characters and keeps the
// reason in the audit log. Enter confirms, Escape cancels. Also asks why a finished ticket is put
// back in a queue (reopen): the texts are then given by the console.
import { LitElement, css, html } from 'lit';
import { formStyles, modalHostStyles } from '../ui/dialog-styles.js';
import { baseStyles } from '../ui/theme.js';
import { i18n } from './counter-strings.js';

export class GiliranCounterReason extends LitElement {
  static override properties = {
    number: {},
    heading: {},
    hint: {},
    placeholder: {},
    confirmLabel: {},
    error: { state: true },
  };
  static override styles = [
    baseStyles,
    modalHostStyles,
    formStyles,
    css`
      p {
        margin: 0;
        color: var(--g-fg-muted);
      }
      .recorded {
        padding: 8px 12px;
        border-left: 4px solid var(--g-warn);
        background: var(--g-surface-2);
        color: var(--g-fg);
      }
    `,
  ];

  number = '';
  /** Texts for another use than an out-of-order call; empty = the call's own. */
  heading = '';
  hint = '';
  placeholder = '';
  confirmLabel = '';
  error = '';

  constructor() {
    super();
    i18n.bind(this); // re-render on a language change: nobody passes `lang` down
  }

  override updated(): void {
    // The dialog role sits on the host: a <form> may not carry it.
    this.setAttribute('role', 'dialog');
    this.setAttribute('aria-modal', 'true');
    this.setAttribute('aria-label', i18n.t('reasonTitle', { number: this.number }));
  }

  override firstUpdated(): void {
    this.renderRoot.querySelector('input')?.focus();
  }

  private submit(e: Event): void {
    e.preventDefault();
    const reason = (this.renderRoot.querySelector('input') as HTMLInputElement).value.trim();
    if (reason.length < 3) {
      this.error = i18n.t('reasonTooShort');
      return;
    }
    this.dispatchEvent(new CustomEvent('confirm', { detail: reason }));
  }

  private cancel(): void {
    this.dispatchEvent(new CustomEvent('cancel'));
  }

  override render() {
    return html`<form @submit=${this.submit} @keydown=${(e: KeyboardEvent) => e.key === 'Escape' && this.cancel()}>
      <h2 id="title">${this.heading || i18n.t('reasonTitle', { number: this.number })}</h2>
      <label>
        <p>${this.hint || i18n.t('reasonHint')}</p>
        <input name="reason" maxlength="200" autocomplete="off" placeholder=${this.placeholder || i18n.t('reasonPlaceholder')} />
      </label>
      <p class="recorded" role="note" data-testid="recorded">${i18n.t('reasonRecorded')}</p>
      ${this.error ? html`<div class="error" role="alert">${this.error}</div>` : ''}
      <div class="row">
        <button type="button" @click=${this.cancel}>${i18n.t('cancel')}</button>
        <button type="submit">${this.confirmLabel || i18n.t('confirm')}</button>
      </div>
    </form>`;
  }
}

customElements.define('giliran-counter-reason', GiliranCounterReason);

declare global {
  interface HTMLElementTagNameMap {
    'giliran-counter-reason': GiliranCounterReason;
  }
}
