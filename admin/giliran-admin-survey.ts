// The SKM tab: for a period and a service, the regulation's result table (NRR per element to 4
// decimals, weighted NRR, IKM, the index x 25 with its grade), the sample check, the lowest
// elements, the respondents' profile and suggestions; CSV, print view, and publishing the figure.
import { css, html, nothing } from 'lit';
import type { IkmReport, ProfileCount } from '../protocol/survey.js';
import { SURVEY_ELEMENTS, GRADE_LABELS, formatIndex } from '../protocol/survey-questions.js';
import { ikmLine } from '../ui/ikm-text.js';
import { reportsApi } from './admin-api.js';
import './giliran-admin-date-range.js';
import type { DateRange, QuickRange } from './giliran-admin-date-range.js';
import { i18n, type AdminKey } from './admin-strings.js';
import { AdminTab } from './admin-tab.js';
import { addDays } from './format.js';
import { surveyApi } from './survey-api.js';

export class GiliranAdminSurvey extends AdminTab {
  static override properties = {
    from: { state: true },
    to: { state: true },
    today: { state: true },
    service: { state: true },
    periodName: { state: true },
    report: { state: true },
  };
  static override styles = [
    ...AdminTab.styles,
    css`
      .kpis {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(150px, 1fr));
        gap: 12px;
        margin: 14px 0;
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
      .kpi.big b {
        font-size: 40px;
        color: var(--g-accent);
      }
      .kpi span {
        color: var(--g-fg-muted);
        font-size: 14px;
      }
      tr.low td {
        background: rgba(255, 90, 95, 0.18);
      }
      .flag {
        color: var(--g-danger);
        font-weight: 700;
        margin-left: 6px;
      }
      .profile {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(200px, 1fr));
        gap: 12px;
      }
      .publish {
        display: flex;
        flex-wrap: wrap;
        gap: 10px;
        align-items: end;
      }
      .published {
        color: var(--g-accent);
        font-weight: 700;
      }
    `,
  ];

