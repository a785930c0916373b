// The booking page: book a visit (service, day, session) and get a code, or check / cancel one.
// No login, nothing personal; plain fetches (no socket) so it stays light on a slow 3G link.
import { LitElement, css, html, nothing } from 'lit';
import type { BookingView } from '../protocol/booking.js';
import type { PublicState } from '../protocol/public.js';
import { api } from '../ui/api.js';
import { LANGS } from '../ui/i18n.js';
import { baseStyles } from '../ui/theme.js';
import { i18n } from './booking-strings.js';
import './giliran-booking-code.js';
import './giliran-booking-form.js';
import './giliran-booking-lookup.js';

export class GiliranBooking extends LitElement {
  static override properties = {
    tab: { state: true },
    site: { state: true },
    booked: { state: true },
  };
  static override styles = [
    baseStyles,
    css`
      :host {
        display: block;
        max-width: 560px;
        margin: 0 auto;
        padding: 12px 16px 40px;
        font-size: 18px;
      }
      header {
        display: flex;
        align-items: center;
        gap: 8px;
      }
      .site {
        flex: 1;
        font-weight: 700;
      }
      .langs button {
        min-height: 48px;
        min-width: 48px;
        background: var(--g-surface);
        font-weight: 700;
      }
      .langs button[aria-pressed='true'] {
        background: var(--g-fg);
        color: var(--g-bg);
      }
      h1 {
        font-size: 26px;
        margin: 16px 0 8px;
      }
      .intro {
        color: var(--g-fg-muted);
        font-size: 16px;
        margin: 0 0 12px;
      }
      nav {
        display: grid;
        grid-template-columns: 1fr 1fr;
        gap: 6px;
        background: var(--g-surface);
        padding: 6px;
        border-radius: var(--g-radius);
      }
      nav button {
        min-height: 48px;
        background: transparent;
        font-weight: 700;
      }
      nav button[aria-selected='true'] {
        background: var(--g-primary);
      }
      .again {
        background: var(--g-surface-2);
        width: 100%;
        margin-top: 16px;
      }
    `,
  ];

  tab: 'book' | 'mine' = 'book';
  site: PublicState | null = null;
  booked: BookingView | null = null;

  constructor() {
    super();
    i18n.bind(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const load = () =>
      api<PublicState>('/api/state', { timeoutMs: 20_000 }).then(
        (s) => (this.site = s),
        () => setTimeout(load, 5000),
      );
    void load();
  }

  private service(id: string) {
    return this.site?.services.find((s) => s.id === id) ?? null;
  }

  override render() {
    const tz = this.site?.site.timezone ?? 'Asia/Makassar';
    return html`
      <header>
        <span class="site">${this.site?.site.siteName ?? ''}</span>
        <span class="langs">
          ${LANGS.map((l) => html`<button aria-pressed=${i18n.lang === l} @click=${() => i18n.setLang(l)}>${l.toUpperCase()}</button>`)}
        </span>
      </header>
      <h1>${i18n.t('title')}</h1>
      <p class="intro">${i18n.t('intro')}</p>
      <nav role="tablist">
        <button role="tab" id="tab-book" aria-selected=${this.tab === 'book'} @click=${() => (this.tab = 'book')}>${i18n.t('tabBook')}</button>
        <button role="tab" id="tab-mine" aria-selected=${this.tab === 'mine'} @click=${() => (this.tab = 'mine')}>${i18n.t('tabMine')}</button>
      </nav>
      ${this.tab === 'mine'
        ? html`<giliran-booking-lookup .services=${this.site?.services ?? []} timezone=${tz}></giliran-booking-lookup>`
        : this.booked
          ? html`<giliran-booking-code .booking=${this.booked} .service=${this.service(this.booked.service)} timezone=${tz}></giliran-booking-code>
              <button class="again" @click=${() => (this.booked = null)}>${i18n.t('another')}</button>`
          : this.site
            ? html`<giliran-booking-form .services=${this.site.services} @booked=${(e: CustomEvent<BookingView>) => (this.booked = e.detail)}></giliran-booking-form>`
            : nothing}
    `;
  }
}

customElements.define('giliran-booking', GiliranBooking);
