// The touch kiosk: pick a service (and priority), get a ticket on screen and on paper, back to the
// start. Never blank: before the first state and while the hub is away it says what is going on.
import { LitElement, html } from 'lit';
import type { PublicTicket } from '../protocol/public.js';
import { ApiError } from '../ui/api.js';
import '../ui/giliran-clock.js';
import '../ui/giliran-connection-badge.js';
import { HubConnection } from '../ui/hub-connection.js';
import { icons } from '../ui/icons.js';
import { baseStyles } from '../ui/theme.js';
import { loadDeviceSettings, saveDeviceSettings, type DeviceSettings } from './device-settings.js';
import './giliran-kiosk-settings.js';
import './giliran-kiosk-ticket.js';
import './giliran-service-button.js';
import { kioskStyles } from './kiosk-styles.js';
import { i18n } from './kiosk-strings.js';
import { serviceGridShape } from './service-grid.js';
import { TicketIssuer } from './ticket-issuer.js';

type Screen = 'start' | 'ticket' | 'error';

/** A visitor who walks away leaves the kiosk in its default language, priority off. */
const IDLE_RESET_MS = 45_000;
const ERROR_SHOWN_MS = 8_000;
/** How much larger than the most shrunk service button's type the others may stay. */
const FIT_SPREAD = 0.2;

export class GiliranKiosk extends LitElement {
  static override properties = {
    screen: { state: true },
    ticket: { state: true },
    errorText: { state: true },
    priority: { state: true },
    issuing: { state: true },
    settingsOpen: { state: true },
  };
  static override styles = [baseStyles, kioskStyles];

  screen: Screen = 'start';
  ticket: PublicTicket | null = null;
  errorText = '';
  priority = false;
  issuing = false;
  settingsOpen = false;
  private device: DeviceSettings = loadDeviceSettings();
  private readonly conn = new HubConnection(this);
  private readonly issuer = new TicketIssuer();
  private timer: ReturnType<typeof setTimeout> | null = null;
  private readonly resized = new ResizeObserver(() => this.layoutServices());

  constructor() {
    super();
    i18n.bind(this);
    i18n.setLang(this.device.language);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('pointerdown', this.armIdleReset);
    this.armIdleReset();
    this.resized.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('pointerdown', this.armIdleReset);
    this.clearTimer();
    this.resized.disconnect();
  }

  protected override updated(): void {
    this.layoutServices();
  }

  /** Columns and rows for the service buttons, from their count and the room they have now. */
  private layoutServices(): void {
    const grid = this.renderRoot.querySelector<HTMLElement>('.services');
    if (!grid) return;
    const box = getComputedStyle(grid);
    const gap = parseFloat(box.rowGap) || 0;
    const width = grid.clientWidth - parseFloat(box.paddingLeft) - parseFloat(box.paddingRight);
    const height = grid.clientHeight - parseFloat(box.paddingTop) - parseFloat(box.paddingBottom);
    const { columns, rows } = serviceGridShape(grid.childElementCount, width, height, gap);
    grid.style.setProperty('--columns', String(columns));
    grid.style.setProperty('--rows', String(rows));
  }

  private capPending = false;

  /**
   * A button whose long name made it shrink its type sets the pace: the others keep at most
   * FIT_SPREAD more, so the grid reads as one set and not as a mix of big and small type.
   */
  private capFit = (): void => {
    if (this.capPending) return;
    this.capPending = true;
    queueMicrotask(() => {
      this.capPending = false;
      const grid = this.renderRoot.querySelector<HTMLElement>('.services');
      if (!grid) return;
      const fits = [...grid.querySelectorAll('giliran-service-button')].map((b) => b.fitScale);
      grid.style.setProperty('--fit-cap', String(Math.min(1, Math.min(...fits, 1) + FIT_SPREAD)));
    });
  };

  private clearTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private armIdleReset = (): void => {
    if (this.screen !== 'start') return;
    this.clearTimer();
    this.timer = setTimeout(() => this.toStart(), IDLE_RESET_MS);
  };

  private toStart(): void {
    this.clearTimer();
    this.screen = 'start';
    this.ticket = null;
    this.priority = false;
    i18n.setLang(this.device.language);
  }

  private async pick(e: CustomEvent<string>): Promise<void> {
    // Only a kiosk the hub gave a key may take tickets under its own name (and its own printer).
    const registered = this.device.deviceKey !== '';
    const pending = this.issuer.issue({ service: e.detail, priority: this.priority || undefined, device: registered ? this.device.deviceName : undefined }, registered ? this.device.deviceKey : undefined);
    if (!pending) return; // a tap while a ticket is being taken: ignored
    this.issuing = true;
    try {
      this.ticket = await pending;
      this.clearTimer();
      this.screen = 'ticket';
    } catch (err) {
      this.errorText = this.errorMessage(err);
      this.screen = 'error';
      this.clearTimer();
      this.timer = setTimeout(() => this.toStart(), ERROR_SHOWN_MS);
    } finally {
      this.issuing = false;
    }
  }

  private errorMessage(err: unknown): string {
    if (!(err instanceof ApiError)) return i18n.t('errorGeneric');
    if (err.retryable) return i18n.t('errorNetwork');
    if (err.code === 'quota_reached') return i18n.t('closedQuota');
    if (err.code === 'outside_hours') return i18n.t('closedHours');
    if (err.code === 'service_closed' || err.code === 'unknown_service') return i18n.t('closedInactive');
    return i18n.t('errorGeneric');
  }

