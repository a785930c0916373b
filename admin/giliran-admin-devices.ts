// Kiosks and boards: a registry so the screens in the building are known by name and place, and
// what each kiosk issued today (from the tickets it sent). A kiosk that issues tickets under a
// device name nobody registered shows up below, one click from being registered.
import { html, nothing } from 'lit';
import type { DevicesView } from '../protocol/rest-types.js';
import { devicesApi, type Device } from './admin-api.js';
import { i18n } from './admin-strings.js';
import { AdminTab } from './admin-tab.js';
import { localTime } from './format.js';

const blank = (): Device => ({ id: '', kind: 'kiosk', name: '', location: '', note: '', keyCreatedAt: null });

export class GiliranAdminDevices extends AdminTab {
  static override properties = {
    view: { state: true },
    editing: { state: true },
    draft: { state: true },
  };

  view: DevicesView | null = null;
  editing: Device | 'new' | null = null;
  draft: Device = blank();

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  /** Reloads the list; a message about the change just made stays shown. */
  private async load(): Promise<void> {
    const shown = this.message;
    this.view = (await this.run(() => devicesApi.list())) ?? this.view;
    this.message ??= shown;
  }

  private open(d: Device | 'new', preset: Partial<Device> = {}): void {
    this.editing = d;
    this.draft = { ...(d === 'new' ? blank() : d), ...preset };
    this.message = null;
  }

  private async save(e: SubmitEvent): Promise<void> {
    e.preventDefault();
    const editing = this.editing;
    const { id, keyCreatedAt: _key, ...fields } = this.draft;
    const done = editing === 'new' ? await this.run(() => devicesApi.add({ id, ...fields }), i18n.t('saved')) : await this.run(() => devicesApi.patch(id, fields), i18n.t('saved'));
    if (!done) return;
    this.editing = null;
    await this.load();
  }

  private async makeKey(d: Device): Promise<void> {
    const made = await this.run(() => devicesApi.newKey(d.id));
    if (!made) return;
    await this.load();
    this.message = { kind: 'ok', text: i18n.t('devKeyShown', { name: d.name, key: made.key }) };
  }

  private async removeDevice(id: string): Promise<void> {
    await devicesApi.remove(id);
    this.view = await devicesApi.list();
  }

  private renderForm() {
    const d = this.draft;
    const isNew = this.editing === 'new';
    const v = (e: Event) => (e.target as HTMLInputElement).value;
    return html`<form class="card" novalidate @submit=${this.save}>
      <h3 style="margin-top:0">${isNew ? i18n.t('newDevice') : i18n.t('editDevice', { name: d.name })}</h3>
      ${this.renderMessage()}
      <div class="fields">
        ${isNew
          ? html`<label>${i18n.t('devId')}<input name="id" .value=${d.id} aria-invalid=${this.invalid('id')} @input=${(e: Event) => (this.draft = { ...d, id: v(e) })} /><span class="hint">${i18n.t('devIdHint')}</span></label>`
          : nothing}
        <label>${i18n.t('devKind')}
          <select name="kind" @change=${(e: Event) => (this.draft = { ...d, kind: v(e) as Device['kind'] })}>
            <option value="kiosk" ?selected=${d.kind === 'kiosk'}>${i18n.t('kindKiosk')}</option>
            <option value="board" ?selected=${d.kind === 'board'}>${i18n.t('kindBoard')}</option>
          </select>
        </label>
        <label>${i18n.t('devName')}<input name="name" .value=${d.name} aria-invalid=${this.invalid('name')} @input=${(e: Event) => (this.draft = { ...d, name: v(e) })} /></label>
        <label>${i18n.t('devLocation')}<input name="location" .value=${d.location} @input=${(e: Event) => (this.draft = { ...d, location: v(e) })} /></label>
        <label class="wide">${i18n.t('devNote')}<input name="note" .value=${d.note} @input=${(e: Event) => (this.draft = { ...d, note: v(e) })} /></label>
      </div>
      ${this.renderFormButtons(() => (this.editing = null))}
    </form>`;
  }

  override render() {
    const view = this.view;
    const tz = this.config?.settings.timezone ?? 'Asia/Makassar';
    const seen = (id: string) => view?.seen.find((s) => s.device === id);
    const unregistered = view?.seen.filter((s) => !view.devices.some((d) => d.id === s.device)) ?? [];
    return html`${this.renderHeading('tabDevices', 'addDevice', () => this.open('new'))}
      ${this.editing ? this.renderForm() : this.renderMessage()}
      <div class="card">
        <table>
          <thead>
            <tr><th>${i18n.t('devKind')}</th><th>${i18n.t('devName')}</th><th>ID</th><th>${i18n.t('devLocation')}</th><th class="qty">${i18n.t('devToday')}</th><th>${i18n.t('devLast')}</th><th title=${i18n.t('devKeyHint')}>${i18n.t('devKey')}</th><th><span class="sr-only">${i18n.t('action')}</span></th></tr>
          </thead>
          <tbody>
            ${(view?.devices ?? []).map((d) => {
              const s = seen(d.id);
              return html`<tr data-device=${d.id}>
                <td><span class="pill">${d.kind === 'kiosk' ? i18n.t('kindKiosk') : i18n.t('kindBoard')}</span></td>
                <td>${d.name}${d.note ? html`<br /><span class="muted">${d.note}</span>` : nothing}</td>
                <td class="mono muted">${d.id}</td>
                <td>${d.location || '—'}</td>
                <td class="qty">${d.kind === 'kiosk' ? (s?.tickets ?? 0) : '—'}</td>
                <td>${s ? localTime(s.lastAt, tz) : '—'}</td>
                <td class="key">${d.keyCreatedAt ? localTime(d.keyCreatedAt, tz) : html`<span class="muted">${i18n.t('devKeyNone')}</span>`}</td>
                <td>
                  <div class="actions">
                    <button class="small" @click=${() => this.open(d)}>${i18n.t('edit')}</button>
                    <button class="small" @click=${() => this.makeKey(d)}>${i18n.t('devKeyMake')}</button>
                    ${this.renderDeleteButton(d.id, () => this.removeDevice(d.id))}
                  </div>
                </td>
              </tr>`;
            })}
          </tbody>
        </table>
      </div>
      ${unregistered.length
        ? html`<h3>${i18n.t('devUnregistered')}</h3>
            <div class="card">
              <table>
                <thead><tr><th>${i18n.t('devId')}</th><th class="qty">${i18n.t('devToday')}</th><th>${i18n.t('devLast')}</th><th><span class="sr-only">${i18n.t('action')}</span></th></tr></thead>
                <tbody>
                  ${unregistered.map(
                    (s) => html`<tr data-seen=${s.device}>
                      <td class="mono">${s.device}</td>
                      <td class="qty">${s.tickets}</td>
                      <td>${localTime(s.lastAt, tz)}</td>
                      <td><div class="actions"><button class="small" @click=${() => this.open('new', { id: s.device, name: s.device })}>${i18n.t('register')}</button></div></td>
                    </tr>`,
                  )}
                </tbody>
              </table>
            </div>`
        : nothing}`;
  }
}

customElements.define('giliran-admin-devices', GiliranAdminDevices);

declare global {
  interface HTMLElementTagNameMap {
    'giliran-admin-devices': GiliranAdminDevices;
  }
}
