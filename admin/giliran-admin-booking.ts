// The online-booking tab: booking settings (days ahead, check-in margin, calling order, closed
// weekdays, holidays) and the report of bookings made, checked in and no-shows per session.
import { html, nothing } from 'lit';
import type { BookingReportRow } from '../protocol/booking.js';
import type { BookingReportAnswer } from '../protocol/rest-types.js';
import { DEFAULT_BOOKING_SETTINGS, DEFAULT_CALENDAR, type BookingSettings, type SiteCalendar } from '../protocol/config.js';
import { api } from '../ui/api.js';
import { configApi, rangeQuery } from './admin-api.js';
import { i18n } from './admin-strings.js';
import { AdminTab } from './admin-tab.js';
import { bt, type BookingAdminKey } from './booking-admin-strings.js';

const today = () => new Date().toISOString().slice(0, 10);

export class GiliranAdminBooking extends AdminTab {
  static override properties = {
    ...AdminTab.properties,
    seq: { type: Number },
    booking: { state: true },
    calendar: { state: true },
    holidaysText: { state: true },
    from: { state: true },
    to: { state: true },
    rows: { state: true },
  };

  seq = 0;
  booking: BookingSettings = DEFAULT_BOOKING_SETTINGS;
  calendar: SiteCalendar = DEFAULT_CALENDAR;
  holidaysText = '';
  from = today();
  to = today();
  rows: BookingReportRow[] | null = null;
  private loadedFrom: unknown = null;
  /** The admin has edited the form: a config arriving meanwhile must not overwrite the edits. */
  private dirty = false;

  override willUpdate(changed: Map<string, unknown>): void {
    // Take the stored settings when the config arrives or changes elsewhere.
    if (changed.has('config') && this.config && this.loadedFrom !== this.config.settings && !this.dirty) {
      this.loadedFrom = this.config.settings;
      this.booking = structuredClone(this.config.settings.booking ?? DEFAULT_BOOKING_SETTINGS);
      this.calendar = structuredClone(this.config.settings.calendar ?? DEFAULT_CALENDAR);
      this.holidaysText = this.calendar.holidays.join('\n');
    }
    if (changed.has('seq') && this.rows) void this.loadReport();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.loadReport();
  }

  private t(key: BookingAdminKey, vars?: Record<string, string | number>): string {
    return bt(i18n.lang, key, vars);
  }

  private async save(e: SubmitEvent): Promise<void> {
    e.preventDefault();
    const holidays = this.holidaysText
      .split(/[\s,]+/)
      .map((x) => x.trim())
      .filter(Boolean);
    if (await this.run(() => configApi.patchSettings({ booking: this.booking, calendar: { ...this.calendar, holidays } }), this.t('saved'))) this.dirty = false;
  }

  private async loadReport(): Promise<void> {
    try {
      this.rows = (await api<BookingReportAnswer>(`/api/admin/booking-report${rangeQuery(this.from, this.to)}`)).rows;
    } catch {
      this.rows = [];
    }
  }

  private toggleClosed(d: number, on: boolean): void {
    const days = new Set(this.calendar.closedWeekdays);
    if (on) days.add(d);
    else days.delete(d);
    this.calendar = { ...this.calendar, closedWeekdays: [...days].sort() };
  }

