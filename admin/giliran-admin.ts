// The admin app: sign-in gate (admins only), then tabs. It holds the site config (reloaded when
// anyone changes it: the staff socket sends a new snapshot or notice) and the live staff link
// that the printer and live-report views read (the sign-in and the link are
// ui/session-controller.ts, shared with the counter console). The tab lives in the URL hash, so a
// reload stays.
import { LitElement, css, html, nothing } from 'lit';
import type { SiteConfig } from '../protocol/config.js';
import type { StaffState } from '../protocol/staff.js';
import '../ui/giliran-connection-badge.js';
import type { HubConnection } from '../ui/hub-connection.js';
import { SessionController } from '../ui/session-controller.js';
import { baseStyles } from '../ui/theme.js';
import { configApi, session, type SessionUser } from './admin-api.js';
import { i18n, type AdminKey } from './admin-strings.js';
import { adminStyles } from './admin-styles.js';
import './giliran-admin-audit.js';
import './giliran-admin-counters.js';
import './giliran-admin-devices.js';
import './giliran-admin-login.js';
import './giliran-admin-password.js';
import './giliran-admin-printer.js';
import './giliran-admin-reports.js';
import './giliran-admin-services.js';
import './giliran-admin-settings.js';
import './giliran-admin-users.js';
import './giliran-admin-survey.js';
import './giliran-admin-booking.js';
import './giliran-admin-supervisor.js';

const TABS = ['services', 'counters', 'devices', 'users', 'settings', 'printer', 'reports', 'audit', 'survey', 'booking', 'supervisor'] as const;
type Tab = (typeof TABS)[number];
const TAB_LABEL: Record<Tab, AdminKey> = {
  services: 'tabServices',
  counters: 'tabCounters',
  devices: 'tabDevices',
  users: 'tabUsers',
  settings: 'tabSettings',
  printer: 'tabPrinter',
  reports: 'tabReports',
  audit: 'tabAudit',
  survey: 'tabSurvey',
  booking: 'tabBooking',
  supervisor: 'tabSupervisor',
};

