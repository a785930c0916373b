// The user's own new password. Shown instead of the tabs while the session says
// `mustChangePassword` (a generated first password): nothing else is reachable until it is done.
import { LitElement, css, html, nothing } from 'lit';
import { api } from '../ui/api.js';
import { errorText } from '../ui/error-text.js';
import { baseStyles } from '../ui/theme.js';
import type { SessionUser } from './admin-api.js';
import { i18n } from './admin-strings.js';
import { adminStyles } from './admin-styles.js';

export class GiliranAdminPassword extends LitElement {
  static override properties = {
    user: { attribute: false },
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
        padding: 6vh 16px;
      }
      form {
        width: min(460px, 100%);
        display: grid;
        gap: 16px;
        padding: 28px;
      }
      h1 {
        margin: 0;
        font-size: 24px;
      }
      button.primary {
        min-height: 48px;
        font-size: 17px;
      }
    `,
  ];

  user: SessionUser | null = null;
  busy = false;
  error = '';

  constructor() {
    super();
    i18n.bind(this);
  }

  private async submit(e: SubmitEvent): Promise<void> {
    e.preventDefault();
    const form = new FormData(e.target as HTMLFormElement);
    const current = String(form.get('current') ?? '');
    const next = String(form.get('next') ?? '');
    if (next !== String(form.get('confirm') ?? '')) {
      this.error = i18n.t('pwMismatch');
      return;
    }
    this.busy = true;
    this.error = '';
    try {
      const { user } = await api<{ user: SessionUser }>('/api/me/password', { body: { current, next } });
      this.dispatchEvent(new CustomEvent<SessionUser>('password-changed', { detail: user, bubbles: true, composed: true }));
    } catch (err) {
      this.error = errorText(err, i18n.lang, { fields: { next: i18n.t('pwNew'), current: i18n.t('pwCurrent') } }).text;
    } finally {
      this.busy = false;
    }
  }

  override render() {
    return html`<form class="card" @submit=${this.submit}>
      <h1>${i18n.t('pwTitle')}</h1>
      <p class="muted">${i18n.t('pwWhy', { user: this.user?.username ?? '' })}</p>
      ${this.error ? html`<p class="msg error" role="alert">${this.error}</p>` : nothing}
      <label>${i18n.t('pwCurrent')}<input name="current" type="password" autocomplete="current-password" required /></label>
      <label>${i18n.t('pwNew')}<input name="next" type="password" autocomplete="new-password" minlength="8" required /></label>
      <label>${i18n.t('pwConfirm')}<input name="confirm" type="password" autocomplete="new-password" minlength="8" required /></label>
      <button class="primary" type="submit" ?disabled=${this.busy}>${i18n.t('pwSave')}</button>
    </form>`;
  }
}

customElements.define('giliran-admin-password', GiliranAdminPassword);

declare global {
  interface HTMLElementTagNameMap {
    'giliran-admin-password': GiliranAdminPassword;
  }
}
