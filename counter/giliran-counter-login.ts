// Sign-in for officers and admins. The hub sets the session cookie; this form only says clearly
// what went wrong (wrong password, too many tries, server unreachable) and why it is shown again.
import { LitElement, css, html, nothing } from 'lit';
import { ApiError } from '../ui/api.js';
import { formStyles } from '../ui/dialog-styles.js';
import { baseStyles } from '../ui/theme.js';
import { login } from './counter-api.js';
import { errorText } from '../ui/error-text.js';
import { i18n } from './counter-strings.js';

export class GiliranCounterLogin extends LitElement {
  static override properties = {
    username: {},
    siteName: {},
    notice: {},
    counterName: {},
    busy: { state: true },
    error: { state: true },
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
  busy = false;
  error = '';

  constructor() {
    super();
    i18n.bind(this); // re-render on a language change: nobody passes `lang` down
  }

  override firstUpdated(): void {
    this.renderRoot.querySelector<HTMLInputElement>(this.username ? 'input[name=password]' : 'input[name=username]')?.focus();
  }

  private async submit(e: Event): Promise<void> {
    e.preventDefault();
    if (this.busy) return;
    const form = new FormData(e.target as HTMLFormElement);
    this.busy = true;
    this.error = '';
    try {
      const user = await login(String(form.get('username') ?? '').trim(), String(form.get('password') ?? ''));
      this.dispatchEvent(new CustomEvent('logged-in', { detail: user }));
    } catch (err) {
      this.error = this.message(err);
      const pw = this.renderRoot.querySelector<HTMLInputElement>('input[name=password]');
      if (pw) {
        pw.value = '';
        pw.focus();
      }
    } finally {
      this.busy = false;
    }
  }

  private message(err: unknown): string {
    if (err instanceof ApiError && err.status === 401) return i18n.t('wrongPassword');
    if (err instanceof ApiError && err.code === 'rate_limited') return i18n.t('tooManyTries');
    return errorText(err, i18n.lang).text;
  }

  override render() {
    return html`<form @submit=${this.submit} aria-busy=${this.busy ? 'true' : 'false'}>
      <div>
        <h1>${i18n.t('loginTitle')}</h1>
        <div class="site">${this.siteName}</div>
      </div>
      ${this.notice ? html`<div class="notice" role="status">${this.notice}</div>` : nothing}
      <label>${i18n.t('username')}<input name="username" .value=${this.username} autocomplete="username" autocapitalize="off" spellcheck="false" required maxlength="64" /></label>
      <label>${i18n.t('password')}<input name="password" type="password" autocomplete="current-password" required maxlength="256" /></label>
      ${this.error ? html`<div class="error" role="alert">${this.error}</div>` : nothing}
      <button type="submit" ?disabled=${this.busy}>${this.busy ? i18n.t('loggingIn') : i18n.t('login')}</button>
      ${this.counterName ? html`<div class="counter">${i18n.t('rememberedCounter', { name: this.counterName })}</div>` : nothing}
    </form>`;
  }
}

customElements.define('giliran-counter-login', GiliranCounterLogin);

declare global {
  interface HTMLElementTagNameMap {
    'giliran-counter-login': GiliranCounterLogin;
  }
}
