// Device settings behind the admin password. The password is checked by the hub itself
// (POST /api/login must return an admin). The session lives only while the dialog is open: saving
// registers the device and fetches its key with it (the key lets this kiosk take tickets under its
// own name), and closing or saving logs it out, so the kiosk never keeps an admin session a
// visitor could use.
// It is a modal dialog: Escape closes it, Tab stays inside it, and nothing is pre-filled (a visitor
// learns no account name from it).
import { LitElement, html } from 'lit';
import type { Lang } from '../protocol/config.js';
import type { DeviceKeyAnswer } from '../protocol/devices.js';
import type { LoginAnswer, OkAnswer } from '../protocol/rest-types.js';
import { ApiError, api } from '../ui/api.js';
import { formStyles, modalHostStyles } from '../ui/dialog-styles.js';
import { baseStyles } from '../ui/theme.js';
import { DEVICE_NAME, type DeviceSettings } from './device-settings.js';
import { i18n } from './kiosk-strings.js';


/** Closes by itself when left open, so a visitor never finds it. */
const IDLE_CLOSE_MS = 120_000;

export class GiliranKioskSettings extends LitElement {
  static override properties = {
    settings: { attribute: false },
    printerIds: { attribute: false },
    lang: { reflect: true },
    unlocked: { state: true },
    error: { state: true },
    busy: { state: true },
  };
  static override styles = [baseStyles, modalHostStyles, formStyles];

