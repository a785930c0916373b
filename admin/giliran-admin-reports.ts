// Reports for a day or a range: counts per service, wait and service times (median, P90) per
// service, counter and officer, arrivals per hour, per day; CSV downloads of the same figures;
// and the live view of who waits now. While the range includes today it follows the queue.
import { css, html, nothing } from 'lit';
import type { GroupTimes } from '../protocol/reports.js';
import { officerNames, reportsApi, type ReportSummary } from './admin-api.js';
import './giliran-admin-date-range.js';
import type { DateRange, QuickRange } from './giliran-admin-date-range.js';
import { i18n, type AdminKey } from './admin-strings.js';
import { AdminTab } from './admin-tab.js';
import { addDays, formatDuration } from './format.js';
import './giliran-admin-live.js';
import './giliran-hour-chart.js';

const COUNT_COLUMNS: [keyof ReportSummary['totals'], AdminKey][] = [
  ['issued', 'issued'],
  ['served', 'served'],
  ['noShow', 'noShow'],
  ['cancelled', 'cancelled'],
  ['expired', 'expired'],
  ['transferredOut', 'transferred'],
  ['open', 'open'],
];

export class GiliranAdminReports extends AdminTab {
  static override properties = {
    seq: { type: Number },
    from: { state: true },
    to: { state: true },
    today: { state: true },
    summary: { state: true },
    names: { state: true },
  };
  static override styles = [
    ...AdminTab.styles,
    css`
      .layout {
        display: grid;
        grid-template-columns: minmax(0, 1fr) minmax(300px, 420px);
        gap: 18px;
        align-items: start;
      }
      @media (max-width: 1100px) {
        .layout {
          grid-template-columns: 1fr;
        }
      }
      .kpis {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(110px, 1fr));
        gap: 12px;
        margin-bottom: 18px;
      }
      .kpi {
        background: var(--g-surface);
        border-radius: 12px;
        padding: 12px 14px;
      }
      .kpi b {
        display: block;
        font-size: 28px;
        font-variant-numeric: tabular-nums;
      }
      .kpi span {
        color: var(--g-fg-muted);
        font-size: 14px;
      }
      .scroll {
        overflow-x: auto;
      }
    `,
  ];

