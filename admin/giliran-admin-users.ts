// Users: officers and admins. Add one, reset a password (typed or generated, shown once so it can
// be passed on), change the role, disable. The hub refuses to lock the last admin out.
import { css, html, nothing } from 'lit';
import type { Role, UserView } from '../protocol/staff.js';
import { usersApi } from './admin-api.js';
import { i18n } from './admin-strings.js';
import { AdminTab } from './admin-tab.js';
import './giliran-admin-sessions.js';

/** No 0/O or 1/l/I: passwords are read out or written on paper. */
const ALPHABET = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
export function generatePassword(length = 12): string {
  const bytes = crypto.getRandomValues(new Uint8Array(length));
  return Array.from(bytes, (b) => ALPHABET[b % ALPHABET.length]).join('');
}

export class GiliranAdminUsers extends AdminTab {
  static override properties = {
    me: {},
    users: { state: true },
    adding: { state: true },
    resetting: { state: true },
    password: { state: true },
  };
  static override styles = [
    ...AdminTab.styles,
    css`
      .reset {
        display: flex;
        gap: 8px;
        align-items: center;
        flex-wrap: wrap;
      }
    `,
  ];

  me = '';
  users: UserView[] = [];
  adding = false;
  resetting: string | null = null;
  password = '';

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private async load(): Promise<void> {
    this.users = (await this.run(() => usersApi.list())) ?? this.users;
  }

  private async patch(u: UserView, patch: Parameters<typeof usersApi.patch>[1], ok: string): Promise<boolean> {
    const r = await this.run(() => usersApi.patch(u.username, patch), ok);
    if (r) this.users = this.users.map((x) => (x.username === u.username ? r.user : x));
    if (r) void this.renderRoot.querySelector('giliran-admin-sessions')?.load();
    return !!r;
  }

  private async resetPassword(u: UserView): Promise<void> {
    const password = this.password;
    if (await this.patch(u, { password }, i18n.t('passwordSet', { user: u.username, password }))) {
      this.resetting = null;
      this.password = '';
    }
  }

  private async add(e: SubmitEvent): Promise<void> {
    e.preventDefault();
    const f = new FormData(e.target as HTMLFormElement);
    const username = String(f.get('username') ?? '').trim();
    const body = { username, displayName: String(f.get('displayName') ?? '').trim() || username, role: String(f.get('role')) as Role, password: String(f.get('password') ?? '') };
    const r = await this.run(() => usersApi.add(body), i18n.t('userAdded', { user: username }));
    if (r) {
      this.users = [...this.users, r.user];
      this.adding = false;
    }
  }

  private renderAdd() {
    return html`<form class="card" novalidate @submit=${this.add}>
      <h3 style="margin-top:0">${i18n.t('addUser')}</h3>
      ${this.renderMessage()}
      <div class="fields">
        <label>${i18n.t('username')}<input name="username" autocomplete="off" autocapitalize="none" aria-invalid=${this.invalid('username')} /></label>
        <label>${i18n.t('displayName')}<input name="displayName" autocomplete="off" /></label>
        <label>${i18n.t('role')}
          <select name="role"><option value="officer">${i18n.t('roleOfficer')}</option><option value="admin">${i18n.t('roleAdmin')}</option></select>
        </label>
        <label>${i18n.t('newPassword')}
          <span class="reset">
            <input name="password" .value=${this.password} autocomplete="new-password" aria-invalid=${this.invalid('password')} @input=${(e: Event) => (this.password = (e.target as HTMLInputElement).value)} />
            <button type="button" class="small" @click=${() => (this.password = generatePassword())}>${i18n.t('generate')}</button>
          </span>
        </label>
      </div>
      ${this.renderFormButtons(() => ((this.adding = false), (this.message = null)))}
    </form>`;
  }

  private renderActions(u: UserView) {
    if (this.resetting === u.username) {
      return html`<div class="reset">
        <input aria-label=${i18n.t('newPassword')} placeholder=${i18n.t('newPassword')} .value=${this.password} @input=${(e: Event) => (this.password = (e.target as HTMLInputElement).value)} />
        <button class="small" @click=${() => (this.password = generatePassword())}>${i18n.t('generate')}</button>
        <button class="small primary" ?disabled=${this.busy} @click=${() => this.resetPassword(u)}>${i18n.t('save')}</button>
        <button class="small" @click=${() => (this.resetting = null)}>${i18n.t('cancel')}</button>
      </div>`;
    }
    const self = u.username === this.me;
    return html`<div class="actions">
      <button class="small" @click=${() => ((this.resetting = u.username), (this.password = ''), (this.message = null))}>${i18n.t('resetPassword')}</button>
      <button class="small" ?disabled=${self || this.busy} @click=${() => this.patch(u, { role: u.role === 'admin' ? 'officer' : 'admin' }, i18n.t('saved'))}>
        ${u.role === 'admin' ? i18n.t('makeOfficer') : i18n.t('makeAdmin')}
      </button>
      <button class="small" ?disabled=${self || this.busy} @click=${() => this.patch(u, { disabled: !u.disabled }, i18n.t('saved'))}>
        ${u.disabled ? i18n.t('enable') : i18n.t('disable')}
      </button>
    </div>`;
  }

  override render() {
    return html`${this.renderHeading('tabUsers', 'addUser', () => ((this.adding = true), (this.password = ''), (this.message = null)))}
      ${this.adding ? this.renderAdd() : this.renderMessage()}
      <div class="card">
        <table>
          <thead>
            <tr>
              <th>${i18n.t('username')}</th>
              <th>${i18n.t('displayName')}</th>
              <th>${i18n.t('role')}</th>
              <th>${i18n.t('status')}</th>
              <th></th>
            </tr>
          </thead>
          <tbody>
            ${this.users.map(
              (u) => html`<tr class=${u.disabled ? 'off' : ''} data-user=${u.username}>
                <td class="mono">${u.username} ${u.username === this.me ? html`<span class="muted">${i18n.t('you')}</span>` : nothing}</td>
                <td>${u.displayName}</td>
                <td>${u.role === 'admin' ? i18n.t('roleAdmin') : i18n.t('roleOfficer')}</td>
                <td><span class="pill ${u.disabled ? '' : 'ok'}">${u.disabled ? i18n.t('inactive') : i18n.t('active')}</span></td>
                <td>${this.renderActions(u)}</td>
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
      <giliran-admin-sessions .config=${this.config}></giliran-admin-sessions>`;
  }
}

customElements.define('giliran-admin-users', GiliranAdminUsers);

declare global {
  interface HTMLElementTagNameMap {
    'giliran-admin-users': GiliranAdminUsers;
  }
}
