// Services: the list with what matters at a glance (prefix, names, quota, sessions, next stage,
// waiting now), and add / edit / disable / delete. Deleting is refused by the hub while anything
// still refers to the service; disabling is the everyday way to take one off the kiosk.
import { html, nothing } from 'lit';
import type { ServiceConfig } from '../protocol/config.js';
import type { StaffState } from '../protocol/staff.js';
import { configApi } from './admin-api.js';
import { i18n } from './admin-strings.js';
import { AdminTab } from './admin-tab.js';
import './giliran-admin-service-form.js';

export class GiliranAdminServices extends AdminTab {
  static override properties = {
    live: { attribute: false },
    editing: { state: true },
  };

  live: StaffState | null = null;
  /** The service being edited, 'new' for the add form, null when no form is open. */
  editing: ServiceConfig | 'new' | null = null;

  private sessionsText(s: ServiceConfig): string {
    if (s.sessions.length === 0) return i18n.t('allDay');
    return s.sessions.map((x) => `${x.start}-${x.end}${x.lastIssue && x.lastIssue !== x.end ? ` (≤ ${x.lastIssue})` : ''}`).join(', ');
  }

  private toggle(s: ServiceConfig): void {
    void this.run(() => configApi.patchService(s.id, { active: !s.active }), i18n.t('saved'));
  }

  /** Some counter serves it: otherwise its tickets would never be called. */
  private served(id: string): boolean {
    return (this.config?.counters ?? []).some((c) => c.services.includes(id));
  }

  /** An active service nobody can call is a trap for visitors: said at the top of the tab. */
  private renderUnserved() {
    const unserved = (this.config?.services ?? []).filter((s) => s.active && !this.served(s.id));
    if (unserved.length === 0) return nothing;
    const names = unserved.map((s) => s.name[i18n.lang]).join(', ');
    return html`<div class="card" style="border-left: 8px solid var(--g-warn)" role="note" data-warning="unserved">
      <b>${i18n.t('unservedTitle')}</b>
      <p style="margin:6px 0 0">${i18n.t('unservedText', { names })}</p>
    </div>`;
  }

  private closeForm(saved: boolean): void {
    this.editing = null;
    this.message = saved ? { kind: 'ok', text: i18n.t('saved') } : null;
  }

  private renderRow(s: ServiceConfig) {
    const services = this.config?.services ?? [];
    const next = s.next ? (services.find((x) => x.id === s.next)?.name[i18n.lang] ?? s.next) : '—';
    const live = this.live?.services.find((x) => x.id === s.id);
    return html`<tr class=${s.active ? '' : 'off'} data-service=${s.id}>
      <td><span class="pill mono">${s.prefix}</span></td>
      <td>${s.name.id}<br /><span class="muted">${s.name.en}</span></td>
      <td class="qty">${s.dailyQuota ?? i18n.t('noLimit')}${live && s.dailyQuota !== null ? html`<br /><span class="muted">${live.issuedToday} / ${s.dailyQuota}</span>` : nothing}</td>
      <td>${this.sessionsText(s)}</td>
      <td>${next}</td>
      <td class="qty">${s.averageServiceMinutes}</td>
      <td class="qty">${live?.waiting ?? '—'}</td>
      <td>
        <span class="pill ${s.active ? 'ok' : ''}">${s.active ? i18n.t('active') : i18n.t('inactive')}</span>
        ${s.active ? html`<span class="pill" data-kiosk=${s.kiosk !== false}>${i18n.t(s.kiosk !== false ? 'kioskShown' : 'kioskHidden')}</span>` : nothing}
        ${s.active && !this.served(s.id) ? html`<span class="pill warn" data-unserved>${i18n.t('unservedPill')}</span>` : nothing}
      </td>
      <td>
        <div class="actions">
          <button class="small" @click=${() => (this.editing = s)}>${i18n.t('edit')}</button>
          <button class="small" @click=${() => this.toggle(s)} ?disabled=${this.busy}>${s.active ? i18n.t('disable') : i18n.t('enable')}</button>
          ${this.renderDeleteButton(s.id, () => configApi.deleteService(s.id))}
        </div>
      </td>
    </tr>`;
  }

  override render() {
    const services = this.config?.services ?? [];
    return html`${this.renderHeading('tabServices', 'addService', () => (this.editing = 'new'))}
      ${this.renderMessage()} ${this.renderUnserved()}
      ${this.editing
        ? html`<giliran-admin-service-form
            .config=${this.config}
            .service=${this.editing === 'new' ? null : this.editing}
            @saved=${() => this.closeForm(true)}
            @cancel=${() => this.closeForm(false)}
          ></giliran-admin-service-form>`
        : nothing}
      <div class="card">
        <table>
          <thead>
            <tr>
              <th>${i18n.t('svcPrefix')}</th>
              <th>${i18n.t('service')}</th>
              <th class="qty">${i18n.t('svcQuota')}</th>
              <th>${i18n.t('svcSessions')}</th>
              <th>${i18n.t('svcNext')}</th>
              <th class="qty">${i18n.t('svcAvgShort')}</th>
              <th class="qty">${i18n.t('waitingNow')}</th>
              <th>${i18n.t('status')}</th>
              <th><span class="sr-only">${i18n.t('action')}</span></th>
            </tr>
          </thead>
          <tbody>
            ${services.map((s) => this.renderRow(s))}
          </tbody>
        </table>
      </div>`;
  }
}

customElements.define('giliran-admin-services', GiliranAdminServices);

declare global {
  interface HTMLElementTagNameMap {
    'giliran-admin-services': GiliranAdminServices;
  }
}