  seq = 0;
  from = '';
  to = '';
  today = '';
  summary: ReportSummary | null = null;
  /** Officers by display name; the username stays in the tooltip and the CSV. */
  names = new Map<string, string>();
  private refreshTimer: ReturnType<typeof setTimeout> | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    void this.init();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.refreshTimer) clearTimeout(this.refreshTimer);
  }

  private async init(): Promise<void> {
    void officerNames().then((n) => (this.names = n));
    const days = await this.run(() => reportsApi.days());
    if (!days) return;
    this.today = days.today;
    this.setRange(days.today, days.today);
  }

  override willUpdate(changed: Map<string, unknown>): void {
    // The queue moved: a report that covers today follows it (a few seconds behind, at most).
    if (changed.has('seq') && changed.get('seq') !== undefined && this.to >= this.today && !this.refreshTimer) {
      this.refreshTimer = setTimeout(() => {
        this.refreshTimer = null;
        void this.load();
      }, 2000);
    }
  }

  private setRange(from: string, to: string): void {
    this.from = from;
    this.to = to;
    void this.load();
  }

  private async load(): Promise<void> {
    if (!this.from || !this.to) return;
    this.summary = (await this.run(() => reportsApi.summary(this.from, this.to))) ?? this.summary;
  }

  private serviceName(id: string): string {
    return this.config?.services.find((s) => s.id === id)?.name[i18n.lang] ?? id;
  }

  private counterName(id: string): string {
    return this.config?.counters.find((c) => c.id === id)?.name ?? id;
  }

  private renderRange() {
    if (!this.today) return nothing;
    const quick: QuickRange[] = [
      ['today', this.today, this.today],
      ['yesterday', addDays(this.today, -1), addDays(this.today, -1)],
      ['last7', addDays(this.today, -6), this.today],
      ['last30', addDays(this.today, -29), this.today],
    ];
    return html`<div class="toolbar">
      <giliran-admin-date-range .from=${this.from} .to=${this.to} .today=${this.today} .quick=${quick} @range-change=${(e: CustomEvent<DateRange>) => this.setRange(e.detail.from, e.detail.to)}></giliran-admin-date-range>
      <span style="flex:1"></span>
      <a class="button" download href=${reportsApi.csvUrl('summary', this.from, this.to, i18n.lang)}>⬇ ${i18n.t('csvSummary')}</a>
      <a class="button" download href=${reportsApi.csvUrl('tickets', this.from, this.to, i18n.lang)}>⬇ ${i18n.t('csvTickets')}</a>
    </div>`;
  }

  private renderKpis(s: ReportSummary) {
    const kpi = (label: AdminKey, value: string | number) => html`<div class="kpi"><b>${value}</b><span>${i18n.t(label)}</span></div>`;
    return html`<div class="kpis">
      ${kpi('kpiIssued', s.totals.issued)} ${kpi('kpiServed', s.totals.served)} ${kpi('noShow', s.totals.noShow)} ${kpi('expired', s.totals.expired)}
      ${kpi('waitMedian', formatDuration(s.overall.wait.median, i18n.lang))} ${kpi('waitP90', formatDuration(s.overall.wait.p90, i18n.lang))}
    </div>`;
  }

  private timeCells(g: GroupTimes | undefined) {
    const d = (x: number | null | undefined) => formatDuration(x ?? null, i18n.lang);
    return html`<td class="qty">${d(g?.wait.median)}</td><td class="qty">${d(g?.wait.p90)}</td><td class="qty">${d(g?.service.median)}</td><td class="qty">${d(g?.service.p90)}</td>`;
  }

  private timeHeads() {
    return html`<th class="qty">${i18n.t('waitMedian')}</th><th class="qty">${i18n.t('waitP90')}</th><th class="qty">${i18n.t('serviceMedian')}</th><th class="qty">${i18n.t('serviceP90')}</th>`;
  }

  private renderServices(s: ReportSummary) {
    return html`<h3>${i18n.t('perService')}</h3>
      <div class="card scroll" tabindex="0" role="region" aria-label=${i18n.t('perService')}>
        <table data-table="services">
          <thead><tr><th>${i18n.t('service')}</th>${COUNT_COLUMNS.map(([, k]) => html`<th class="qty">${i18n.t(k)}</th>`)}${this.timeHeads()}</tr></thead>
          <tbody>
            ${s.services.map(
              (c) => html`<tr data-service=${c.service}>
                <td>${this.serviceName(c.service)}</td>
                ${COUNT_COLUMNS.map(([f]) => html`<td class="qty">${c[f]}</td>`)} ${this.timeCells(s.byService.find((g) => g.key === c.service))}
              </tr>`,
            )}
            <tr>
              <th>${i18n.t('total')}</th>
              ${COUNT_COLUMNS.map(([f]) => html`<th class="qty">${s.totals[f]}</th>`)} ${this.timeCells(s.overall)}
            </tr>
          </tbody>
        </table>
      </div>`;
  }

  private renderGroups(title: AdminKey, who: AdminKey, groups: GroupTimes[], name: (k: string) => string) {
    if (groups.length === 0) return nothing;
    return html`<h3>${i18n.t(title)}</h3>
      <div class="card scroll" tabindex="0" role="region" aria-label=${i18n.t(title)}>
        <table>
          <thead><tr><th>${i18n.t(who)}</th><th class="qty">${i18n.t('calls')}</th><th class="qty">${i18n.t('served')}</th>${this.timeHeads()}</tr></thead>
          <tbody>
            ${groups.map((g) => html`<tr><td>${name(g.key)}</td><td class="qty">${g.wait.count}</td><td class="qty">${g.service.count}</td>${this.timeCells(g)}</tr>`)}
          </tbody>
        </table>
      </div>`;
  }

  private renderPerDay(s: ReportSummary) {
    if (s.from === s.to || s.perDay.length === 0) return nothing;
    return html`<h3>${i18n.t('perDay')}</h3>
      <div class="card">
        <table>
          <thead><tr><th>${i18n.t('day')}</th><th class="qty">${i18n.t('issued')}</th><th class="qty">${i18n.t('served')}</th></tr></thead>
          <tbody>${s.perDay.map((d) => html`<tr><td>${d.day}</td><td class="qty">${d.issued}</td><td class="qty">${d.served}</td></tr>`)}</tbody>
        </table>
      </div>`;
  }

  override render() {
    const s = this.summary;
    return html`<h2>${i18n.t('tabReports')}</h2>
      ${this.renderRange()} ${this.renderMessage()}
      <div class="layout">
        <section>
          ${!s
            ? html`<p class="muted">${i18n.t('loading')}</p>`
            : html`${this.renderKpis(s)} ${s.totals.issued === 0 && s.overall.wait.count === 0 ? html`<p class="msg">${i18n.t('noData')}</p>` : nothing}
                <div class="card">
                  <h3 style="margin-top:0">${i18n.t('arrivals')}</h3>
                  <giliran-hour-chart .counts=${s.arrivalsByHour} label=${i18n.t('arrivalsLabel', { from: s.from, to: s.to })}></giliran-hour-chart>
                </div>`}
        </section>
        <aside class="card">
          <h3 style="margin-top:0">${i18n.t('liveTitle')}</h3>
          <giliran-admin-live .config=${this.config} .seq=${this.seq}></giliran-admin-live>
        </aside>
      </div>
      ${s
        ? html`${this.renderServices(s)} ${this.renderGroups('perCounter', 'counter', s.byCounter, (k) => this.counterName(k))}
            ${this.renderGroups('perOfficer', 'officer', s.byOfficer, (k) => this.names.get(k) ?? k)} ${this.renderPerDay(s)}
            <p class="hint">${i18n.t('durationsNote')}</p>`
        : nothing}`;
  }
}

customElements.define('giliran-admin-reports', GiliranAdminReports);

declare global {
  interface HTMLElementTagNameMap {
    'giliran-admin-reports': GiliranAdminReports;
  }
}
