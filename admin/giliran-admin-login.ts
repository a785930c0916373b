// Sign-in for admins: the shared form (ui/giliran-sign-in-form.ts) with the admin's heading and
// hints. An officer who signs in (or arrives already signed in from the counter console) is told
// plainly that this page is not for them, and where to go instead.
import { LitElement, css, html } from 'lit';
import '../ui/giliran-sign-in-form.js';
import { baseStyles } from '../ui/theme.js';
import type { SessionUser } from './admin-api.js';
import { i18n } from './admin-strings.js';
import { adminStyles } from './admin-styles.js';

export class GiliranAdminLogin extends LitElement {
  static override properties = {
    officer: { attribute: false },
    notice: {},
  };
  static override styles = [
    baseStyles,
    adminStyles,
    css`
      :host {
        display: grid;
        place-items: center;
        padding: 8vh 16px;
      }
      form,
      .card {
        width: min(440px, 100%);
        display: grid;
        gap: 16px;
        padding: 28px;
      }
      h1 {
        margin: 0;
        font-size: 26px;
      }
      button.primary {
        min-height: 48px;
        font-size: 17px;
      }
      .hint {
        margin: 0;
        font-size: 14px;
      }
      .notice {
        background: var(--g-accent);
        color: var(--g-accent-fg);
      }
    `,
  ];

  /** Set when the signed-in user is an officer (the app refuses them; ui/session-controller.ts). */
  officer: SessionUser | null = null;
  notice = '';

  constructor() {
    super();
    i18n.bind(this);
  }

  override render() {
    if (this.officer) {
      return html`<div class="card" role="alert">
        <h1>${i18n.t('appTitle')}</h1>
        <p class="msg error">${i18n.t('notAllowed', { user: this.officer.displayName || this.officer.username })}</p>
        <a class="button" href="/counter/">${i18n.t('toCounter')}</a>
        <button class="primary" @click=${() => (this.officer = null)}>${i18n.t('otherAccount')}</button>
      </div>`;
    }
    return html`<giliran-sign-in-form
      .notice=${this.notice}
      .heading=${html`<h1>${i18n.t('loginTitle')}</h1>`}
      .footer=${html`<p class="muted hint" data-testid="first-password-hint">${i18n.t('firstPasswordHint')}</p>
        <p class="muted hint">${i18n.t('recoveryHint')}</p>`}
    ></giliran-sign-in-form>`;
  }
}

customElements.define('giliran-admin-login', GiliranAdminLogin);

declare global {
  interface HTMLElementTagNameMap {
    'giliran-admin-login': GiliranAdminLogin;
  }
}