  settings!: DeviceSettings;
  printerIds: string[] = [];
  override lang: Lang = 'id';
  unlocked = false;
  error = '';
  busy = false;
  private idle: ReturnType<typeof setTimeout> | null = null;
  /** The admin session while unlocked; ended on save or close. */
  private token: string | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    // A modal dialog for assistive technology (a <form> may not carry the role itself).
    this.setAttribute('role', 'dialog');
    this.setAttribute('aria-modal', 'true');
    this.setAttribute('aria-label', i18n.t('settings'));
    this.poke();
    this.addEventListener('input', this.poke);
    this.addEventListener('keydown', this.onKey);
    // Focus that lands outside (a click behind, a script) comes back into the dialog.
    document.addEventListener('focusin', this.onFocusIn);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.idle) clearTimeout(this.idle);
    void this.endSession();
    this.removeEventListener('input', this.poke);
    this.removeEventListener('keydown', this.onKey);
    document.removeEventListener('focusin', this.onFocusIn);
  }

  override firstUpdated(): void {
    this.focusables()[0]?.focus();
  }

  override updated(changed: Map<string, unknown>): void {
    if (changed.has('unlocked') && changed.get('unlocked') === false) this.focusables()[0]?.focus();
  }

  private focusables(): HTMLElement[] {
    const all = this.renderRoot.querySelectorAll<HTMLElement>('input, select, button, textarea, [tabindex]:not([tabindex="-1"])');
    return [...all].filter((e) => !(e as HTMLInputElement).disabled);
  }

  private onKey = (e: KeyboardEvent): void => {
    this.poke();
    if (e.key === 'Escape') {
      e.preventDefault();
      this.close();
      return;
    }
    if (e.key !== 'Tab') return;
    const items = this.focusables();
    if (items.length === 0) return;
    const active = this.shadowRoot?.activeElement;
    const at = items.indexOf(active as HTMLElement);
    const next = e.shiftKey ? (at <= 0 ? items.length - 1 : at - 1) : at === items.length - 1 || at < 0 ? 0 : at + 1;
    e.preventDefault();
    items[next].focus();
  };

  private onFocusIn = (e: FocusEvent): void => {
    if (e.target !== this && !this.contains(e.target as Node)) this.focusables()[0]?.focus();
  };

  private poke = (): void => {
    if (this.idle) clearTimeout(this.idle);
    this.idle = setTimeout(() => this.close(), IDLE_CLOSE_MS);
  };

  private close(): void {
    void this.endSession();
    this.dispatchEvent(new CustomEvent('close'));
  }

  private async endSession(): Promise<void> {
    const token = this.token;
    this.token = null;
    if (token) await api<OkAnswer>('/api/logout', { method: 'POST', token }).catch(() => undefined);
  }

  private async unlock(e: SubmitEvent): Promise<void> {
    e.preventDefault();
    if (this.busy) return;
    const data = new FormData(e.target as HTMLFormElement);
    this.busy = true;
    this.error = '';
    try {
      const body = { username: String(data.get('username') ?? ''), password: String(data.get('password') ?? '') };
      const answer = await api<LoginAnswer>('/api/login', { body });
      this.token = answer.token;
      if (answer.user.role !== 'admin') {
        await this.endSession();
        throw new ApiError('forbidden', 'not an admin', 403);
      }
      this.unlocked = true;
    } catch (err) {
      this.error = err instanceof ApiError && err.code === 'network' ? i18n.t('errorNetwork') : i18n.t('wrongPassword');
    } finally {
      this.busy = false;
    }
  }

  private async save(e: SubmitEvent): Promise<void> {
    e.preventDefault();
    if (this.busy) return;
    const data = new FormData(e.target as HTMLFormElement);
    const deviceName = String(data.get('deviceName') ?? '').trim();
    if (!DEVICE_NAME.test(deviceName)) {
      this.error = i18n.t('deviceNameInvalid');
      return;
    }
    let deviceKey = this.settings.deviceKey;
    // A new name, or no key yet: register the device with the hub and take its key.
    if (!deviceKey || deviceName !== this.settings.deviceName) {
      this.busy = true;
      try {
        const made = await api<DeviceKeyAnswer>(`/api/admin/devices/${encodeURIComponent(deviceName)}/key`, { body: { kind: 'kiosk' }, token: this.token ?? undefined });
        deviceKey = made.key;
      } catch (err) {
        this.error = err instanceof ApiError && err.code === 'network' ? i18n.t('errorNetwork') : i18n.t('registerFailed');
        return;
      } finally {
        this.busy = false;
      }
    }
    const next: DeviceSettings = {
      deviceName,
      language: data.get('language') === 'en' ? 'en' : 'id',
      printerId: String(data.get('printerId') ?? '').trim(),
      deviceKey,
    };
    await this.endSession();
    this.dispatchEvent(new CustomEvent<DeviceSettings>('save', { detail: next }));
  }

  private renderLogin() {
    return html`<form @submit=${this.unlock}>
      <h2>${i18n.t('settings')}</h2>
      <div>${i18n.t('adminOnly')}</div>
      <label>${i18n.t('username')}<input name="username" autocomplete="off" autocapitalize="none" required /></label>
      <label>${i18n.t('password')}<input name="password" type="password" autocomplete="off" required /></label>
      ${this.error ? html`<div class="error" role="alert">${this.error}</div>` : ''}
      <div class="row">
        <button type="button" @click=${this.close}>${i18n.t('cancel')}</button>
        <button type="submit" ?disabled=${this.busy}>${i18n.t('unlock')}</button>
      </div>
    </form>`;
  }

  private renderForm() {
    const s = this.settings;
    const ids = [...new Set([...this.printerIds, s.printerId].filter(Boolean))];
    return html`<form @submit=${this.save}>
      <h2>${i18n.t('settings')}</h2>
      <label>${i18n.t('deviceName')}<input name="deviceName" .value=${s.deviceName} autocomplete="off" /></label>
      <label
        >${i18n.t('defaultLanguage')}
        <select name="language">
          <option value="id" ?selected=${s.language === 'id'}>Bahasa Indonesia</option>
          <option value="en" ?selected=${s.language === 'en'}>English</option>
        </select>
      </label>
      <label
        >${i18n.t('printerId')}
        <input name="printerId" list="printers" .value=${s.printerId} placeholder=${i18n.t('printerNone')} autocomplete="off" />
        <datalist id="printers">${ids.map((id) => html`<option value=${id}></option>`)}</datalist>
      </label>
      ${this.error ? html`<div class="error" role="alert">${this.error}</div>` : ''}
      <div class="row">
        <button type="button" @click=${this.close}>${i18n.t('cancel')}</button>
        <button type="submit" ?disabled=${this.busy}>${i18n.t('save')}</button>
      </div>
    </form>`;
  }

  override render() {
    return this.unlocked ? this.renderForm() : this.renderLogin();
  }
}

customElements.define('giliran-kiosk-settings', GiliranKioskSettings);

declare global {
  interface HTMLElementTagNameMap {
    'giliran-kiosk-settings': GiliranKioskSettings;
  }
}