  private renderSettings() {
    const b = this.booking;
    const num = (e: Event) => Number((e.target as HTMLInputElement).value);
    return html`<form class="card" novalidate @submit=${this.save} @input=${() => (this.dirty = true)} @change=${() => (this.dirty = true)}>
      <h3 style="margin-top:0">${this.t('settingsTitle')}</h3>
      <p class="muted">${this.t('bookingLink', { url: `${this.config?.settings.publicUrl || location.origin}/booking/` })}</p>
      ${this.renderMessage()}
      <div class="fields">
        <label>${this.t('daysAhead')}<input name="days-ahead" type="number" min="0" max="60" .value=${String(b.daysAhead)} @input=${(e: Event) => (this.booking = { ...b, daysAhead: num(e) })} /></label>
        <label>${this.t('margin')}<input name="margin" type="number" min="0" max="240" .value=${String(b.checkInMarginMinutes)} @input=${(e: Event) => (this.booking = { ...b, checkInMarginMinutes: num(e) })} /></label>
        <label>${this.t('merge')}
          <select name="merge" @change=${(e: Event) => (this.booking = { ...b, merge: (e.target as HTMLSelectElement).value === 'first' ? { mode: 'first' } : { mode: 'interleave', every: 2 } })}>
            <option value="first" ?selected=${b.merge.mode === 'first'}>${this.t('mergeFirst')}</option>
            <option value="interleave" ?selected=${b.merge.mode === 'interleave'}>${this.t('mergeInterleave')}</option>
          </select>
        </label>
        ${b.merge.mode === 'interleave'
          ? html`<label>${this.t('every')}<input name="every" type="number" min="1" max="20" .value=${String(b.merge.every)} @input=${(e: Event) => (this.booking = { ...b, merge: { mode: 'interleave', every: num(e) } })} /></label>`
          : nothing}
        <fieldset style="border:0;padding:0;margin:0">
          <legend class="muted">${this.t('closedWeekdays')}</legend>
          ${[1, 2, 3, 4, 5, 6, 7].map(
            (d) => html`<label class="check"><input type="checkbox" .checked=${this.calendar.closedWeekdays.includes(d)} @change=${(e: Event) => this.toggleClosed(d, (e.target as HTMLInputElement).checked)} />${this.t(`wd${d}` as BookingAdminKey)}</label>`,
          )}
        </fieldset>
        <label>${this.t('holidays')}<textarea name="holidays" rows="4" .value=${this.holidaysText} @input=${(e: Event) => (this.holidaysText = (e.target as HTMLTextAreaElement).value)}></textarea></label>
      </div>
      <button type="submit" ?disabled=${this.busy}>${this.t('save')}</button>
    </form>`;
  }

  private renderReport() {
    const name = (id: string) => this.config?.services.find((s) => s.id === id)?.name[i18n.lang] ?? id;
    return html`<section class="card">
      <h3 style="margin-top:0">${this.t('reportTitle')}</h3>
      <div class="toolbar">
        <label>${this.t('from')} <input type="date" .value=${this.from} @change=${(e: Event) => (this.from = (e.target as HTMLInputElement).value)} /></label>
        <label>${this.t('to')} <input type="date" .value=${this.to} @change=${(e: Event) => (this.to = (e.target as HTMLInputElement).value)} /></label>
        <button class="small" @click=${() => this.loadReport()}>${this.t('show')}</button>
      </div>
      ${!this.rows || this.rows.length === 0
        ? html`<p class="muted">${this.t('empty')}</p>`
        : html`<table>
            <thead>
              <tr>
                <th>${this.t('day')}</th><th>${this.t('service')}</th><th>${this.t('session')}</th><th>${this.t('made')}</th>
                <th>${this.t('cancelled')}</th><th>${this.t('checkedIn')}</th><th>${this.t('noShow')}</th><th>${this.t('pending')}</th>
              </tr>
            </thead>
            <tbody>
              ${this.rows.map(
                (r) => html`<tr data-row="${r.day}/${r.service}/${r.session}">
                  <td>${r.day}</td><td>${name(r.service)}</td><td>${r.session} (${r.start}–${r.end})</td><td>${r.made}</td>
                  <td>${r.cancelled}</td><td>${r.checkedIn}</td><td>${r.noShow}</td><td>${r.pending}</td>
                </tr>`,
              )}
            </tbody>
          </table>`}
    </section>`;
  }

  override render() {
    return html`${this.renderSettings()}${this.renderReport()}`;
  }
}

customElements.define('giliran-admin-booking', GiliranAdminBooking);
