// Public views: what a board, kiosk or phone may see. Anonymous by construction:
// numbers, services and counters only. Nothing here may hold a user, a session or a visitor.
import type { PublishedIkm } from './survey.js';
import type { BookingMergePolicy, LocalizedName, NumberReading, PriorityPolicy, VoiceSettings } from './config.js';
import type { CounterStatus, PrintOutcome, TicketStatus } from './ticket.js';

export type ServiceClosedReason = 'inactive' | 'quota' | 'outside-hours';

export interface PublicService {
  id: string;
  prefix: string;
  name: LocalizedName;
  icon?: string;
  /** Can a ticket be taken now? */
  open: boolean;
  closedReason: ServiceClosedReason | null;
  dailyQuota: number | null;
  issuedToday: number;
  waiting: number;
  next: string | null;
  estimatedWaitMinutes: number;
  /** Sessions as text for display, e.g. ["08:00-11:00"]. */
  sessions: string[];
  /** Offered on the kiosk (absent from older hubs = true). Inactive services are never offered. */
  kiosk?: boolean;
  /** Some counter serves it (absent from older hubs = true); admin warns when an active one is not. */
  served?: boolean;
  /** Today's sessions that have a quota, with the places left (walk-ins and bookings). */
  sessionQuotas?: PublicSessionQuota[];
}

/** Tickets a room called together (one batch), with its own session clock. */
export interface PublicBatch {
  numbers: string[];
  /** When the batch was called (its id within the room). */
  calledAt: string;
  /** When its session began (the first "start"); null before. */
  startedAt: string | null;
}

/** "Sesi 1 — sisa kuota: 12" on the board. */
export interface PublicSessionQuota {
  /** 1-based position in the service's sessions. */
  session: number;
  start: string;
  end: string;
  quota: number;
  left: number;
}

export interface PublicCounter {
  id: string;
  name: string;
  services: string[];
  status: CounterStatus;
  /** The number this counter calls or serves now. */
  current: { number: string; service: string; status: 'called' | 'serving'; since: string } | null;
  sessionMinutes: number | null;
  /** Tickets the room holds at once; absent or null = a desk, one at a time. */
  capacity?: number | null;
  /** Rooms only: the batches in the room now, oldest first. */
  batches?: PublicBatch[];
}

export interface PublicCall {
  number: string;
  service: string;
  counter: string;
  counterName: string;
  at: string; // ISO
  /** 0 for the first call, 1.. for recalls. */
  recall: number;
  seq: number;
  /** A batch call: every number called together (`number` is the first). */
  batch?: { numbers: string[] };
}

export interface PublicSite {
  siteName: string;
  timezone: string;
  runningText: string;
  numberReading: NumberReading;
  voice: VoiceSettings;
  maxRecalls: number;
  /** How priority tickets are ordered, so consoles can show which ticket comes next. */
  priority?: PriorityPolicy;
  /** SiteSettings.publicUrl, for QR codes: a kiosk may itself be opened at localhost. Optional. */
  publicUrl?: string;
  /** The published satisfaction index (SKM), for the board's running text. */
  publishedIkm?: PublishedIkm | null;
  /** How booked tickets merge with walk-ins, so consoles list them in calling order. */
  bookingMerge?: BookingMergePolicy;
}

export interface PublicState {
  seq: number;
  /** Local date of the queue day, YYYY-MM-DD in the site's time zone. */
  day: string;
  /** Server time when the snapshot was taken, for clock offset. */
  now: string;
  site: PublicSite;
  services: PublicService[];
  counters: PublicCounter[];
  /** Newest first, bounded. */
  recentCalls: PublicCall[];
}

/** One ticket as its holder (the phone page, the kiosk) sees it. The id is the secret link. */
export interface PublicTicket {
  id: string;
  number: string;
  service: string;
  priority: boolean;
  status: TicketStatus;
  issuedAt: string;
  /** People waiting before this ticket for its current service (0 when not waiting). */
  ahead: number;
  estimatedWaitMinutes: number;
  /** Set while called or serving. */
  counter: { id: string; name: string } | null;
  calledAt: string | null;
  recalls: number;
  /** Services this ticket passed through before the current one. */
  history: string[];
  print: PrintOutcome;
  /** Issued at check-in of an online booking. */
  booked?: boolean;
}

/** The ticket fields a public event may carry (no id: ids are only given to their holder). */
export interface PublicTicketRef {
  number: string;
  service: string;
  status: TicketStatus;
  priority: boolean;
}

export const RECENT_CALLS_LIMIT = 12;
