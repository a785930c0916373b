// The REST contract without zod: shared constants, request bodies and the answers of the routes the
// apps call, so `api<T>()` names a real response type and browser bundles never pull in zod.
// protocol/rest.ts holds the zod schemas the hub validates with; tests/unit/protocol-rest-types.test.ts
// checks at compile time that each schema and its plain type here stay the same.
import type { AuditEntry } from './audit.js';
import type { BookingReportRow } from './booking.js';
import type { CounterConfig, ServiceConfig, SiteConfig, SiteSettings } from './config.js';
import type { DeviceView } from './devices.js';
import type { PrinterStatusView } from './live.js';
import type { PublicCounter } from './public.js';
import type { Role, SessionView, StaffTicket, UserView } from './staff.js';
import type { PrintOutcome } from './ticket.js';

/** The header that makes POST /api/tickets and POST /api/bookings safe to retry. */
export const IDEMPOTENCY_HEADER = 'idempotency-key';

/** Ticket ids are 22 base64url characters; 10-64 of them accepted, for the future. */
export const TICKET_ID_PATTERN = /^[A-Za-z0-9_-]{10,64}$/;

// ---- requests ----

export interface LoginRequest {
  username: string;
  password: string;
}

export interface ChangePasswordRequest {
  current: string;
  next: string;
}

export interface CallTicketRequest {
  ticketId: string;
  reason: string;
}

export interface TransferRequest {
  service: string;
}

// ---- answers ----

/** Who is signed in: the answer of login, /api/me and a password change (never the session id). */
export interface SignedInUser {
  username: string;
  displayName: string;
  role: Role;
  /** A generated first password: the apps ask for a new one before anything else. */
  mustChangePassword?: boolean;
}

/** POST /api/login: the cookie is set too; the token is for API clients. */
export interface LoginAnswer {
  token: string;
  user: SignedInUser;
}

/** GET /api/me, POST /api/me/password */
export interface MeAnswer {
  user: SignedInUser;
}

/** POST /api/logout, DELETE of a session or a device. */
export interface OkAnswer {
  ok: true;
}

/** Officer actions on one ticket (recall, start, finish, transfer, no-show, cancel, reopen). */
export interface TicketAnswer {
  ticket: StaffTicket;
}

/** POST /api/counters/:id/call-next and /call: the ticket called and the counter now. */
export interface CallAnswer {
  ticket: StaffTicket | null;
  counter: PublicCounter | null;
}

/** POST /api/counters/:id/pause, /open, /close */
export interface CounterAnswer {
  counter: PublicCounter | null;
}

/** A room's batch calls: the tickets the command touched. */
export interface BatchAnswer {
  tickets: StaffTicket[];
  counter: PublicCounter | null;
}

/** POST /api/tickets/:id/reprint (202): the job is queued. */
export interface ReprintAnswer {
  ticket: { id: string; number: string; print: PrintOutcome };
}

/** Admin configuration changes answer with the whole new config. */
export interface ConfigAnswer {
  config: SiteConfig;
}
export interface ServiceAnswer extends ConfigAnswer {
  service: ServiceConfig;
}
export interface CounterConfigAnswer extends ConfigAnswer {
  counter: CounterConfig;
}
export interface SettingsAnswer extends ConfigAnswer {
  settings: SiteSettings;
}

export interface UsersAnswer {
  users: UserView[];
}
export interface UserAnswer {
  user: UserView;
}
export interface SessionsAnswer {
  sessions: SessionView[];
}

/** A print job that failed, or that may have printed and needs an officer to check. */
export interface FailedJob {
  ticketId: string;
  number: string;
  outcome: PrintOutcome;
  attempts: number;
  lastError: string;
}

/** GET /api/admin/printer */
export interface PrinterAdminView {
  printers: PrinterStatusView[];
  failedJobs: FailedJob[];
  /** The virtual printer's last tickets as text, newest first; null without one. */
  virtual: { text: string }[] | null;
}

/** GET /api/admin/devices */
export interface DevicesView {
  devices: DeviceView[];
  /** Kiosks that issued tickets today, by the device name they send. */
  seen: { device: string; tickets: number; lastAt: string }[];
  day: string;
}
export interface DeviceAnswer {
  device: DeviceView;
}

/** GET /api/admin/reports/days */
export interface ReportDaysAnswer {
  days: string[];
  today: string;
}

/** GET /api/admin/audit?day= */
export interface AuditDayAnswer {
  entries: AuditEntry[];
}

/** GET /api/admin/booking-report */
export interface BookingReportAnswer {
  from: string;
  to: string;
  rows: BookingReportRow[];
}
