// Pick a service, a day and a session, then book. Fires `booked` with the BookingView.
// One Idempotency-Key per choice: a retry after a lost answer on a slow link gets the same code.
import { LitElement, html, nothing } from 'lit';
import type { BookingView, SlotView, SlotsResponse } from '../protocol/booking.js';
import type { PublicService } from '../protocol/public.js';
import { api, ApiError } from '../ui/api.js';
import { baseStyles } from '../ui/theme.js';
import { bookingStyles } from './booking-styles.js';
import { dayLabel, errorText, i18n } from './booking-strings.js';

export class GiliranBookingForm extends LitElement {
  static override properties = {
    services: { attribute: false },
    slots: { state: true },
    service: { state: true },
    day: { state: true },
    session: { state: true },
    busy: { state: true },
    error: { state: true },
  };
  static override styles = [baseStyles, bookingStyles];

  services: PublicService[] = [];
  slots: SlotsResponse | null = null;
  service = '';
  day = '';
  session = 0;
  busy = false;
  error = '';
  private key = '';

  constructor() {
    super();
    i18n.bind(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  /** Free places change with every booking: reload on open and after each attempt. */
  async load(): Promise<void> {
    try {
      this.slots = await api<SlotsResponse>('/api/booking/slots', { timeoutMs: 20_000 });
      if (!this.service) this.service = this.bookableServices()[0] ?? '';
      if (!this.day || !this.days().includes(this.day)) this.day = this.days()[0] ?? '';
    } catch (err) {
      this.error = errorText(err instanceof ApiError ? err.code : 'other');
    }
  }

  private bookableServices(): string[] {
    const ids = new Set((this.slots?.slots ?? []).filter((s) => s.closedReason !== 'no-booking').map((s) => s.service));
    return this.services.map((s) => s.id).filter((id) => ids.has(id));
  }

  private days(): string[] {
    if (!this.slots) return [];
    const out: string[] = [];
    for (let d = this.slots.from; d <= this.slots.to; d = addDay(d)) out.push(d);
    return out;
  }

  private sessionsOf(day: string): SlotView[] {
    return (this.slots?.slots ?? []).filter((s) => s.service === this.service && s.day === day && s.closedReason !== 'no-booking');
  }

  private choose(patch: Partial<Pick<GiliranBookingForm, 'service' | 'day' | 'session'>>): void {
    Object.assign(this, patch);
    if (patch.service !== undefined || patch.day !== undefined) this.session = 0;
    this.key = '';
    this.error = '';
  }

  private async book(): Promise<void> {
    if (!this.service || !this.day || !this.session || this.busy) return;
    this.key ||= crypto.randomUUID();
    this.busy = true;
    this.error = '';
    try {
      const b = await api<BookingView>('/api/bookings', {
        body: { service: this.service, day: this.day, session: this.session },
        idempotencyKey: this.key,
        timeoutMs: 30_000,
      });
      this.key = '';
      this.dispatchEvent(new CustomEvent<BookingView>('booked', { detail: b, bubbles: true, composed: true }));
    } catch (err) {
      const code = err instanceof ApiError ? err.code : 'other';
      this.error = errorText(code);
      if (code !== 'network') {
        this.key = '';
        await this.load();
      }
    } finally {
      this.busy = false;
    }
  }

  override render() {
    if (!this.slots) return html`<p class="note">${this.error || i18n.t('loading')}</p>`;
    const services = this.bookableServices();
    if (services.length === 0) return html`<p class="note">${i18n.t('noService')}</p>`;
    const closed = new Map(this.slots.closedDays.map((c) => [c.day, c.reason]));
    const sessions = this.sessionsOf(this.day);
    return html`
      <h2>${i18n.t('stepService')}</h2>
      <div class="choices">
        ${services.map((id) => {
          const s = this.services.find((x) => x.id === id)!;
          return html`<button class="choice wide" data-service=${id} aria-pressed=${this.service === id} @click=${() => this.choose({ service: id })}>${i18n.name(s.name)}</button>`;
        })}
      </div>
      <h2>${i18n.t('stepDay')}</h2>
      <div class="choices">
        ${this.days().map((d) => {
          const sessions = this.sessionsOf(d);
          // A day without sessions is closed; one whose sessions are all taken or over is full.
          const reason = closed.get(d) ?? (sessions.length === 0 ? 'closed-weekday' : undefined);
          const none = !reason && sessions.every((s) => !s.open);
          return html`<button class="choice" data-day=${d} aria-pressed=${this.day === d} ?disabled=${!!reason || none} @click=${() => this.choose({ day: d })}>
            ${dayLabel(d)}
            ${reason ? html`<small>${i18n.t(reason === 'holiday' ? 'closedHoliday' : 'closedWeekday')}</small>` : none ? html`<small>${i18n.t('full')}</small>` : nothing}
          </button>`;
        })}
      </div>
      <h2>${i18n.t('stepSession')}</h2>
      <div class="choices">
        ${sessions.length === 0 ? html`<p class="note">${i18n.t('noSessions')}</p>` : nothing}
        ${sessions.map(
          (s) => html`<button class="choice wide" data-session=${s.session} aria-pressed=${this.session === s.session} ?disabled=${!s.open} @click=${() => this.choose({ session: s.session })}>
            <span><b>${i18n.t('session', { n: s.session })}</b> · ${s.start}–${s.end}</span>
            <small>${s.open ? i18n.t('placesLeft', { n: s.free }) : i18n.t(s.closedReason === 'past' ? 'past' : 'full')}</small>
          </button>`,
        )}
      </div>
      ${this.error ? html`<div class="error" role="alert">${this.error}</div>` : nothing}
      <button class="primary" id="book" ?disabled=${!this.session || this.busy} @click=${() => this.book()}>${this.busy ? i18n.t('booking') : i18n.t('book')}</button>
    `;
  }
}

function addDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

customElements.define('giliran-booking-form', GiliranBookingForm);
