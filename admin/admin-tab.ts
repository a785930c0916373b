// What every admin tab shares: the current config, a busy flag, one message line, and run(),
// which performs a hub call, shows the outcome in the admin's language, hands a new config to
// the app, and sends the user back to sign-in when the session has ended.
import { LitElement, html, nothing, type PropertyDeclarations } from 'lit';
import type { SiteConfig } from '../protocol/config.js';
import { ApiError } from '../ui/api.js';
import { baseStyles } from '../ui/theme.js';
import { i18n, type AdminKey } from './admin-strings.js';
import { adminStyles } from './admin-styles.js';
import { errorText } from '../ui/error-text.js';

export interface TabMessage {
  kind: 'ok' | 'error';
  text: string;
  field?: string | null;
}

export class AdminTab extends LitElement {
  static override properties: PropertyDeclarations = {
    config: { attribute: false },
    busy: { state: true },
    message: { state: true },
    confirming: { state: true },
  };
  static override styles = [baseStyles, adminStyles];

  config: SiteConfig | null = null;
  busy = false;
  message: TabMessage | null = null;
  /** The item whose delete button waits for its second click. */
  confirming: string | null = null;

  constructor() {
    super();
    i18n.bind(this);
  }

  /** Runs a hub call; on success shows `okText` (if any) and passes on a returned config. */
  protected async run<T>(fn: () => Promise<T>, okText?: string): Promise<T | undefined> {
    this.busy = true;
    this.message = null;
    try {
      const result = await fn();
      const config = (result as { config?: SiteConfig } | undefined)?.config;
      if (config) this.dispatchEvent(new CustomEvent<SiteConfig>('config-changed', { detail: config, bubbles: true, composed: true }));
      if (okText) this.message = { kind: 'ok', text: okText };
      return result;
    } catch (err) {
      if (err instanceof ApiError && err.status === 401) {
        this.dispatchEvent(new CustomEvent('session-expired', { bubbles: true, composed: true }));
        return undefined;
      }
      const e = errorText(err, i18n.lang);
      this.message = { kind: 'error', text: e.text, field: e.field };
      return undefined;
    } finally {
      this.busy = false;
    }
  }

  /** aria-invalid for a field the last error named. */
  protected invalid(...fields: string[]): 'true' | 'false' {
    const f = this.message?.kind === 'error' ? this.message.field : null;
    return f && fields.some((x) => f === x || f.startsWith(`${x}.`)) ? 'true' : 'false';
  }

  /** Delete on a second click: the first turns the button into "Yakin hapus?". */
  protected renderDeleteButton(id: string, remove: () => Promise<unknown>) {
    const armed = this.confirming === id;
    const click = async () => {
      this.confirming = armed ? null : id;
      if (armed) await this.run(remove, i18n.t('saved'));
    };
    return html`<button class="small ${armed ? 'danger' : ''}" ?disabled=${this.busy} @click=${click}>${armed ? i18n.t('confirmDelete') : i18n.t('delete')}</button>`;
  }

  /** The tab's title with its "+ Add" button. */
  protected renderHeading(title: AdminKey, add: AdminKey, onAdd: () => void) {
    return html`<div class="toolbar">
      <h2 style="flex:1;margin:0">${i18n.t(title)}</h2>
      <button class="primary" @click=${onAdd}>+ ${i18n.t(add)}</button>
    </div>`;
  }

  /** Cancel and Save at the foot of a form (Save submits it). */
  protected renderFormButtons(onCancel: () => void) {
    return html`<div class="form-buttons">
      <button type="button" @click=${onCancel}>${i18n.t('cancel')}</button>
      <button type="submit" class="primary" ?disabled=${this.busy}>${i18n.t('save')}</button>
    </div>`;
  }

  protected renderMessage() {
    const m = this.message;
    if (!m) return nothing;
    return html`<p class="msg ${m.kind}" role=${m.kind === 'error' ? 'alert' : 'status'}>${m.text}</p>`;
  }
}
