// The booking code, big and grouped to read out, a QR of it for the kiosk camera, and when to come.
import { LitElement, css, html, nothing } from 'lit';
import type { BookingView } from '../protocol/booking.js';
import type { PublicService } from '../protocol/public.js';
import '../ui/giliran-qr.js';
import { baseStyles } from '../ui/theme.js';
import { bookingStyles } from './booking-styles.js';
import { dayLabel, groupedCode, i18n, timeIn } from './booking-strings.js';

export class GiliranBookingCode extends LitElement {
  static override properties = {
    booking: { attribute: false },
    service: { attribute: false },
    timezone: {},
  };
  static override styles = [
    baseStyles,
    bookingStyles,
    css`
      .card {
        background: var(--g-surface);
        border-radius: var(--g-radius);
        padding: 16px;
        text-align: center;
      }
      .label {
        color: var(--g-fg-muted);
      }
      .code {
        font-family: var(--g-font-num);
        font-size: clamp(44px, 14vw, 72px);
        font-weight: 800;
        letter-spacing: 0.08em;
        color: var(--g-accent);
        margin: 8px 0;
        white-space: nowrap;
        user-select: all;
      }
      .status {
        font-weight: 700;
      }
      .when {
        font-size: 20px;
        font-weight: 700;
        margin: 12px 0 4px;
      }
      giliran-qr {
        margin: 12px auto 4px;
      }
    `,
  ];

  booking: BookingView | null = null;
  service: PublicService | null = null;
  timezone = 'Asia/Makassar';

  constructor() {
    super();
    i18n.bind(this);
  }

  override render() {
    const b = this.booking;
    if (!b) return nothing;
    const active = b.status === 'booked';
    return html`
      <div class="card">
        <div class="label">${i18n.t('yourCode')}</div>
        <div class="code" data-code=${b.code} aria-label=${b.code.split('').join(' ')}>${groupedCode(b.code)}</div>
        ${b.status !== 'booked' ? html`<div class="status">${i18n.t(`status_${b.status}`)}</div>` : nothing}
        ${b.ticket ? html`<div class="status">${i18n.t('ticketNumber', { number: b.ticket.number })}</div>` : nothing}
        ${this.service ? html`<div>${i18n.name(this.service.name)}</div>` : nothing}
        <div class="when">${i18n.t('when', { day: dayLabel(b.day, true), session: i18n.t('session', { n: b.session }), start: b.window.start, end: b.window.end })}</div>
        ${active ? html`<giliran-qr .value=${b.code} .size=${180} label=${b.code}></giliran-qr>` : nothing}
        ${active
          ? html`<p>${i18n.t('checkInFrom', { time: timeIn(b.window.checkInFrom, this.timezone), end: b.window.end })}</p>
              <p class="note">${i18n.t('codeHint')}</p>
              <p class="note">${i18n.t('bringId')}</p>`
          : nothing}
      </div>
    `;
  }
}

customElements.define('giliran-booking-code', GiliranBookingCode);
