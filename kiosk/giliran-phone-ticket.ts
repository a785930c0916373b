// The visitor's phone page at /t/<ticketId>: the ticket, live. The hub pushes `ticket:mine`; as a
// fallback the page re-reads its ticket when a public event concerns its number or service.
import { LitElement, html } from 'lit';
import type { LiveEvent } from '../protocol/live.js';
import type { PublicTicket } from '../protocol/public.js';
import { TICKET_ID_PATTERN } from '../protocol/rest-types.js';
import { ApiError, api } from '../ui/api.js';
import { CallAlert } from '../ui/call-alert.js';
import '../ui/giliran-connection-badge.js';
import { HubConnection } from '../ui/hub-connection.js';
import { formatMinutes } from '../ui/i18n.js';
import { icons } from '../ui/icons.js';
import { baseStyles } from '../ui/theme.js';
import './giliran-phone-survey.js';
import { phoneStyles } from './phone-styles.js';
import { i18n, type PhoneKey } from './phone-strings.js';
import { ticketStages } from './ticket-stages.js';


export function ticketIdFromPath(pathname: string): string | null {
  const m = /\/t\/([^/?#]+)/.exec(pathname);
  const id = m ? decodeURIComponent(m[1]) : '';
  return TICKET_ID_PATTERN.test(id) ? id : null;
}

const ACTIVE = new Set(['waiting', 'called', 'serving']);

export class GiliranPhoneTicket extends LitElement {
  static override properties = {
    ticket: { state: true },
    missing: { state: true },
    soundReady: { state: true },
  };
  static override styles = [baseStyles, phoneStyles];

  ticket: PublicTicket | null = null;
  missing = false;
  soundReady = false;
  private readonly ticketId = ticketIdFromPath(location.pathname);
  private readonly conn: HubConnection | null = null;
  private readonly alert = new CallAlert();
  private refetchTimer: ReturnType<typeof setTimeout> | null = null;
  private offs: (() => void)[] = [];

  constructor() {
    super();
    i18n.bind(this);
    if (!this.ticketId) this.missing = true;
    else this.conn = new HubConnection(this, { ticket: this.ticketId });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const conn = this.conn;
    if (!conn) return;
    this.offs = [
      conn.on('ticket:mine', (t) => t.id === this.ticketId && this.show(t)),
      conn.on('state', () => this.refetch(0)), // (re)connected: catch up
      ...(['ticket:issued', 'ticket:called', 'ticket:updated'] as const).map((name) => conn.on(name, (e) => this.onEvent(e))),
    ];
    this.refetch(0);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const off of this.offs) off();
    if (this.refetchTimer) clearTimeout(this.refetchTimer);
  }

  private onEvent(e: LiveEvent): void {
    const t = this.ticket;
    if (!t || !ACTIVE.has(t.status)) return;
    const mine = e.ticket?.number === t.number || e.call?.number === t.number;
    const sameService = e.ticket?.service === t.service || e.call?.service === t.service;
    if (mine || (sameService && t.status === 'waiting')) this.refetch(800);
  }

  /** Re-reads the ticket after `delayMs`; a `ticket:mine` meanwhile makes it unnecessary. */
  private refetch(delayMs: number): void {
    if (this.refetchTimer) clearTimeout(this.refetchTimer);
    this.refetchTimer = setTimeout(async () => {
      this.refetchTimer = null;
      try {
        this.show(await api<PublicTicket>(`/api/tickets/${encodeURIComponent(this.ticketId!)}`, { timeoutMs: 5000 }));
      } catch (err) {
        if (err instanceof ApiError && (err.status === 404 || err.status === 400)) this.forget();
        else if (!this.ticket) this.refetch(3000); // hub away: the socket's reconnect also retries
      }
    }, delayMs);
  }

  /** Unknown ticket: say so, and stop the live link (nothing will ever come for it). */
  private forget(): void {
    this.missing = true;
    this.conn?.disconnect();
  }

  private show(t: PublicTicket): void {
    if (this.refetchTimer) clearTimeout(this.refetchTimer);
    this.refetchTimer = null;
    const prev = this.ticket;
    this.ticket = t;
    this.missing = false;
    const newCall = t.status === 'called' && (!prev || prev.status !== 'called' || t.recalls > prev.recalls);
    if (newCall && prev) this.alert.alert();
    document.title = `${t.number} · ${i18n.t(`status_${t.status}` as PhoneKey)}`;
  }

  private async enableSound(): Promise<void> {
    await this.alert.unlock();
    this.soundReady = this.alert.soundReady;
    try {
      navigator.vibrate?.(50); // also lets the browser allow vibration later
    } catch {
      /* unsupported */
    }
  }

  private serviceName(id: string): string {
    const s = this.conn?.state?.services.find((x) => x.id === id);
    return s ? i18n.name(s.name) : id;
  }

  private renderBanner(t: PublicTicket) {
    if (t.status === 'called' && t.counter) {
      return html`<section class="banner called" role="alert" data-testid="called">
        <div class="bell">${icons.bell}</div>
        <div class="big">${i18n.t('calledTitle')}</div>
        <div>${i18n.t('goTo')}</div>
        <div class="counter" data-testid="counter">${t.counter.name}</div>
      </section>`;
    }
    if (t.status === 'serving' && t.counter) {
      return html`<section class="banner serving"><div>${i18n.t('servingAt')}</div><div class="counter">${t.counter.name}</div></section>`;
    }
    const endText: Partial<Record<PublicTicket['status'], PhoneKey>> = { done: 'doneText', 'no-show': 'noShowText', cancelled: 'cancelledText', expired: 'expiredText' };
    const text = endText[t.status];
    if (!text) return '';
    return html`<section class="banner ended" data-testid="ended">
      ${t.status === 'done' ? html`<div class="big">${i18n.t('doneTitle')}</div>` : ''}
      <div>${i18n.t(text)}</div>
    </section>`;
  }

  private renderNowServing(t: PublicTicket) {
    const counters = (this.conn?.state?.counters ?? []).filter((c) => c.current && c.current.service === t.service);
    return html`<section class="serving-now">
      <h2>${i18n.t('nowServing')} · ${this.serviceName(t.service)}</h2>
      ${counters.length
        ? html`<ul>${counters.map((c) => html`<li><span>${c.name}</span><b class="num">${c.current!.number}</b></li>`)}</ul>`
        : html`<p>${i18n.t('nobodyServed')}</p>`}
    </section>`;
  }

  private renderStages(t: PublicTicket) {
    const stages = ticketStages(t, this.conn?.state?.services ?? []);
    if (stages.length < 2) return '';
    return html`<section class="stages">
      <h2>${i18n.t('stages')}</h2>
      <ol>
        ${stages.map((s) => html`<li class=${s.state}>${s.state === 'past' ? icons.check : ''}<span>${this.serviceName(s.service)}</span></li>`)}
      </ol>
    </section>`;
  }

  private renderTicket(t: PublicTicket) {
    const active = ACTIVE.has(t.status);
    return html`
      ${this.renderBanner(t)}
      ${t.status === 'done'
        ? html`<giliran-phone-survey .ticketId=${t.id} .published=${this.conn?.state?.site.publishedIkm ?? null} .language=${i18n.lang}></giliran-phone-survey>`
        : ''}
      <section class="card">
        <div class="label" role="heading" aria-level="1">${i18n.t('yourNumber')}</div>
        <div class="number num" data-testid="number">${t.number}</div>
        <div class="service" data-testid="service">${this.serviceName(t.service)}</div>
        <div class="status ${t.status}" data-testid="status">${i18n.t(`status_${t.status}` as PhoneKey)}</div>
        ${t.status === 'waiting'
          ? html`<div class="stats">
              <div><b data-testid="ahead">${t.ahead}</b><span>${i18n.t('ahead')}</span></div>
              <div><b>${formatMinutes(i18n.lang, t.estimatedWaitMinutes)}</b><span>${i18n.t('estimate')}</span></div>
            </div>`
          : ''}
      </section>
      ${t.status === 'waiting' ? this.renderNowServing(t) : ''} ${this.renderStages(t)}
      ${active && !this.soundReady ? html`<button class="sound" @click=${this.enableSound}>${icons.bell}<span>${i18n.t('enableSound')}</span></button>` : ''}
      ${active ? html`<p class="hint">${i18n.t('keepOpen')}</p>` : ''}
    `;
  }

  override render() {
    const conn = this.conn;
    return html`<header>
        <span class="site">${conn?.state?.site.siteName ?? 'Giliran'}</span>
        ${conn && !this.missing ? html`<giliran-connection-badge compact .status=${conn.status} .offlineSince=${conn.offlineSince} .lang=${i18n.lang}></giliran-connection-badge>` : ''}
        <span class="langs">
          ${(['id', 'en'] as const).map((l) => html`<button aria-pressed=${i18n.lang === l ? 'true' : 'false'} @click=${() => i18n.setLang(l)}>${l.toUpperCase()}</button>`)}
        </span>
      </header>
      <main>
        ${this.missing
          ? html`<section class="banner ended" data-testid="unknown"><div class="big">${i18n.t('unknownTitle')}</div><div>${i18n.t('unknownText')}</div></section>`
          : this.ticket
            ? this.renderTicket(this.ticket)
            : html`<p class="hint">${i18n.t('loading')}</p>`}
      </main>`;
  }
}

customElements.define('giliran-phone-ticket', GiliranPhoneTicket);

declare global {
  interface HTMLElementTagNameMap {
    'giliran-phone-ticket': GiliranPhoneTicket;
  }
}