  private saveSettings(e: CustomEvent<DeviceSettings>): void {
    this.device = e.detail;
    saveDeviceSettings(this.device);
    this.settingsOpen = false;
    this.toStart();
  }

  private phoneUrl(t: PublicTicket): string {
    const base = this.conn.state?.site.publicUrl || location.origin;
    return `${base.replace(/\/+$/, '')}/t/${encodeURIComponent(t.id)}`;
  }

  private renderHeader() {
    const state = this.conn.state;
    const printer = this.device.printerId ? this.conn.printers.get(this.device.printerId) : undefined;
    const printerBad = printer && printer.state !== 'online' && printer.state !== 'paper-low';
    return html`<header>
      <div class="site">${state?.site.siteName ?? 'Giliran'}</div>
      <giliran-clock .timezone=${state?.site.timezone ?? 'Asia/Makassar'} .offsetMs=${this.conn.clockOffsetMs} .lang=${i18n.lang}></giliran-clock>
      ${printerBad ? html`<div class="printer-bad">${i18n.t('printerIssue', { message: printer.message || printer.state })}</div>` : ''}
      <giliran-connection-badge .status=${this.conn.status} .offlineSince=${this.conn.offlineSince} .lang=${i18n.lang}></giliran-connection-badge>
      <div class="langs" role="group" aria-label="Bahasa / Language">
        ${(['id', 'en'] as const).map(
          (l) => html`<button aria-pressed=${i18n.lang === l ? 'true' : 'false'} @click=${() => i18n.setLang(l)}>${l.toUpperCase()}</button>`,
        )}
      </div>
      <button class="gear" aria-label=${i18n.t('settings')} @click=${() => (this.settingsOpen = true)}>${icons.settings}</button>
    </header>`;
  }

  private renderStart() {
    const state = this.conn.state!;
    const offline = this.conn.status !== 'online';
    // The hub refuses changes (disk full or read-only): a tap could only fail.
    const readOnly = this.conn.health?.writable === false;
    const services = state.services.filter((s) => s.closedReason !== 'inactive');
    return html`<main class="start">
      <div class="titles">
        <h1>${i18n.t('title')}</h1>
        <p>${i18n.t('subtitle')}</p>
      </div>
      <div class="services" @fitted=${this.capFit}>
        ${services.map((s) => html`<giliran-service-button .service=${s} .lang=${i18n.lang} .busy=${this.issuing} .blocked=${offline || readOnly} @pick=${this.pick}></giliran-service-button>`)}
      </div>
      <button class="priority" aria-pressed=${this.priority ? 'true' : 'false'} @click=${() => (this.priority = !this.priority)}>
        <span class="box">${this.priority ? icons.check : ''}</span>
        <span class="picon">${icons.priority}</span>
        <span><b>${i18n.t('priority')}:</b> ${i18n.t('priorityWho')}</span>
      </button>
      ${this.issuing ? html`<div class="veil" role="status">${i18n.t('issuing')}</div>` : ''}
      ${offline && !this.issuing ? this.renderReconnecting() : ''}
      ${readOnly && !offline ? html`<div class="veil offline" role="alert"><div>${i18n.t('storeDown')}</div></div>` : ''}
    </main>`;
  }

  private renderReconnecting() {
    return html`<div class="veil offline" role="alert">
      <div class="spinner"></div>
      <div>${i18n.t('reconnecting')}</div>
      <small>${i18n.t('reconnectingHint')}</small>
    </div>`;
  }

  private renderBody() {
    if (this.screen === 'ticket' && this.ticket) {
      const service = this.conn.state?.services.find((s) => s.id === this.ticket!.service);
      return html`<main class="ticket">
        <giliran-kiosk-ticket
          .ticket=${this.ticket}
          .serviceName=${service ? i18n.name(service.name) : this.ticket.service}
          .phoneUrl=${this.phoneUrl(this.ticket)}
          .lang=${i18n.lang}
          @done=${this.toStart}
        ></giliran-kiosk-ticket>
      </main>`;
    }
    if (this.screen === 'error') {
      return html`<main class="error" role="alert">
        <span class="eicon">${icons.alert}</span>
        <h1>${i18n.t('errorTitle')}</h1>
        <p>${this.errorText}</p>
        <button @click=${this.toStart}>OK</button>
      </main>`;
    }
    if (!this.conn.state) {
      return html`<main class="start">${this.conn.status === 'offline' ? this.renderReconnecting() : html`<div class="veil">${i18n.t('loading')}</div>`}</main>`;
    }
    return this.renderStart();
  }

  override render() {
    return html`${this.renderHeader()}${this.renderBody()}
    ${this.settingsOpen
      ? html`<giliran-kiosk-settings
          .settings=${this.device}
          .printerIds=${[...this.conn.printers.keys()]}
          .lang=${i18n.lang}
          @save=${this.saveSettings}
          @close=${() => (this.settingsOpen = false)}
        ></giliran-kiosk-settings>`
      : ''}`;
  }
}

customElements.define('giliran-kiosk', GiliranKiosk);

declare global {
  interface HTMLElementTagNameMap {
    'giliran-kiosk': GiliranKiosk;
  }
}
