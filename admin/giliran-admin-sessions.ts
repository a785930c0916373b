// Live staff sessions, under the users table: who is signed in, since when, last seen, when the
// session ends by itself; an admin can end one (its open consoles are signed out at once).
import { html, nothing } from 'lit';
import type { SessionView } from '../protocol/staff.js';
import { sessionsApi } from './admin-api.js';
import { i18n } from './admin-strings.js';
import { AdminTab } from './admin-tab.js';
import { localTime } from './format.js';

export class GiliranAdminSessions extends AdminTab {
  static override properties = { ...AdminTab.properties, sessions: { state: true } };

  sessions: SessionView[] = [];

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  /** Reloads the list (the users tab calls it after a change that ends sessions). */
  async load(): Promise<void> {
    this.sessions = (await this.run(() => sessionsApi.list())) ?? this.sessions;
  }

  private async end(s: SessionView): Promise<void> {
    if (await this.run(() => sessionsApi.end(s.id), i18n.t('sessionEndedBy', { user: s.username }))) await this.load();
  }

  override render() {
    const tz = this.config?.settings.timezone ?? 'Asia/Makassar';
    return html`<h3>${i18n.t('sessionsTitle')}</h3>
      ${this.renderMessage()}
      <div class="card">
        <table>
          <thead>
            <tr><th>${i18n.t('username')}</th><th>${i18n.t('sessionSince')}</th><th>${i18n.t('sessionLastSeen')}</th><th>${i18n.t('sessionEnds')}</th><th></th></tr>
          </thead>
          <tbody>
            ${this.sessions.length === 0 ? html`<tr><td colspan="5" class="muted">—</td></tr>` : nothing}
            ${this.sessions.map(
              (s) => html`<tr data-session=${s.id}>
                <td class="mono">${s.username}</td>
                <td>${localTime(s.createdAt, tz)}</td>
                <td>${localTime(s.lastSeenAt, tz)}</td>
                <td>${localTime(s.expiresAt, tz)}</td>
                <td><div class="actions"><button class="small" ?disabled=${this.busy} @click=${() => this.end(s)}>${i18n.t('sessionEnd')}</button></div></td>
              </tr>`,
            )}
          </tbody>
        </table>
      </div>`;
  }
}

customElements.define('giliran-admin-sessions', GiliranAdminSessions);

declare global {
  interface HTMLElementTagNameMap {
    'giliran-admin-sessions': GiliranAdminSessions;
  }
}