const tabFromHash = (): Tab => {
  const h = location.hash.replace(/^#/, '');
  return (TABS as readonly string[]).includes(h) ? (h as Tab) : 'services';
};

export class GiliranAdmin extends LitElement {
  static override properties = {
    config: { state: true },
    tab: { state: true },
  };
  static override styles = [
    baseStyles,
    adminStyles,
    css`
      :host {
        display: block;
        min-height: 100vh;
      }
      header {
        display: flex;
        align-items: center;
        gap: 14px;
        flex-wrap: wrap;
        padding: 10px 24px;
        background: var(--g-surface);
      }
      header h1 {
        font-size: 20px;
        margin: 0;
      }
      header .site {
        color: var(--g-fg-muted);
        flex: 1;
      }
      giliran-connection-badge {
        font-size: 14px;
      }
      nav {
        display: flex;
        gap: 4px;
        padding: 0 24px;
        background: var(--g-surface);
        border-bottom: 2px solid var(--g-surface-2);
        overflow-x: auto;
      }
      nav a {
        padding: 10px 16px;
        color: var(--g-fg-muted);
        text-decoration: none;
        font-weight: 600;
        border-bottom: 3px solid transparent;
        white-space: nowrap;
      }
      nav a[aria-current='page'] {
        color: var(--g-fg);
        border-bottom-color: var(--g-accent);
      }
      nav a:focus-visible {
        outline: 3px solid var(--g-focus);
      }
      main {
        padding: 20px 24px 40px;
        max-width: 1400px;
      }
    `,
  ];

  config: SiteConfig | null = null;
  tab: Tab = tabFromHash();
  private reloadTimer: ReturnType<typeof setTimeout> | null = null;
  private readonly auth = new SessionController<SessionUser>(this, {
    me: () => session.me(),
    logout: () => session.logout(),
    accepts: (user) => user.role === 'admin',
    retryMs: null,
    beforeReady: async () => {
      this.config = await configApi.get();
    },
    onConnection: (conn: HubConnection<StaffState>) => [conn.on('state', () => this.reloadConfigSoon()), conn.on('notice:updated', () => this.reloadConfigSoon())],
    endedNotice: () => i18n.t('sessionEnded'),
  });

  constructor() {
    super();
    i18n.bind(this);
    document.documentElement.lang = i18n.lang;
    this.addEventListener('config-changed', (e) => (this.config = (e as CustomEvent<SiteConfig>).detail));
    this.addEventListener('session-expired', () => this.auth.ended());
    this.addEventListener('signed-in', (e) => void this.auth.signedIn((e as CustomEvent<SessionUser>).detail));
    this.addEventListener('password-changed', (e) => this.auth.passwordChanged((e as CustomEvent<SessionUser>).detail, i18n.t('pwChanged')));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('hashchange', this.onHash);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('hashchange', this.onHash);
    if (this.reloadTimer) clearTimeout(this.reloadTimer);
    this.reloadTimer = null;
  }

  private onHash = () => {
    this.tab = tabFromHash();
    this.auth.notice = '';
  };

  /** Someone (maybe another admin) changed the config: fetch it, once for a burst of events. */
  private reloadConfigSoon(): void {
    if (this.reloadTimer) return;
    this.reloadTimer = setTimeout(async () => {
      this.reloadTimer = null;
      this.config = await configApi.get().catch(() => this.config);
    }, 300);
  }

  private renderTab() {
    const config = this.config;
    const conn = this.auth.conn;
    switch (this.tab) {
      case 'services':
        return html`<giliran-admin-services .config=${config} .live=${conn?.state ?? null}></giliran-admin-services>`;
      case 'counters':
        return html`<giliran-admin-counters .config=${config} .live=${conn?.state ?? null}></giliran-admin-counters>`;
      case 'devices':
        return html`<giliran-admin-devices .config=${config}></giliran-admin-devices>`;
      case 'users':
        return html`<giliran-admin-users .config=${config} .me=${this.auth.user?.username ?? ''}></giliran-admin-users>`;
      case 'settings':
        return html`<giliran-admin-settings .config=${config}></giliran-admin-settings>`;
      case 'printer':
        return html`<giliran-admin-printer .config=${config} .printers=${conn ? [...conn.printers.values()] : []}></giliran-admin-printer>`;
      case 'reports':
        return html`<giliran-admin-reports .config=${config} .seq=${conn?.state?.seq ?? 0}></giliran-admin-reports>`;
      case 'audit':
        return html`<giliran-admin-audit .config=${config}></giliran-admin-audit>`;
      case 'survey':
        return html`<giliran-admin-survey .config=${config}></giliran-admin-survey>`;
      case 'booking':
        return html`<giliran-admin-booking .config=${config} .seq=${conn?.state?.seq ?? 0}></giliran-admin-booking>`;
      case 'supervisor':
        return html`<giliran-admin-supervisor .config=${config}></giliran-admin-supervisor>`;
    }
  }

  private renderLangs() {
    return html`<div class="langs" role="group" aria-label="Bahasa / Language">
      ${(['id', 'en'] as const).map(
        (l) => html`<button class="small" aria-pressed=${i18n.lang === l ? 'true' : 'false'} @click=${() => i18n.setLang(l)}>${l.toUpperCase()}</button>`,
      )}
    </div>`;
  }

  override render() {
    const { phase, user, conn } = this.auth;
    if (phase === 'checking') return html`<p class="muted" style="padding:24px">${i18n.t('loading')}</p>`;
    if (phase === 'login') {
      return html`<header><h1>${i18n.t('appTitle')}</h1><span class="site"></span>${this.renderLangs()}</header>
        <main><giliran-admin-login .officer=${this.auth.refused} .notice=${this.auth.notice}></giliran-admin-login></main>`;
    }
    const role = user?.role === 'admin' ? i18n.t('roleAdmin') : i18n.t('roleOfficer');
    return html`<header>
        <h1>${i18n.t('appTitle')}</h1>
        <span class="site">${this.config?.settings.siteName ?? ''}</span>
        ${conn ? html`<giliran-connection-badge .status=${conn.status} .offlineSince=${conn.offlineSince}></giliran-connection-badge>` : nothing}
        ${this.renderLangs()}
        <span class="muted">${user?.displayName} · ${role}</span>
        <button class="small" @click=${() => void this.auth.signOut()}>${i18n.t('logout')}</button>
      </header>
      ${user?.mustChangePassword
        ? html`<giliran-admin-password .user=${user}></giliran-admin-password>`
        : this.renderTabs()}`;
  }

  private renderTabs() {
    const notice = this.auth.notice;
    return html`${notice ? html`<p class="msg ok" role="status" style="margin: 12px 24px 0">${notice}</p>` : nothing}
      <nav aria-label=${i18n.t('appTitle')}>
        ${TABS.map((t) => html`<a href="#${t}" aria-current=${this.tab === t ? 'page' : 'false'}>${i18n.t(TAB_LABEL[t])}</a>`)}
      </nav>
      <main>${this.config ? this.renderTab() : html`<p class="muted">${i18n.t('loading')}</p>`}</main>`;
  }
}

customElements.define('giliran-admin', GiliranAdmin);

declare global {
  interface HTMLElementTagNameMap {
    'giliran-admin': GiliranAdmin;
  }
}
