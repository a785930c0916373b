// The audit log of one day: sign-ins and failed sign-ins, settings and user changes, out-of-order
// calls, reprints — who, when (site time), what. Filtered here by kind of action and by user.
import { html, nothing } from 'lit';
import { auditApi, reportsApi, type AuditEntry } from './admin-api.js';
import { i18n, type AdminKey } from './admin-strings.js';
import { AdminTab } from './admin-tab.js';
import './giliran-admin-audit-verify.js';
import { localTime } from './format.js';

/** Filter groups: an entry belongs to a group when its action starts with one of the prefixes. */
const GROUPS: [AdminKey, string[]][] = [
  ['gLogin', ['login']],
  ['gSettings', ['settings', 'service', 'counter', 'config', 'device']],
  ['gUsers', ['user']],
  ['gCalls', ['ticket.calledOutOfOrder']],
  ['gReprints', ['ticket.reprinted']],
];

const matches = (action: string, prefixes: string[]) => prefixes.some((p) => action === p || action.startsWith(`${p}.`));

function show(v: unknown): string {
  if (v === null || v === undefined || v === '') return '—';
  return typeof v === 'string' ? v : JSON.stringify(v);
}

export class GiliranAdminAudit extends AdminTab {
  static override properties = {
    day: { state: true },
    today: { state: true },
    group: { state: true },
    actor: { state: true },
    entries: { state: true },
  };

  day = '';
  today = '';
  group = '';
  actor = '';
  entries: AuditEntry[] = [];

  override connectedCallback(): void {
    super.connectedCallback();
    void this.init();
  }

  private async init(): Promise<void> {
    const days = await this.run(() => reportsApi.days());
    if (!days) return;
    this.today = days.today;
    await this.load(days.today);
  }

  private async load(day: string): Promise<void> {
    this.day = day;
    this.entries = (await this.run(() => auditApi.day(day))) ?? [];
  }

  private actionLabel(action: string): string {
    const key = `a:${action}` as AdminKey;
    const text = i18n.t(key);
    return text === key ? action : text;
  }

  private renderDetail(e: AuditEntry) {
    const { changes, ...rest } = e.detail as { changes?: Record<string, [unknown, unknown]> } & Record<string, unknown>;
    return html`${Object.entries(rest).map(([k, v]) => html`<div><span class="muted">${k}:</span> ${show(v)}</div>`)}
    ${changes ? Object.entries(changes).map(([k, [a, b]]) => html`<div><span class="muted">${k}:</span> ${show(a)} → <b>${show(b)}</b></div>`) : nothing}`;
  }

  override render() {
    const tz = this.config?.settings.timezone ?? 'Asia/Makassar';
    const prefixes = GROUPS.find(([k]) => k === this.group)?.[1];
    const actor = this.actor.trim().toLowerCase();
    const shown = this.entries
      .filter((e) => !prefixes || matches(e.action, prefixes))
      .filter((e) => !actor || (e.actor ?? '').includes(actor) || String(e.detail.username ?? '').includes(actor))
      .slice()
      .reverse();
    const actors = [...new Set(this.entries.map((e) => e.actor).filter((a): a is string => !!a))].sort();
    return html`<h2>${i18n.t('tabAudit')}</h2>
      <div class="toolbar">
        <label>${i18n.t('day')}<input type="date" name="day" .value=${this.day} max=${this.today} @change=${(e: Event) => void this.load((e.target as HTMLInputElement).value || this.today)} /></label>
        <label>${i18n.t('filterAction')}
          <select name="group" @change=${(e: Event) => (this.group = (e.target as HTMLSelectElement).value)}>
            <option value="" ?selected=${!this.group}>${i18n.t('all')}</option>
            ${GROUPS.map(([k]) => html`<option value=${k} ?selected=${this.group === k}>${i18n.t(k)}</option>`)}
          </select>
        </label>
        <label>${i18n.t('filterActor')}<input name="actor" list="audit-actors" .value=${this.actor} @input=${(e: Event) => (this.actor = (e.target as HTMLInputElement).value)} /></label>
        <datalist id="audit-actors">${actors.map((a) => html`<option value=${a}></option>`)}</datalist>
        <button class="small" @click=${() => this.load(this.day)}>${i18n.t('refresh')}</button>
      </div>
      ${this.renderMessage()}
      <giliran-admin-audit-verify .today=${this.today}></giliran-admin-audit-verify>
      <div class="card">
        ${shown.length === 0
          ? html`<p class="muted">${i18n.t('noEntries')}</p>`
          : html`<table>
              <thead><tr><th>${i18n.t('time')}</th><th>${i18n.t('actor')}</th><th>${i18n.t('action')}</th><th>${i18n.t('detail')}</th></tr></thead>
              <tbody>
                ${shown.map(
                  (e) => html`<tr data-action=${e.action}>
                    <td class="mono">${localTime(e.at, tz)}</td>
                    <td class="mono">${e.actor ?? html`<span class="muted">${i18n.t('system')}</span>`}</td>
                    <td><span class="pill ${e.action === 'login.failed' ? 'bad' : e.action === 'ticket.calledOutOfOrder' ? 'warn' : ''}">${this.actionLabel(e.action)}</span></td>
                    <td>${this.renderDetail(e)}</td>
                  </tr>`,
                )}
              </tbody>
            </table>`}
      </div>`;
  }
}

customElements.define('giliran-admin-audit', GiliranAdminAudit);

declare global {
  interface HTMLElementTagNameMap {
    'giliran-admin-audit': GiliranAdminAudit;
  }
}
