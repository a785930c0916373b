// Sign-in for officers and admins: the shared form (ui/giliran-sign-in-form.ts, which says what
// went wrong) with the console's heading, the site's name and the counter this device remembers.
import { LitElement, css, html, nothing } from 'lit';
import { formStyles } from '../ui/dialog-styles.js';
import { baseStyles } from '../ui/theme.js';
import '../ui/giliran-sign-in-form.js';
import { i18n } from './counter-strings.js';

export class GiliranCounterLogin extends LitElement {
  static override properties = {
    username: {},
    siteName: {},
    notice: {},
    counterName: {},
  };
  static override styles = [
    baseStyles,
    formStyles,
    css`
      :host {
        display: grid;
        place-items: center;
        min-height: 0;
        font-size: var(--g-text);
      }
      form {
        width: min(560px, 92vw);
      }
      h1 {
        margin: 0;
        font-size: var(--g-text-xl);
      }
      .site {
        color: var(--g-fg-muted);
      }
      .notice {
        padding: 10px 14px;
        border-radius: 12px;
        background: var(--g-accent);
        color: var(--g-accent-fg);
        font-weight: 700;
      }
      .error {
        padding: 10px 14px;
        border-radius: 12px;
        background: var(--g-danger);
        color: #fff;
        font-weight: 700;
      }
      button[type='submit'] {
        background: var(--g-primary);
        color: var(--g-primary-fg);
        font-weight: 800;
        font-size: var(--g-text-lg);
      }
      .counter {
        color: var(--g-fg-muted);
      }
    `,
  ];

  username = '';
  siteName = '';
  notice = '';
  counterName = '';

  constructor() {
    super();
    i18n.bind(this); // re-render on a language change: nobody passes `lang` down
  }

  override render() {
    return html`<giliran-sign-in-form
      .username=${this.username}
      .notice=${this.notice}
      .heading=${html`<div>
        <h1>${i18n.t('loginTitle')}</h1>
        <div class="site">${this.siteName}</div>
      </div>`}
      .footer=${this.counterName ? html`<div class="counter">${i18n.t('rememberedCounter', { name: this.counterName })}</div>` : nothing}
    ></giliran-sign-in-form>`;
  }
}

customElements.define('giliran-counter-login', GiliranCounterLogin);

declare global {
  interface HTMLElementTagNameMap {
    'giliran-counter-login': GiliranCounterLogin;
  }
}
