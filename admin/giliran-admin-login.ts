// Sign-in for admins. An officer who signs in (or arrives already signed in from the counter
// console) is told plainly that this page is not for them, and where to go instead.
import { LitElement, css, html, nothing } from 'lit';
import { ApiError } from '../ui/api.js';
import { baseStyles } from '../ui/theme.js';
import { session, type SessionUser } from './admin-api.js';
import { i18n } from './admin-strings.js';
import { adminStyles } from './admin-styles.js';
import { errorText } from '../ui/error-text.js';

export class GiliranAdminLogin extends LitElement {
  static override properties = {
    officer: { attribute: false },
    notice: {},
    busy: { state: true },
    error: { state: true },
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

  /** Set when the signed-in user is an officer. */
  officer: SessionUser | null = null;
  notice = '';
  busy = false;
  error = '';

  constructor() {
    super();
    i18n.bind(this);
  }

  private async submit(e: SubmitEvent): Promise<void> {
    e.preventDefault();
    const form = new FormData(e.target as HTMLFormElement);
    this.busy = true;
    this.error = '';
    try {
      const user = await session.login(String(form.get('username') ?? '').trim(), String(form.get('password') ?? ''));
      if (user.role !== 'admin') this.officer = user;
      else this.dispatchEvent(new CustomEvent<SessionUser>('signed-in', { detail: user, bubbles: true, composed: true }));
    } catch (err) {
      this.error = err instanceof ApiError && err.status === 401 ? i18n.t('e:wrongLogin') : errorText(err, i18n.lang).text;
    } finally {
      this.busy = false;
    }
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
    return html`<form class="card" @submit=${this.submit}>
      <h1>${i18n.t('loginTitle')}</h1>
      ${this.notice ? html`<p class="msg notice">${this.notice}</p>` : nothing}
      ${this.error ? html`<p class="msg error" role="alert">${this.error}</p>` : nothing}
      <label>${i18n.t('username')}<input name="username" autocomplete="username" autocapitalize="none" required /></label>
      <label>${i18n.t('password')}<input name="password" type="password" autocomplete="current-password" required /></label>
      <button class="primary" type="submit" ?disabled=${this.busy}>${i18n.t('signIn')}</button>
      <p class="muted hint" data-testid="first-password-hint">${i18n.t('firstPasswordHint')}</p>
      <p class="muted hint">${i18n.t('recoveryHint')}</p>
    </form>`;
  }
}

customElements.define('giliran-admin-login', GiliranAdminLogin);

declare global {
  interface HTMLElementTagNameMap {
    'giliran-admin-login': GiliranAdminLogin;
  }
}
