// Add or edit one service: prefix, names, quota, opening sessions, next stage, average time, icon.
// Validation is the hub's (one set of rules); the form shows its answer next to the fields.
import { css, html, nothing } from 'lit';
import type { OpeningSession, ServiceConfig } from '../protocol/config.js';
import { iconNames, iconsByName } from '../ui/icons.js';
import { configApi } from './admin-api.js';
import { i18n } from './admin-strings.js';
import { AdminTab } from './admin-tab.js';
import { slug } from './format.js';

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('');

export class GiliranAdminServiceForm extends AdminTab {
  static override properties = {
    service: { attribute: false },
    draft: { state: true },
  };
  static override styles = [
    ...AdminTab.styles,
    css`
      .sessions {
        display: grid;
        gap: 8px;
      }
      .session {
        display: flex;
        gap: 10px;
        align-items: end;
        flex-wrap: wrap;
      }
      .icon-preview {
        width: 40px;
        height: 40px;
        color: var(--g-accent);
      }
      .icon-row {
        display: flex;
        gap: 10px;
        align-items: center;
      }
    `,
  ];

  /** The service to edit; null to add a new one. */
  service: ServiceConfig | null = null;
  draft: ServiceConfig = GiliranAdminServiceForm.blank();
  private idTouched = false;

  static blank(): ServiceConfig {
    return { id: '', prefix: '', name: { id: '', en: '' }, active: true, dailyQuota: null, sessions: [], next: null, averageServiceMinutes: 5 };
  }

