// The supervisor's tab: per officer, the calls made out of order, reprints, cancellations and
// no-shows over a period, then each one with its time, ticket, counter and reason; CSV download.
import { html, nothing } from 'lit';
import { EXCEPTION_KINDS, type ExceptionKind, type SupervisorReport } from '../protocol/reports.js';
import { api } from '../ui/api.js';
import { rangeQuery, reportsApi } from './admin-api.js';
import { i18n, type AdminKey } from './admin-strings.js';
import './giliran-admin-date-range.js';
import type { DateRange } from './giliran-admin-date-range.js';
import { AdminTab } from './admin-tab.js';
import { addDays, localTime } from './format.js';

const supervisorApi = {
  get: (from: string, to: string) => api<SupervisorReport>(`/api/admin/supervisor${rangeQuery(from, to)}`),
  csvUrl: (from: string, to: string, lang: string) => `/api/admin/supervisor.csv${rangeQuery(from, to, { lang })}`,
};
const SUP_NAMES: [string, string] = ['sup-from', 'sup-to'];

const KIND_LABEL: Record<ExceptionKind, AdminKey> = {
  outOfOrder: 'supOutOfOrder',
  reprint: 'supReprint',
  cancel: 'supCancel',
  noShow: 'supNoShow',
};
const KINDS = EXCEPTION_KINDS;

export class GiliranAdminSupervisor extends AdminTab {
  static override properties = {
    ...AdminTab.properties,
    from: { state: true },
    to: { state: true },
    today: { state: true },
    report: { state: true },
  };

  from = '';
  to = '';
  today = '';
  report: SupervisorReport | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    void this.init();
  }

  private async init(): Promise<void> {
    const days = await this.run(() => reportsApi.days());
    if (!days) return;
    this.today = days.today;
    await this.setRange(addDays(days.today, -6), days.today);
  }

  private async setRange(from: string, to: string): Promise<void> {
    this.from = from;
    this.to = to;
    this.report = (await this.run(() => supervisorApi.get(from, to))) ?? this.report;
  }

  private name(kind: 'service' | 'counter', id: string | null): string {
    if (!id) return '—';
    if (kind === 'service') return this.config?.services.find((s) => s.id === id)?.name[i18n.lang] ?? id;
    return this.config?.counters.find((c) => c.id === id)?.name ?? id;
  }

  private renderRange() {
    if (!this.today) return nothing;
    return html`<div class="toolbar">
      <giliran-admin-date-range .from=${this.from} .to=${this.to} .today=${this.today} .names=${SUP_NAMES} @range-change=${(e: CustomEvent<DateRange>) => void this.setRange(e.detail.from, e.detail.to)}></giliran-admin-date-range>
      <button class="small" @click=${() => void this.setRange(this.from, this.to)}>${i18n.t('refresh')}</button>
      <span style="flex:1"></span>
      <a class="button" download href=${supervisorApi.csvUrl(this.from, this.to, i18n.lang)}>⬇ ${i18n.t('supCsv')}</a>
    </div>`;
  }

  override render() {
    const r = this.report;
    const tz = this.config?.settings.timezone ?? 'Asia/Makassar';
    return html`<h2>${i18n.t('tabSupervisor')}</h2>
      <p class="muted">${i18n.t('supIntro')}</p>
      ${this.renderRange()} ${this.renderMessage()}
      ${!r
        ? nothing
        : r.rows.length === 0
          ? html`<div class="card"><p class="muted">${i18n.t('supNone')}</p></div>`
          : html`<h3>${i18n.t('supPerOfficer')}</h3>
              <div class="card">
                <table data-table="officers">
                  <thead><tr><th>${i18n.t('actor')}</th>${KINDS.map((k) => html`<th class="qty">${i18n.t(KIND_LABEL[k])}</th>`)}<th class="qty">${i18n.t('total')}</th></tr></thead>
                  <tbody>
                    ${r.officers.map(
                      (o) => html`<tr data-officer=${o.officer ?? ''}>
                        <td class="mono">${o.officer ?? i18n.t('system')}</td>
                        ${KINDS.map((k) => html`<td class="qty">${o[k]}</td>`)}
                        <td class="qty"><b>${o.total}</b></td>
                      </tr>`,
                    )}
                  </tbody>
                </table>
              </div>
              <h3>${i18n.t('supEach')}</h3>
              <div class="card">
                <table data-table="rows">
                  <thead><tr><th>${i18n.t('day')}</th><th>${i18n.t('time')}</th><th>${i18n.t('actor')}</th><th>${i18n.t('action')}</th><th>${i18n.t('number')}</th><th>${i18n.t('service')}</th><th>${i18n.t('supCounter')}</th><th>${i18n.t('supReason')}</th></tr></thead>
                  <tbody>
                    ${r.rows
                      .slice()
                      .reverse()
                      .map(
                        (x) => html`<tr data-kind=${x.kind}>
                          <td class="mono">${x.day}</td>
                          <td class="mono">${localTime(x.at, tz)}</td>
                          <td class="mono">${x.officer ?? i18n.t('system')}</td>
                          <td><span class="pill ${x.kind === 'outOfOrder' ? 'warn' : ''}">${i18n.t(KIND_LABEL[x.kind])}</span></td>
                          <td class="mono">${x.number ?? '—'}</td>
                          <td>${this.name('service', x.service)}</td>
                          <td>${this.name('counter', x.counter)}</td>
                          <td>${x.reason ?? (x.kind === 'noShow' && x.recalls !== null ? i18n.t('supRecalls', { n: x.recalls }) : html`<span class="muted">${i18n.t('supNoReason')}</span>`)}</td>
                        </tr>`,
                      )}
                  </tbody>
                </table>
              </div>`}`;
  }
}

customElements.define('giliran-admin-supervisor', GiliranAdminSupervisor);

declare global {
  interface HTMLElementTagNameMap {
    'giliran-admin-supervisor': GiliranAdminSupervisor;
  }
}