  from = '';
  to = '';
  today = '';
  service = '';
  periodName = '';
  report: IkmReport | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    void this.init();
  }

  private async init(): Promise<void> {
    const days = await this.run(() => reportsApi.days());
    if (!days) return;
    this.today = days.today;
    const year = days.today.slice(0, 4);
    this.periodName = year;
    this.setRange(`${year}-01-01`, days.today);
  }

  private setRange(from: string, to: string): void {
    this.from = from;
    this.to = to;
    void this.load();
  }

  private async load(): Promise<void> {
    if (!this.from || !this.to) return;
    this.report = (await this.run(() => surveyApi.report(this.from, this.to, this.service))) ?? this.report;
  }

  private async publish(): Promise<void> {
    await this.run(() => surveyApi.publish(this.periodName.trim() || this.from.slice(0, 4), this.from, this.to), i18n.t('skmPublishedOk'));
  }

  private renderFilters() {
    if (!this.today) return nothing;
    const year = this.today.slice(0, 4);
    const quick: QuickRange[] = [
      ['today', this.today, this.today],
      ['last30', addDays(this.today, -29), this.today],
      ['skmThisYear', `${year}-01-01`, this.today],
    ];
    return html`<div class="toolbar">
      <giliran-admin-date-range .from=${this.from} .to=${this.to} .today=${this.today} .quick=${quick} @range-change=${(e: CustomEvent<DateRange>) => this.setRange(e.detail.from, e.detail.to)}></giliran-admin-date-range>
      <label
        >${i18n.t('service')}
        <select
          name="service"
          @change=${(e: Event) => {
            this.service = (e.target as HTMLSelectElement).value;
            void this.load();
          }}
        >
          <option value="" ?selected=${this.service === ''}>${i18n.t('skmAllServices')}</option>
          ${(this.config?.services ?? []).map((s) => html`<option value=${s.id} ?selected=${this.service === s.id}>${s.name[i18n.lang]}</option>`)}
        </select>
      </label>
      <span style="flex:1"></span>
      <a class="button" download href=${surveyApi.csvUrl(this.from, this.to, this.service)}>⬇ ${i18n.t('skmCsv')}</a>
      <a class="button" target="_blank" rel="noopener" href=${surveyApi.printUrl(this.from, this.to, this.service)}>${i18n.t('skmPrint')}</a>
    </div>`;
  }

  private renderKpis(r: IkmReport) {
    const kpi = (label: AdminKey, value: string | number, cls = '', testid = '') => html`<div class="kpi ${cls}" data-testid=${testid || nothing}><b>${value}</b><span>${i18n.t(label)}</span></div>`;
    const grade = r.grade ? `${r.grade} · ${GRADE_LABELS[r.grade][i18n.lang]}` : '—';
    return html`<div class="kpis">
        ${kpi('skmIndex', r.ikm === null ? '—' : formatIndex(r.ikm, i18n.lang), 'big', 'ikm-index')} ${kpi('skmGrade', grade, '', 'ikm-grade')}
        ${kpi('skmRespondents', r.respondents, '', 'ikm-respondents')} ${kpi('skmPopulation', r.population)} ${kpi('skmSample', r.requiredSample)}
      </div>
      ${r.sampleShort ? html`<p class="msg error" data-testid="sample-short">${i18n.t('skmShort', { n: r.respondents, need: r.requiredSample })}</p>` : nothing}`;
  }

  private renderTable(r: IkmReport) {
    const n = (x: number | null, d: number) => (x === null ? '—' : formatIndex(x, i18n.lang, d));
    return html`<div class="card">
      <table data-table="ikm">
        <thead>
          <tr><th>No</th><th>${i18n.t('skmElement')}</th><th class="qty">${i18n.t('skmNrr')}</th><th class="qty">${i18n.t('skmWeighted')}</th></tr>
        </thead>
        <tbody>
          ${SURVEY_ELEMENTS.map((el, i) => {
            const low = r.lowest.includes(i + 1);
            return html`<tr class=${low ? 'low' : ''}>
              <td>${el.code}</td>
              <td>${el.name[i18n.lang]}${low ? html`<span class="flag">▼ ${i18n.t('skmLow')}</span>` : nothing}</td>
              <td class="qty">${n(r.nrr[i], 4)}</td>
              <td class="qty">${n(r.weightedNrr[i], 4)}</td>
            </tr>`;
          })}
          <tr><th colspan="3">${i18n.t('skmIkmUnit')}</th><th class="qty">${n(r.ikmUnit, 4)}</th></tr>
          <tr><th colspan="3">${i18n.t('skmIndex')} (IKM × 25)</th><th class="qty">${n(r.ikm, 2)}</th></tr>
          <tr><th colspan="3">${i18n.t('skmGrade')}</th><th class="qty">${r.grade ? `${r.grade} · ${GRADE_LABELS[r.grade][i18n.lang]}` : '—'}</th></tr>
        </tbody>
      </table>
    </div>`;
  }

  private renderProfile(r: IkmReport) {
    const block = (title: AdminKey, list: ProfileCount[]) => html`<div class="card">
      <h4 style="margin-top:0">${i18n.t(title)}</h4>
      <table>
        ${list.map((x) => html`<tr><td>${x.key === '-' ? i18n.t('skmNotGiven') : x.key}</td><td class="qty">${x.count}</td></tr>`)}
      </table>
    </div>`;
    return html`<h3>${i18n.t('skmProfile')}</h3>
      <div class="profile">
        ${block('skmGender', r.profile.gender)} ${block('skmAge', r.profile.age)} ${block('skmEducation', r.profile.education)} ${block('skmOccupation', r.profile.occupation)}
      </div>
      <h3>${i18n.t('skmSuggestions')}</h3>
      <div class="card">
        ${r.suggestions.length ? html`<ol>${r.suggestions.map((s) => html`<li>${s.text} <span class="muted">(${s.day})</span></li>`)}</ol>` : html`<p class="muted">${i18n.t('skmNoSuggestions')}</p>`}
      </div>`;
  }

  private renderPublish(r: IkmReport) {
    const current = this.config?.settings.publishedIkm ?? null;
    return html`<h3>${i18n.t('skmPublish')}</h3>
      <div class="card">
        <p class="published" data-testid="published-now">${current ? i18n.t('skmPublished', { text: ikmLine(current, i18n.lang) }) : i18n.t('skmNothingPublished')}</p>
        <div class="publish">
          <label>${i18n.t('skmPeriodName')}<input name="period" maxlength="40" .value=${this.periodName} @input=${(e: Event) => (this.periodName = (e.target as HTMLInputElement).value)} /></label>
          <button class="primary" data-testid="publish" ?disabled=${this.busy || r.ikm === null || this.service !== ''} @click=${this.publish}>${i18n.t('skmPublish')}</button>
          ${current ? html`<button ?disabled=${this.busy} @click=${() => this.run(() => surveyApi.withdraw(), i18n.t('saved'))}>${i18n.t('skmWithdraw')}</button>` : nothing}
        </div>
        <p class="hint">${i18n.t('skmScreen', { url: `${location.origin}/survey/` })}</p>
      </div>`;
  }

  override render() {
    const r = this.report;
    return html`<h2>${i18n.t('skmTitle')}</h2>
      ${this.renderFilters()} ${this.renderMessage()}
      ${!r
        ? html`<p class="muted">${i18n.t('loading')}</p>`
        : html`${this.renderKpis(r)} ${r.respondents === 0 ? html`<p class="msg">${i18n.t('skmNoAnswers')}</p>` : nothing} ${this.renderTable(r)}
          ${this.renderPublish(r)} ${this.renderProfile(r)}`}`;
  }
}

customElements.define('giliran-admin-survey', GiliranAdminSurvey);

declare global {
  interface HTMLElementTagNameMap {
    'giliran-admin-survey': GiliranAdminSurvey;
  }
}
