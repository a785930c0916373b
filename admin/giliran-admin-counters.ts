// Counters (loket / ruang): the name as the board speaks it, the services each one calls, the
// visit-room countdown, and what each is doing now. A counter serving someone cannot be removed.
import { html, nothing } from 'lit';
import type { CounterConfig } from '../protocol/config.js';
import type { StaffState } from '../protocol/staff.js';
import { configApi } from './admin-api.js';
import { i18n } from './admin-strings.js';
import { AdminTab } from './admin-tab.js';
import { slug } from './format.js';

const blank = (): CounterConfig => ({ id: '', name: '', services: [], sessionMinutes: null, capacity: null });

export class GiliranAdminCounters extends AdminTab {
  static override properties = {
    live: { attribute: false },
    editing: { state: true },
    draft: { state: true },
  };

  live: StaffState | null = null;
  editing: CounterConfig | 'new' | null = null;
  draft: CounterConfig = blank();
  private idTouched = false;

  private open(c: CounterConfig | 'new'): void {
    this.editing = c;
    this.draft = c === 'new' ? blank() : structuredClone({ sessionMinutes: null, capacity: null, ...c });
    this.idTouched = c !== 'new';
    this.message = null;
  }

  private toggleService(id: string, on: boolean): void {
    const services = on ? [...this.draft.services, id] : this.draft.services.filter((s) => s !== id);
    this.draft = { ...this.draft, services };
  }

  private async save(e: SubmitEvent): Promise<void> {
    e.preventDefault();
    const { name, services, sessionMinutes, capacity } = this.draft;
    const editing = this.editing;
    const done =
      editing === 'new'
        ? await this.run(() => configApi.addCounter(this.draft), i18n.t('saved'))
        : await this.run(() => configApi.patchCounter(editing!.id, { name, services, sessionMinutes, capacity }), i18n.t('saved'));
    if (done) this.editing = null;
  }

  private renderForm() {
    const d = this.draft;
    const isNew = this.editing === 'new';
    const value = (e: Event) => (e.target as HTMLInputElement).value;
    return html`<form class="card" novalidate @submit=${this.save}>
      <h3 style="margin-top:0">${isNew ? i18n.t('newCounter') : i18n.t('editCounter', { name: d.name })}</h3>
      ${this.renderMessage()}
      <div class="fields">
        <label>${i18n.t('ctrName')}<input name="name" .value=${d.name} aria-invalid=${this.invalid('name')} @input=${(e: Event) => (this.draft = { ...d, name: value(e), id: this.idTouched ? d.id : slug(value(e)) })} /><span class="hint">${i18n.t('ctrNameHint')}</span></label>
        ${isNew ? html`<label>${i18n.t('ctrId')}<input name="id" .value=${d.id} aria-invalid=${this.invalid('id')} @input=${(e: Event) => ((this.idTouched = true), (this.draft = { ...d, id: value(e) }))} /></label>` : nothing}
        <label>${i18n.t('ctrSession')}<input name="session" type="number" step="1" .value=${d.sessionMinutes == null ? '' : String(d.sessionMinutes)} aria-invalid=${this.invalid('sessionMinutes')} @input=${(e: Event) => (this.draft = { ...d, sessionMinutes: value(e) === '' ? null : Number(value(e)) })} /><span class="hint">${i18n.t('ctrSessionHint')}</span></label>
        <label>${i18n.t('ctrCapacity')}<input name="capacity" type="number" step="1" min="2" .value=${d.capacity == null ? '' : String(d.capacity)} aria-invalid=${this.invalid('capacity')} @input=${(e: Event) => (this.draft = { ...d, capacity: value(e) === '' ? null : Number(value(e)) })} /><span class="hint">${i18n.t('ctrCapacityHint')}</span></label>
        <fieldset class="wide" style="grid-column:1/-1;border:0;padding:0;margin:0" aria-invalid=${this.invalid('services')}>
          <legend class="muted">${i18n.t('ctrServices')}</legend>
          ${(this.config?.services ?? []).map(
            (s) => html`<label class="check" style="display:inline-flex;margin-right:18px">
              <input type="checkbox" name="svc-${s.id}" .checked=${d.services.includes(s.id)} @change=${(e: Event) => this.toggleService(s.id, (e.target as HTMLInputElement).checked)} />${s.name[i18n.lang]}
            </label>`,
          )}
        </fieldset>
      </div>
      ${this.renderFormButtons(() => (this.editing = null))}
    </form>`;
  }

  private renderNow(id: string) {
    const c = this.live?.counters.find((x) => x.id === id);
    if (!c) return '—';
    const cls = c.status === 'open' ? 'ok' : c.status === 'paused' ? 'warn' : '';
    return html`<span class="pill ${cls}">${i18n.t(`c:${c.status}`)}</span> ${c.current ? html`<span class="mono">${c.current.number}</span>` : nothing}`;
  }

  override render() {
    const names = (ids: string[]) => ids.map((id) => this.config?.services.find((s) => s.id === id)?.name[i18n.lang] ?? id).join(', ');
    return html`${this.renderHeading('tabCounters', 'addCounter', () => this.open('new'))}
      ${this.editing ? this.renderForm() : this.renderMessage()}
      <div class="card">
        <table>
          <thead>
            <tr>
              <th>${i18n.t('ctrName')}</th>
              <th>ID</th>
              <th>${i18n.t('ctrServices')}</th>
              <th class="qty">${i18n.t('ctrSessionShort')}</th>
              <th class="qty">${i18n.t('ctrCapacityShort')}</th>
              <th>${i18n.t('ctrNow')}</th>
              <th><span class="sr-only">${i18n.t('action')}</span></th>
            </tr>
          </thead>
          <tbody>
            ${(this.config?.counters ?? []).map(
              (c) => html`<tr data-counter=${c.id}>
                <td>${c.name}</td>
                <td class="mono muted">${c.id}</td>
                <td>${names(c.services)}</td>
                <td class="qty">${c.sessionMinutes ?? '—'}</td>
                <td class="qty">${c.capacity ?? '—'}</td>
                <td>${this.renderNow(c.id)}</td>
                <td>
                  <div class="actions">
                    <button class="small" @click=${() => this.open(c)}>${i18n.t('edit')}</button>
                    ${this.renderDeleteButton(c.id, () => configApi.deleteCounter(c.id))}
                  </div>
                </td>
              </tr>`,
            )}
          </tbody>
        </table>
      </div>`;
  }
}

customElements.define('giliran-admin-counters', GiliranAdminCounters);

declare global {
  interface HTMLElementTagNameMap {
    'giliran-admin-counters': GiliranAdminCounters;
  }
}
