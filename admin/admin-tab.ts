// What every admin tab shares: the current config, a busy flag, one message line, and run(),
// which performs a hub call, shows the outcome in the admin's language, hands a new config to
// the app, and sends the user back to sign-in when the session has ended.
import { LitElement, html, nothing, type PropertyDeclarations } from 'lit';
import type { SiteConfig } from '../protocol/config.js';
import { ApiError } from '../ui/api.js';
import { baseStyles } from '../ui/theme.js';
import { i18n } from './admin-strings.js';
import { adminStyles } from './admin-styles.js';
import { explain } from './error-text.js';

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
  };
  static override styles = [baseStyles, adminStyles];

  config: SiteConfig | null = null;
  busy = false;
  message: TabMessage | null = null;

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
      const e = explain(err);
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

  protected renderMessage() {
    const m = this.message;
    if (!m) return nothing;
    return html`<p class="msg ${m.kind}" role=${m.kind === 'error' ? 'alert' : 'status'}>${m.text}</p>`;
  }
}
