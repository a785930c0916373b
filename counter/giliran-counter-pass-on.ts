// Asked when Selesai (F) is pressed on a ticket whose visit has a next stage: the visit chain must
// not end on one key. Passing on is the default (focused; Enter, T or F again); ending the visit
// here is the second, explicit choice (its own button or E). Escape cancels.
import { LitElement, css, html } from 'lit';
import { formStyles, modalHostStyles } from '../ui/dialog-styles.js';
import { baseStyles } from '../ui/theme.js';
import { i18n } from './counter-strings.js';

export class GiliranCounterPassOn extends LitElement {
  static override properties = {
    number: {},
    stage: {},
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
      .row button.pass {
        background: var(--g-ok);
        color: #04210f;
        font-weight: 800;
      }
      .row button.end {
        box-shadow: inset 0 0 0 3px var(--g-danger);
      }
      kbd {
        margin-left: 10px;
      }
    `,
  ];

  number = '';
  stage = '';

  constructor() {
    super();
    i18n.bind(this); // re-render on a language change: nobody passes `lang` down
  }

  override firstUpdated(): void {
    (this.renderRoot.querySelector('button.pass') as HTMLButtonElement | null)?.focus();
  }

  private choose(choice: 'pass' | 'end' | 'cancel', e?: Event): void {
    e?.preventDefault();
    this.dispatchEvent(new CustomEvent(choice));
  }

  private onKey = (e: KeyboardEvent): void => {
    if (e.ctrlKey || e.metaKey || e.altKey || e.repeat) return;
    const k = e.key.toLowerCase();
    if (k === 'escape') this.choose('cancel', e);
    else if (k === 't' || k === 'f') this.choose('pass', e);
    else if (k === 'e') this.choose('end', e);
  };

  override render() {
    const vars = { number: this.number, stage: this.stage };
    return html`<form @submit=${(e: Event) => this.choose('pass', e)} @keydown=${this.onKey} role="dialog" aria-modal="true" aria-labelledby="title">
      <h2 id="title">${i18n.t('passOnTitle', vars)}</h2>
      <p>${i18n.t('passOnHint', vars)}</p>
      <div class="row">
        <button type="button" class="end" data-choice="end" @click=${() => this.choose('end')}>
          ${i18n.t('passOnEnd')}<kbd>${i18n.t('passOnEndKey')}</kbd>
        </button>
        <button type="submit" class="pass" data-choice="pass">${i18n.t('passOnYes', vars)}<kbd>Enter</kbd></button>
      </div>
    </form>`;
  }
}

customElements.define('giliran-counter-pass-on', GiliranCounterPassOn);

declare global {
  interface HTMLElementTagNameMap {
    'giliran-counter-pass-on': GiliranCounterPassOn;
  }
}
