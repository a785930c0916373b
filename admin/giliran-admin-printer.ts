// Printers: live status (pushed by the hub as `printer:updated`), prints that failed or need an
// officer to check, with reprint, and the virtual printer's latest tickets as they came out.
import { css, html, nothing } from 'lit';
import type { PrinterStatusView } from '../protocol/live.js';
import { ApiError } from '../ui/api.js';
import type { PrinterAdminView } from '../protocol/rest-types.js';
import { printerApi } from './admin-api.js';
import { i18n, type AdminKey } from './admin-strings.js';
import { AdminTab } from './admin-tab.js';
import { localTime } from './format.js';

const POLL_MS = 5000;
const OUTCOME_KEYS = new Set(['failed', 'check', 'waiting', 'pending']);
const STATE_CLASS: Record<PrinterStatusView['state'], string> = { online: 'ok', 'paper-low': 'warn', 'paper-out': 'bad', 'cover-open': 'bad', offline: 'bad', disabled: '' };

export class GiliranAdminPrinter extends AdminTab {
  static override properties = {
    printers: { attribute: false },
    detail: { state: true },
    unavailable: { state: true },
  };
  static override styles = [
    ...AdminTab.styles,
    css`
      .printers {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(280px, 1fr));
        gap: 14px;
      }
      .printer h3 {
        margin: 0 0 6px;
      }
      .paper {
        display: flex;
        gap: 16px;
        overflow-x: auto;
        padding-bottom: 8px;
      }
      pre {
        background: #fdfdf8;
        color: #111;
        padding: 14px 12px;
        border-radius: 4px;
        font-size: 12px;
        line-height: 1.3;
        margin: 0;
        flex: none;
        box-shadow: 0 2px 8px rgb(0 0 0 / 0.4);
      }
    `,
  ];

  /** Live statuses from the staff socket. */
  printers: PrinterStatusView[] = [];
  detail: PrinterAdminView | null = null;
  unavailable = false;
  private timer: ReturnType<typeof setInterval> | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
    this.timer = setInterval(() => void this.load(), POLL_MS);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.timer) clearInterval(this.timer);
  }

  override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('printers') && changed.get('printers') !== undefined) void this.load();
  }

  private async load(): Promise<void> {
    try {
      this.detail = await printerApi.get();
      this.unavailable = false;
    } catch (err) {
      // An older hub without the admin printer route: live status still works.
      if (err instanceof ApiError && err.status === 404) this.unavailable = true;
    }
  }

  private async reprint(ticketId: string, number: string): Promise<void> {
    await this.run(() => printerApi.reprint(ticketId), i18n.t('reprintSent', { number }));
    void this.load();
  }

  private renderStatus() {
    const list = this.printers.length ? this.printers : (this.detail?.printers ?? []);
    if (list.length === 0) return html`<p class="muted">${i18n.t('noPrinters')}</p>`;
    const tz = this.config?.settings.timezone ?? 'Asia/Makassar';
    return html`<div class="printers">
      ${list.map(
        (p) => html`<div class="card printer" data-printer=${p.id}>
          <h3 class="mono">${p.id}</h3>
          <span class="pill ${STATE_CLASS[p.state]}">${i18n.t(`p:${p.state}`)}</span>
          <span class="muted">${i18n.t('queued', { n: p.queued })} · ${i18n.t('failedN', { n: p.failed })}${p.checkedAt ? ` · ${i18n.t('checkedAt', { time: localTime(p.checkedAt, tz) })}` : ''}</span>
          ${p.message && p.state !== 'disabled' ? html`<div class="muted">${p.message}</div>` : nothing}
        </div>`,
      )}
    </div>`;
  }

  private renderFailed() {
    const jobs = this.detail?.failedJobs ?? [];
    if (jobs.length === 0) return html`<p class="muted">${i18n.t('noFailed')}</p>`;
    return html`<table>
      <thead>
        <tr><th>${i18n.t('number')}</th><th>${i18n.t('status')}</th><th class="qty">${i18n.t('attempts')}</th><th>${i18n.t('lastError')}</th><th><span class="sr-only">${i18n.t('action')}</span></th></tr>
      </thead>
      <tbody>
        ${jobs.map(
          (j) => html`<tr>
            <td class="mono">${j.number}</td>
            <td><span class="pill ${j.outcome === 'check' ? 'warn' : 'bad'}">${OUTCOME_KEYS.has(j.outcome) ? i18n.t(`o:${j.outcome}` as AdminKey) : j.outcome}</span></td>
            <td class="qty">${j.attempts}</td>
            <td>${j.lastError}</td>
            <td><div class="actions"><button class="small" ?disabled=${this.busy} @click=${() => this.reprint(j.ticketId, j.number)}>${i18n.t('reprint')}</button></div></td>
          </tr>`,
        )}
      </tbody>
    </table>`;
  }

  override render() {
    const virtual = this.detail?.virtual;
    return html`<h2>${i18n.t('tabPrinter')}</h2>
      ${this.renderMessage()}
      <h3>${i18n.t('liveStatus')}</h3>
      ${this.renderStatus()}
      ${this.unavailable
        ? html`<p class="msg">${i18n.t('printerDetailUnavailable')}</p>`
        : html`<h3>${i18n.t('failedJobs')}</h3>
            <div class="card">${this.renderFailed()}</div>
            <h3>${i18n.t('virtualTitle')}</h3>
            ${virtual && virtual.length
              ? html`<div class="paper">${virtual.map((t) => html`<pre>${t.text}</pre>`)}</div>`
              : html`<p class="muted">${virtual ? '—' : i18n.t('noVirtual')}</p>`}`}`;
  }
}

customElements.define('giliran-admin-printer', GiliranAdminPrinter);

declare global {
  interface HTMLElementTagNameMap {
    'giliran-admin-printer': GiliranAdminPrinter;
  }
}