  override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('service')) {
      this.draft = structuredClone(this.service ?? GiliranAdminServiceForm.blank());
      if (!this.service) this.draft.prefix = LETTERS.find((l) => !this.config?.services.some((s) => s.prefix === l)) ?? 'A';
      this.idTouched = !!this.service;
    }
  }

  private set<K extends keyof ServiceConfig>(key: K, value: ServiceConfig[K]): void {
    this.draft = { ...this.draft, [key]: value };
  }

  private setName(lang: 'id' | 'en', value: string): void {
    this.set('name', { ...this.draft.name, [lang]: value });
    if (lang === 'id' && !this.idTouched) this.set('id', slug(value));
  }

  private setSession(i: number, patch: Partial<OpeningSession>): void {
    const sessions = this.draft.sessions.map((s, j) => {
      if (j !== i) return s;
      const next = { ...s, ...patch };
      if (!next.lastIssue) delete next.lastIssue;
      return next;
    });
    this.set('sessions', sessions);
  }

  private number(value: string): number | null {
    return value.trim() === '' ? null : Number(value);
  }

  private async save(e: SubmitEvent): Promise<void> {
    e.preventDefault();
    const { id, ...fields } = this.draft;
    // '' asks the hub to clear an icon; a new service simply has none.
    const body = { ...fields, icon: fields.icon || (this.service ? '' : undefined) };
    const done = this.service ? await this.run(() => configApi.patchService(this.service!.id, body)) : await this.run(() => configApi.addService({ id, ...body }));
    if (done) this.dispatchEvent(new CustomEvent('saved', { bubbles: true, composed: true }));
  }

  private cancel(): void {
    this.dispatchEvent(new CustomEvent('cancel', { bubbles: true, composed: true }));
  }

  private renderSessions() {
    return html`<fieldset class="wide sessions" style="border:0;padding:0;margin:0;grid-column:1/-1">
      <legend class="muted">${i18n.t('svcSessions')} <span class="hint">— ${i18n.t('svcSessionsHint')}</span></legend>
      ${this.draft.sessions.map(
        (s, i) => html`<div class="session">
          <label>${i18n.t('sessStart')}<input type="time" .value=${s.start} aria-invalid=${this.invalid('sessions')} @change=${(e: Event) => this.setSession(i, { start: (e.target as HTMLInputElement).value })} /></label>
          <label>${i18n.t('sessEnd')}<input type="time" .value=${s.end} aria-invalid=${this.invalid('sessions')} @change=${(e: Event) => this.setSession(i, { end: (e.target as HTMLInputElement).value })} /></label>
          <label>${i18n.t('sessLast')}<input type="time" .value=${s.lastIssue ?? ''} @change=${(e: Event) => this.setSession(i, { lastIssue: (e.target as HTMLInputElement).value || undefined })} /></label>
          <button type="button" class="small" @click=${() => this.set('sessions', this.draft.sessions.filter((_, j) => j !== i))}>${i18n.t('removeSession')}</button>
        </div>`,
      )}
      <div><button type="button" class="small" @click=${() => this.set('sessions', [...this.draft.sessions, { start: '08:00', end: '11:00', lastIssue: '10:30' }])}>+ ${i18n.t('addSession')}</button></div>
    </fieldset>`;
  }

  override render() {
    const d = this.draft;
    const others = this.config?.services.filter((s) => s.id !== this.service?.id) ?? [];
    const usedBy = (l: string) => others.find((s) => s.prefix === l);
    const value = (e: Event) => (e.target as HTMLInputElement).value;
    return html`<form class="card" novalidate @submit=${this.save} aria-label=${this.service ? i18n.t('editService', { name: this.service.name.id }) : i18n.t('newService')}>
      <h3 style="margin-top:0">${this.service ? i18n.t('editService', { name: this.service.name[i18n.lang] }) : i18n.t('newService')}</h3>
      ${this.renderMessage()}
      <div class="fields">
        <label>${i18n.t('svcNameId')}<input name="name-id" .value=${d.name.id} aria-invalid=${this.invalid('name')} @input=${(e: Event) => this.setName('id', value(e))} /></label>
        <label>${i18n.t('svcNameEn')}<input name="name-en" .value=${d.name.en} aria-invalid=${this.invalid('name')} @input=${(e: Event) => this.setName('en', value(e))} /></label>
        ${this.service
          ? nothing
          : html`<label>${i18n.t('svcId')}<input name="id" .value=${d.id} aria-invalid=${this.invalid('id')} @input=${(e: Event) => ((this.idTouched = true), this.set('id', value(e)))} /></label>`}
        <label>${i18n.t('svcPrefix')}
          <select name="prefix" aria-invalid=${this.invalid('prefix')} @change=${(e: Event) => this.set('prefix', value(e))}>
            ${LETTERS.map((l) => html`<option value=${l} ?selected=${d.prefix === l}>${l}${usedBy(l) ? ` — ${usedBy(l)!.name[i18n.lang]}` : ''}</option>`)}
          </select>
        </label>
        <label>${i18n.t('svcQuota')}<input name="quota" type="number" step="1" .value=${d.dailyQuota === null ? '' : String(d.dailyQuota)} placeholder=${i18n.t('noLimit')} aria-invalid=${this.invalid('dailyQuota')} @input=${(e: Event) => this.set('dailyQuota', this.number(value(e)))} /><span class="hint">${i18n.t('svcQuotaHint')}</span></label>
        <label>${i18n.t('svcAvg')}<input name="avg" type="number" step="0.5" .value=${String(d.averageServiceMinutes)} aria-invalid=${this.invalid('averageServiceMinutes')} @input=${(e: Event) => this.set('averageServiceMinutes', Number(value(e)))} /></label>
        <label>${i18n.t('svcNext')}
          <select name="next" aria-invalid=${this.invalid('services', 'next')} @change=${(e: Event) => this.set('next', value(e) || null)}>
            <option value="" ?selected=${!d.next}>${i18n.t('none')}</option>
            ${others.map((s) => html`<option value=${s.id} ?selected=${d.next === s.id}>${s.name[i18n.lang]}</option>`)}
          </select>
        </label>
        <label>${i18n.t('svcIcon')}
          <span class="icon-row">
            <select name="icon" @change=${(e: Event) => this.set('icon', value(e) || undefined)}>
              <option value="" ?selected=${!d.icon}>${i18n.t('none')}</option>
              ${iconNames.map((n) => html`<option value=${n} ?selected=${d.icon === n}>${n}</option>`)}
            </select>
            <span class="icon-preview">${d.icon ? (iconsByName.get(d.icon) ?? nothing) : nothing}</span>
          </span>
        </label>
        <label class="check"><input type="checkbox" name="active" .checked=${d.active} @change=${(e: Event) => this.set('active', (e.target as HTMLInputElement).checked)} />${i18n.t('svcActive')}</label>
        ${this.renderSessions()}
      </div>
      ${this.renderFormButtons(() => this.cancel())}
    </form>`;
  }
}

customElements.define('giliran-admin-service-form', GiliranAdminServiceForm);

declare global {
  interface HTMLElementTagNameMap {
    'giliran-admin-service-form': GiliranAdminServiceForm;
  }
}
