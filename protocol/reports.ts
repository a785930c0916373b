// What the report APIs answer (summary, live view, supervisor). Plain types, no zod, no hub code:
// the hub's reports build them and the admin app reads them.
// Durations are seconds; times are ISO strings (the UI and CSV show them in the site's zone).

export type StageOutcome = 'done' | 'no-show' | 'cancelled' | 'transferred' | 'expired' | 'open';

/** One ticket's passage through one service: a visit has up to three (registration, goods, room). */
export interface StageRow {
  /** Local date the ticket was issued. */
  day: string;
  number: string;
  /** 1 for the service the ticket was issued for, 2.. after each transfer. */
  stage: number;
  service: string;
  priority: boolean;
  /** False for a ticket carried into the range from an earlier day (not counted as issued). */
  issuedInRange: boolean;
  issuedAt: string;
  queuedAt: string;
  calledAt: string | null;
  startedAt: string | null;
  endedAt: string | null;
  outcome: StageOutcome;
  counter: string | null;
  /** The officer who called it (and so served it). */
  officer: string | null;
  recalls: number;
  outOfOrder: boolean;
  /** queuedAt -> first call. */
  waitSeconds: number | null;
  /** started (or called) -> finished, only for outcome 'done'. */
  serviceSeconds: number | null;
}

export interface DurationStats {
  count: number;
  median: number | null;
  p90: number | null;
}

export interface ServiceCounts {
  service: string;
  issued: number;
  served: number;
  noShow: number;
  cancelled: number;
  expired: number;
  transferredOut: number;
  /** Stages still open at the end of the range (today: waiting or at a counter now). */
  open: number;
}

export interface GroupTimes {
  /** Service, counter or officer id. */
  key: string;
  wait: DurationStats;
  service: DurationStats;
}

export interface ReportSummary {
  from: string;
  to: string;
  timezone: string;
  generatedAt: string;
  services: ServiceCounts[];
  totals: Omit<ServiceCounts, 'service'>;
  byService: GroupTimes[];
  byCounter: GroupTimes[];
  byOfficer: GroupTimes[];
  overall: GroupTimes;
  /** Tickets issued per local hour of the day, index 0..23. */
  arrivalsByHour: number[];
  perDay: { day: string; issued: number; served: number }[];
}

export interface LiveWaiting {
  number: string;
  service: string;
  priority: boolean;
  queuedAt: string;
  waitedSeconds: number;
}

export interface LiveView {
  now: string;
  waiting: LiveWaiting[];
  perService: { service: string; waiting: number; longestSeconds: number | null; longestNumber: string | null }[];
  longest: LiveWaiting | null;
  /** Tickets at a counter now. */
  atCounters: { number: string; service: string; counter: string; officer: string | null; status: 'called' | 'serving'; since: string }[];
}

// The supervisor's view (GET /api/admin/supervisor): decisions taken outside the normal order.
export type ExceptionKind = 'outOfOrder' | 'reprint' | 'cancel' | 'noShow';
export const EXCEPTION_KINDS: readonly ExceptionKind[] = ['outOfOrder', 'reprint', 'cancel', 'noShow'];

export interface ExceptionRow {
  day: string;
  at: string;
  /** Username, or null when no officer is recorded (an API client without a user). */
  officer: string | null;
  kind: ExceptionKind;
  number: string | null;
  service: string | null;
  counter: string | null;
  /**
   * The officer's reason for an out-of-order call, a cancellation or a reprint (for a reprint
   * without one, the printer's trouble: "printer: failed"); null where none was given.
   */
  reason: string | null;
  recalls: number | null;
}

export interface OfficerTotals {
  officer: string | null;
  outOfOrder: number;
  reprint: number;
  cancel: number;
  noShow: number;
  total: number;
}

export interface SupervisorReport {
  from: string;
  to: string;
  officers: OfficerTotals[];
  rows: ExceptionRow[];
}
