// The hub calls the admin app makes. The session is the hub's HttpOnly cookie, so the page keeps
// no token; every change answers with the whole new config, which the app then shows.
import type { AuditEntry } from '../protocol/audit.js';
import type { DeviceKeyAnswer, DeviceView } from '../protocol/devices.js';
import type { CounterConfig, ServiceConfig, SiteConfig, SiteSettings } from '../protocol/config.js';
import type { LiveView, ReportSummary } from '../protocol/reports.js';
import type {
  AuditDayAnswer,
  ConfigAnswer,
  CounterConfigAnswer,
  DeviceAnswer,
  DevicesView,
  LoginAnswer,
  MeAnswer,
  OkAnswer,
  PrinterAdminView,
  ReportDaysAnswer,
  ReprintAnswer,
  ServiceAnswer,
  SessionsAnswer,
  SettingsAnswer,
  SignedInUser,
  UserAnswer,
  UsersAnswer,
} from '../protocol/rest-types.js';
import type { Role } from '../protocol/staff.js';
import { ApiError, api } from '../ui/api.js';

export type { AuditEntry, LiveView, ReportSummary };
/** The signed-in user (protocol/rest-types.ts SignedInUser). */
export type SessionUser = SignedInUser;

export const session = {
  async me(): Promise<SessionUser | null> {
    try {
      return (await api<MeAnswer>('/api/me')).user;
    } catch (err) {
      if (err instanceof ApiError && err.status === 401) return null;
      throw err;
    }
  },
  login: async (username: string, password: string) => (await api<LoginAnswer>('/api/login', { body: { username, password } })).user,
  logout: () => api<OkAnswer>('/api/logout', { method: 'POST' }).catch(() => undefined),
};

const send = <T>(method: string, path: string, body?: unknown) => api<T>(path, { method, body });
const item = (kind: string, id: string) => `/api/admin/${kind}/${encodeURIComponent(id)}`;

export const configApi = {
  get: () => api<SiteConfig>('/api/admin/config'),
  addService: (s: Partial<ServiceConfig>) => send<ServiceAnswer>('POST', '/api/admin/services', s),
  patchService: (id: string, patch: Partial<ServiceConfig>) => send<ServiceAnswer>('PATCH', item('services', id), patch),
  deleteService: (id: string) => send<ConfigAnswer>('DELETE', item('services', id)),
  addCounter: (c: CounterConfig) => send<CounterConfigAnswer>('POST', '/api/admin/counters', c),
  patchCounter: (id: string, patch: Partial<CounterConfig>) => send<CounterConfigAnswer>('PATCH', item('counters', id), patch),
  deleteCounter: (id: string) => send<ConfigAnswer>('DELETE', item('counters', id)),
  patchSettings: (patch: Partial<SiteSettings>) => send<SettingsAnswer>('PATCH', '/api/admin/settings', patch),
};

export const usersApi = {
  list: async () => (await api<UsersAnswer>('/api/admin/users')).users,
  add: (u: { username: string; displayName: string; role: Role; password: string }) => send<UserAnswer>('POST', '/api/admin/users', u),
  patch: (username: string, patch: Partial<{ displayName: string; role: Role; disabled: boolean; password: string }>) =>
    send<UserAnswer>('PATCH', item('users', username), patch),
};

export const sessionsApi = {
  list: async () => (await api<SessionsAnswer>('/api/admin/sessions')).sessions,
  end: (id: string) => send<OkAnswer>('DELETE', item('sessions', id)),
};
/** Usernames to display names, for reports (which keep usernames: they are stable). */
export const officerNames = async (): Promise<Map<string, string>> =>
  new Map((await usersApi.list().catch(() => [])).map((u) => [u.username, u.displayName || u.username]));

export const printerApi = {
  get: () => api<PrinterAdminView>('/api/admin/printer'),
  reprint: (ticketId: string) => send<ReprintAnswer>('POST', `/api/tickets/${encodeURIComponent(ticketId)}/reprint`),
};

export const rangeQuery = (from: string, to: string, extra: Record<string, string> = {}) => `?${new URLSearchParams({ from, to, ...extra })}`;

export const reportsApi = {
  days: () => api<ReportDaysAnswer>('/api/admin/reports/days'),
  summary: (from: string, to: string) => api<ReportSummary>(`/api/admin/reports/summary${rangeQuery(from, to)}`),
  live: () => api<LiveView>('/api/admin/reports/live'),
  csvUrl: (kind: 'summary' | 'tickets', from: string, to: string, lang: string) => `/api/admin/reports/${kind}.csv${rangeQuery(from, to, { lang })}`,
};

export type Device = DeviceView;

export const devicesApi = {
  list: () => api<DevicesView>('/api/admin/devices'),
  add: (d: Partial<Device>) => send<DeviceAnswer>('POST', '/api/admin/devices', d),
  patch: (id: string, patch: Partial<Device>) => send<DeviceAnswer>('PATCH', item('devices', id), patch),
  remove: (id: string) => send<OkAnswer>('DELETE', item('devices', id)),
  newKey: (id: string) => send<DeviceKeyAnswer>('POST', `${item('devices', id)}/key`, {}),
};

export const auditApi = {
  day: async (day: string) => (await api<AuditDayAnswer>(`/api/admin/audit?day=${encodeURIComponent(day)}`)).entries,
};
