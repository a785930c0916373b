// The hub calls the admin app makes. The session is the hub's HttpOnly cookie, so the page keeps
// no token; every change answers with the whole new config, which the app then shows.
import type { DeviceKeyAnswer, DeviceView } from '../protocol/devices.js';
import type { CounterConfig, ServiceConfig, SiteConfig, SiteSettings } from '../protocol/config.js';
import type { PrinterStatusView } from '../protocol/live.js';
import type { Role, SessionView, UserView } from '../protocol/staff.js';
import type { AuditDayAnswer, AuditEntry } from '../protocol/audit.js';
import type { LiveView, ReportSummary } from '../protocol/reports.js';
import { ApiError, api } from '../ui/api.js';

export type { AuditEntry, LiveView, ReportSummary };

export interface SessionUser {
  username: string;
  displayName: string;
  role: Role;
  /** A generated first password: the app asks for a new one before anything else. */
  mustChangePassword?: boolean;
}

export const session = {
  async me(): Promise<SessionUser | null> {
    try {
      return (await api<{ user: SessionUser }>('/api/me')).user;
    } catch (err) {
      if (err instanceof ApiError && err.status === 401) return null;
      throw err;
    }
  },
  login: async (username: string, password: string) => (await api<{ user: SessionUser }>('/api/login', { body: { username, password } })).user,
  logout: () => api('/api/logout', { method: 'POST' }).catch(() => undefined),
};

type WithConfig = { config: SiteConfig };
const send = <T = WithConfig>(method: string, path: string, body?: unknown) => api<T>(path, { method, body });
const item = (kind: string, id: string) => `/api/admin/${kind}/${encodeURIComponent(id)}`;

export const configApi = {
  get: () => api<SiteConfig>('/api/admin/config'),
  addService: (s: Partial<ServiceConfig>) => send('POST', '/api/admin/services', s),
  patchService: (id: string, patch: Partial<ServiceConfig>) => send('PATCH', item('services', id), patch),
  deleteService: (id: string) => send('DELETE', item('services', id)),
  addCounter: (c: CounterConfig) => send('POST', '/api/admin/counters', c),
  patchCounter: (id: string, patch: Partial<CounterConfig>) => send('PATCH', item('counters', id), patch),
  deleteCounter: (id: string) => send('DELETE', item('counters', id)),
  patchSettings: (patch: Partial<SiteSettings>) => send('PATCH', '/api/admin/settings', patch),
};

export const usersApi = {
  list: async () => (await api<{ users: UserView[] }>('/api/admin/users')).users,
  add: (u: { username: string; displayName: string; role: Role; password: string }) => send<{ user: UserView }>('POST', '/api/admin/users', u),
  patch: (username: string, patch: Partial<{ displayName: string; role: Role; disabled: boolean; password: string }>) =>
    send<{ user: UserView }>('PATCH', item('users', username), patch),
};

export const sessionsApi = {
  list: async () => (await api<{ sessions: SessionView[] }>('/api/admin/sessions')).sessions,
  end: (id: string) => send<unknown>('DELETE', item('sessions', id)),
};
/** Usernames to display names, for reports (which keep usernames: they are stable). */
export const officerNames = async (): Promise<Map<string, string>> =>
  new Map((await usersApi.list().catch(() => [])).map((u) => [u.username, u.displayName || u.username]));

export interface FailedJob {
  ticketId: string;
  number: string;
  outcome: string;
  attempts: number;
  lastError: string;
}

export interface PrinterAdminView {
  printers: PrinterStatusView[];
  failedJobs: FailedJob[];
  virtual: { text: string }[] | null;
}

export const printerApi = {
  get: () => api<PrinterAdminView>('/api/admin/printer'),
  reprint: (ticketId: string) => send<unknown>('POST', `/api/tickets/${encodeURIComponent(ticketId)}/reprint`),
};

export const rangeQuery = (from: string, to: string, extra: Record<string, string> = {}) => `?${new URLSearchParams({ from, to, ...extra })}`;

export const reportsApi = {
  days: () => api<{ days: string[]; today: string }>('/api/admin/reports/days'),
  summary: (from: string, to: string) => api<ReportSummary>(`/api/admin/reports/summary${rangeQuery(from, to)}`),
  live: () => api<LiveView>('/api/admin/reports/live'),
  csvUrl: (kind: 'summary' | 'tickets', from: string, to: string, lang: string) => `/api/admin/reports/${kind}.csv${rangeQuery(from, to, { lang })}`,
};

export type Device = DeviceView;

export interface DevicesView {
  devices: Device[];
  /** Kiosks that issued tickets today, by the device name they send. */
  seen: { device: string; tickets: number; lastAt: string }[];
  day: string;
}

export const devicesApi = {
  list: () => api<DevicesView>('/api/admin/devices'),
  add: (d: Partial<Device>) => send<{ device: Device }>('POST', '/api/admin/devices', d),
  patch: (id: string, patch: Partial<Device>) => send<{ device: Device }>('PATCH', item('devices', id), patch),
  remove: (id: string) => send<unknown>('DELETE', item('devices', id)),
  newKey: (id: string) => send<DeviceKeyAnswer>('POST', `${item('devices', id)}/key`, {}),
};

export const auditApi = {
  day: async (day: string) => (await api<AuditDayAnswer>(`/api/admin/audit?day=${encodeURIComponent(day)}`)).entries,
};
