// Check a booking by its code and cancel it. The code is the only key; nothing else is asked.
import { LitElement, css, html, nothing } from 'lit';
import { normalizeBookingCode } from '../protocol/booking-code.js';
import type { BookingView } from '../protocol/booking.js';
import type { PublicService } from '../protocol/public.js';
import { api, ApiError } from '../ui/api.js';
import { baseStyles } from '../ui/theme.js';
import { bookingStyles } from './booking-styles.js';
import { errorText, i18n } from './booking-strings.js';
import './giliran-booking-code.js';

export class GiliranBookingLookup extends LitElement {
  static override properties = {
    services: { attribute: false },
    timezone: {},
    code: {},
    booking: { state: true },
    confirming: { state: true },
    busy: { state: true },
    error: { state: true },
    done: { state: true },
  };
  static override styles = [
    baseStyles,
    bookingStyles,
    css`
      label {
        display: block;
        margin: 16px 0 8px;
        color: var(--g-fg-muted);
      }
      input {
        font: inherit;
        font-family: var(--g-font-num);
        font-size: 32px;
        letter-spacing: 0.15em;
        text-transform: uppercase;
        width: 100%;
        padding: 10px 12px;
        border-radius: 12px;
        border: 2px solid var(--g-surface-2);
        background: var(--g-bg);
        color: var(--g-fg);
      }
      .danger {
        background: var(--g-danger);
        color: #fff;
        font-weight: 700;
        width: 100%;
        margin-top: 12px;
      }
      giliran-booking-code {
        margin-top: 16px;
      }
      .ok {
        margin-top: 12px;
        font-weight: 700;
      }
    `,
  ];

  services: PublicService[] = [];
  timezone = 'Asia/Makassar';
  code = '';
  booking: BookingView | null = null;
  confirming = false;
  busy = false;
  error = '';
  done = false;

  constructor() {
    super();
    i18n.bind(this);
  }

  private async run(fn: () => Promise<BookingView>): Promise<void> {
    this.busy = true;
    this.error = '';
    try {
      this.booking = await fn();
    } catch (err) {
      this.booking = null;
      this.error = errorText(err instanceof ApiError ? err.code : 'other');
    } finally {
      this.busy = false;
    }
  }

  private check(e: Event): void {
    e.preventDefault();
    this.done = false;
    this.confirming = false;
    const code = normalizeBookingCode(this.code);
    void this.run(() => api<BookingView>(`/api/bookings/${encodeURIComponent(code)}`, { timeoutMs: 20_000 }));
  }

  private async cancel(): Promise<void> {
    const code = this.booking!.code;
    await this.run(() => api<BookingView>(`/api/bookings/${code}`, { method: 'DELETE', timeoutMs: 20_000 }));
    this.confirming = false;
    this.done = this.booking?.status === 'cancelled';
  }

  override render() {
    const b = this.booking;
    return html`
      <form @submit=${this.check}>
        <label for="code">${i18n.t('codeLabel')}</label>
        <input id="code" autocomplete="off" autocapitalize="characters" spellcheck="false" maxlength="12" inputmode="text" .value=${this.code} @input=${(e: Event) => (this.code = (e.target as HTMLInputElement).value)} />
        <button class="secondary" type="submit" ?disabled=${this.busy || normalizeBookingCode(this.code).length < 6}>${i18n.t('check')}</button>
      </form>
      ${this.error ? html`<div class="error" role="alert">${this.error}</div>` : nothing}
      ${b ? html`<giliran-booking-code .booking=${b} .service=${this.services.find((s) => s.id === b.service) ?? null} timezone=${this.timezone}></giliran-booking-code>` : nothing}
      ${this.done ? html`<div class="ok" role="status">${i18n.t('cancelled')}</div>` : nothing}
      ${b?.status === 'booked' && !this.confirming ? html`<button class="danger" id="cancel" @click=${() => (this.confirming = true)}>${i18n.t('cancel')}</button>` : nothing}
      ${b?.status === 'booked' && this.confirming
        ? html`<p>${i18n.t('cancelConfirm')}</p>
            <button class="danger" id="confirm-cancel" ?disabled=${this.busy} @click=${() => this.cancel()}>${i18n.t('yes')}</button>
            <button class="secondary" @click=${() => (this.confirming = false)}>${i18n.t('no')}</button>`
        : nothing}
    `;
  }
}

customElements.define('giliran-booking-lookup', GiliranBookingLookup);
