// Who waits now and the longest wait, per service, and who is at a counter. Asked again when the
// staff socket reports a change (seq), and every few seconds so the minutes keep counting.
import { html, nothing } from 'lit';
import { officerNames, reportsApi, type LiveView } from './admin-api.js';
import { i18n } from './admin-strings.js';
import { AdminTab } from './admin-tab.js';
import { formatDuration, localTime } from './format.js';

const REFRESH_MS = 15_000;
const SHOWN = 8;

export class GiliranAdminLive extends AdminTab {
  static override properties = {
    seq: { type: Number },
    view: { state: true },
    names: { state: true },
  };

  seq = 0;
  view: LiveView | null = null;
  names = new Map<string, string>();
  private timer: ReturnType<typeof setInterval> | null = null;
  private pending: ReturnType<typeof setTimeout> | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    void officerNames().then((n) => (this.names = n));
    void this.load();
    this.timer = setInterval(() => void this.load(), REFRESH_MS);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.timer) clearInterval(this.timer);
    if (this.pending) clearTimeout(this.pending);
  }

  override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('seq') && changed.get('seq') !== undefined && !this.pending) {
      this.pending = setTimeout(() => {
        this.pending = null;
        void this.load();
      }, 400);
    }
  }

  private async load(): Promise<void> {
    this.view = (await this.run(() => reportsApi.live())) ?? this.view;
  }

  private name(id: string): string {
    return this.config?.services.find((s) => s.id === id)?.name[i18n.lang] ?? id;
  }

  override render() {
    const v = this.view;
    if (!v) return html`<p class="muted">${i18n.t('loading')}</p>`;
    const tz = this.config?.settings.timezone ?? 'Asia/Makassar';
    const counterName = (id: string) => this.config?.counters.find((c) => c.id === id)?.name ?? id;
    return html`${this.renderMessage()}
      <table>
        <thead>
          <tr><th>${i18n.t('service')}</th><th class="qty">${i18n.t('waitingNow')}</th><th class="qty">${i18n.t('longestWait')}</th></tr>
        </thead>
        <tbody>
          ${v.perService.map(
            (s) => html`<tr data-live-service=${s.service}>
              <td>${this.name(s.service)}</td>
              <td class="qty">${s.waiting}</td>
              <td class="qty">${formatDuration(s.longestSeconds, i18n.lang)}${s.longestNumber ? html`<br /><span class="mono muted">${s.longestNumber}</span>` : nothing}</td>
            </tr>`,
          )}
        </tbody>
      </table>
      <h3>${i18n.t('waitingNow')} (${v.waiting.length})</h3>
      ${v.waiting.length === 0
        ? html`<p class="muted">${i18n.t('nobodyWaiting')}</p>`
        : html`<table>
            <thead><tr><th>${i18n.t('number')}</th><th>${i18n.t('service')}</th><th class="qty">${i18n.t('waited')}</th></tr></thead>
            <tbody>
              ${v.waiting.slice(0, SHOWN).map(
                (w) => html`<tr>
                  <td class="mono">${w.number} ${w.priority ? html`<span class="pill warn">${i18n.t('priorityShort')}</span>` : nothing}</td>
                  <td>${this.name(w.service)}</td>
                  <td class="qty" title=${`${i18n.t('since')} ${localTime(w.queuedAt, tz)}`}>${formatDuration(w.waitedSeconds, i18n.lang)}</td>
                </tr>`,
              )}
            </tbody>
          </table>
          ${v.waiting.length > SHOWN ? html`<p class="muted">${i18n.t('andMore', { n: v.waiting.length - SHOWN })}</p>` : nothing}`}
      <h3>${i18n.t('atCounters')}</h3>
      ${v.atCounters.length === 0
        ? html`<p class="muted">—</p>`
        : html`<table>
            <tbody>
              ${v.atCounters.map(
                (c) => html`<tr>
                  <td>${counterName(c.counter)}</td>
                  <td class="mono">${c.number}</td>
                  <td>${c.status === 'serving' ? i18n.t('serving') : i18n.t('called')} ${localTime(c.since, tz)}</td>
                  <td class="muted">${c.officer ? (this.names.get(c.officer) ?? c.officer) : ''}</td>
                </tr>`,
              )}
            </tbody>
          </table>`}`;
  }
}

customElements.define('giliran-admin-live', GiliranAdminLive);

declare global {
  interface HTMLElementTagNameMap {
    'giliran-admin-live': GiliranAdminLive;
  }
}
