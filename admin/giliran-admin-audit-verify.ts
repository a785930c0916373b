// "Check integrity" in the audit tab: asks the hub to walk the audit hash chain over a range of
// days and shows either the head hash (to note down) or the first broken link.
import { html, nothing } from 'lit';
import type { AuditVerification } from '../protocol/audit.js';
import { api } from '../ui/api.js';
import { i18n } from './admin-strings.js';
import { AdminTab } from './admin-tab.js';
import { addDays } from './format.js';

const verifyAudit = (from: string, to: string) =>
  api<AuditVerification>(`/api/admin/audit/verify?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`);

export class GiliranAdminAuditVerify extends AdminTab {
  static override properties = {
    ...AdminTab.properties,
    today: {},
    from: { state: true },
    to: { state: true },
    result: { state: true },
  };

  today = '';
  from = '';
  to = '';
  result: AuditVerification | null = null;

  private async check(): Promise<void> {
    const to = this.to || this.today;
    const from = this.from || addDays(to, -30);
    this.result = (await this.run(() => verifyAudit(from, to))) ?? null;
  }

  private renderResult() {
    const r = this.result;
    if (!r) return nothing;
    if (r.ok) {
      return html`<p class="msg ok" role="status" data-verify="ok">
        ${i18n.t('verifyOk', { entries: r.entries, days: r.daysWithEntries, from: r.from, to: r.to })}
        ${r.head ? html`<br /><span class="muted">${i18n.t('verifyHead')}</span> <code class="mono">${r.head}</code>` : nothing}
      </p>`;
    }
    const b = r.firstBreak!;
    return html`<div class="msg error" role="alert" data-verify="broken">
      <strong>${i18n.t('verifyBroken', { day: b.day, n: b.index + 1 })}</strong>
      <div>${i18n.t(b.problem === 'edited' ? 'verifyEdited' : b.problem === 'link' ? 'verifyLink' : 'verifyUnchained')}</div>
      <div class="muted">${b.entry.at} · ${b.entry.actor ?? '—'} · ${b.entry.action}</div>
    </div>`;
  }

  override render() {
    const to = this.to || this.today;
    return html`<div class="toolbar">
        <label>${i18n.t('from')}<input type="date" name="verify-from" .value=${this.from || (to ? addDays(to, -30) : '')} max=${this.today} @change=${(e: Event) => (this.from = (e.target as HTMLInputElement).value)} /></label>
        <label>${i18n.t('to')}<input type="date" name="verify-to" .value=${to} max=${this.today} @change=${(e: Event) => (this.to = (e.target as HTMLInputElement).value)} /></label>
        <button class="small" ?disabled=${this.busy} @click=${() => void this.check()}>${i18n.t('verifyButton')}</button>
      </div>
      ${this.renderMessage()} ${this.renderResult()}`;
  }
}

customElements.define('giliran-admin-audit-verify', GiliranAdminAuditVerify);

declare global {
  interface HTMLElementTagNameMap {
    'giliran-admin-audit-verify': GiliranAdminAuditVerify;
  }
}
