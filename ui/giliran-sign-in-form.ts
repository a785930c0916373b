// The one sign-in form of the staff apps (counter console, admin): username and password to
// POST /api/login (the hub sets the session cookie), a `signed-in` event with the user, and a
// clear word for what went wrong (wrong password, too many tries, hub unreachable). It renders
// into the page of the app that holds it (no shadow root of its own), so each app's own styles
// give it that app's look; the app puts its own heading and footer (site, hints) around the fields.
import type { LoginAnswer, SignedInUser } from '../protocol/rest-types.js';
import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { ApiError, api } from './api.js';
import { errorText } from './error-text.js';
import { tCommon } from './i18n.js';
import { LangController } from './lang-controller.js';

/** The user POST /api/login signed in (protocol/rest-types.ts). */
export type SignInUser = SignedInUser;

export class GiliranSignInForm extends LitElement {
  static override properties = {
    heading: { attribute: false },
    footer: { attribute: false },
    username: {},
    notice: {},
    busy: { state: true },
    error: { state: true },
  };

  /** Above the fields: the app's title (and site name). */
  heading: TemplateResult | string = '';
  /** Below the button: hints, the remembered counter. */
  footer: TemplateResult | typeof nothing = nothing;
  /** Filled in (after a lost session): the password gets the focus. */
  username = '';
  /** Why the sign-in is shown (the session ended). */
  notice = '';
  busy = false;
  error = '';
  private readonly language = new LangController(this);

  protected override createRenderRoot(): HTMLElement {
    return this; // the holder's shadow root styles the form
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.style.display = 'contents';
  }

  override firstUpdated(): void {
    this.querySelector<HTMLInputElement>(this.username ? 'input[name=password]' : 'input[name=username]')?.focus();
  }

  private t(key: Parameters<typeof tCommon>[1]): string {
    return tCommon(this.language.lang, key);
  }

  private async submit(e: Event): Promise<void> {
    e.preventDefault();
    if (this.busy) return;
    const form = new FormData(e.target as HTMLFormElement);
    this.busy = true;
    this.error = '';
    try {
      const { user } = await api<LoginAnswer>('/api/login', {
        body: { username: String(form.get('username') ?? '').trim(), password: String(form.get('password') ?? '') },
      });
      this.dispatchEvent(new CustomEvent<SignInUser>('signed-in', { detail: user, bubbles: true, composed: true }));
    } catch (err) {
      this.error = this.message(err);
      const pw = this.querySelector<HTMLInputElement>('input[name=password]');
      if (pw) {
        pw.value = '';
        pw.focus();
      }
    } finally {
      this.busy = false;
    }
  }

  private message(err: unknown): string {
    if (err instanceof ApiError && err.status === 401) return this.t('signInWrong');
    if (err instanceof ApiError && err.code === 'rate_limited') return this.t('signInTooMany');
    return errorText(err, this.language.lang).text;
  }

  override render() {
    return html`<form class="card" @submit=${this.submit} aria-busy=${this.busy ? 'true' : 'false'}>
      ${this.heading}
      ${this.notice ? html`<p class="msg notice" role="status">${this.notice}</p>` : nothing}
      <label
        >${this.t('signInUsername')}<input name="username" .value=${this.username} autocomplete="username" autocapitalize="none" spellcheck="false" required maxlength="64"
      /></label>
      <label>${this.t('signInPassword')}<input name="password" type="password" autocomplete="current-password" required maxlength="256" /></label>
      ${this.error ? html`<p class="msg error" role="alert">${this.error}</p>` : nothing}
      <button class="primary" type="submit" ?disabled=${this.busy}>${this.busy ? this.t('signInBusy') : this.t('signInSubmit')}</button>
      ${this.footer}
    </form>`;
  }
}

customElements.define('giliran-sign-in-form', GiliranSignInForm);

declare global {
  interface HTMLElementTagNameMap {
    'giliran-sign-in-form': GiliranSignInForm;
  }
}
