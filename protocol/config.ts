// Site configuration: services, counters and settings. Shared by hub and apps.
// It is data the admin edits; it never holds anything personal.
import type { PublishedIkm } from './survey.js';

export type Lang = 'id' | 'en';
export type LocalizedName = Record<Lang, string>;

/** An opening session in local time, e.g. 08:00-11:00 with issuing closing at 10:30. */
export interface OpeningSession {
  start: string; // "HH:MM"
  end: string; // "HH:MM"
  /** Last moment a ticket can be taken in this session; defaults to `end`. */
  lastIssue?: string;
  /** ISO weekdays (1 = Monday .. 7 = Sunday) the session runs on; absent or empty = every day. */
  weekdays?: number[];
  /** Places in the session (walk-ins and bookings together); absent or null = no session quota, no booking. */
  quota?: number | null;
  /** Percent of `quota` reserved for online bookings (0..100, rounded down); the rest is for walk-ins. */
  bookingShare?: number;
}

export interface ServiceConfig {
  id: string;
  /** One capital letter printed before the number: A-015. */
  prefix: string;
  name: LocalizedName;
  active: boolean;
  /** Maximum tickets per day; null = no limit. */
  dailyQuota: number | null;
  /** Empty = open all day. Days of week are not modelled yet. */
  sessions: OpeningSession[];
  /** The next stage of a visit (registration -> goods -> visit room); null = last stage. */
  next: string | null;
  /** Seed for estimates before there are real service times, in minutes. */
  averageServiceMinutes: number;
  /** Icon name for the kiosk (see ui/icons). */
  icon?: string;
  /**
   * Offered on the kiosk (a visitor may take a ticket for it). Separate from `active`: a later
   * stage of a visit is active (tickets are passed on to it) but not offered. Absent = true.
   */
  kiosk?: boolean;
}

export interface CounterConfig {
  id: string;
  /** The name as shown and spoken: "Loket 2", "Ruang Kunjungan". */
  name: string;
  services: string[];
  /** Visit-room session length in minutes for the countdown; null = no countdown. */
  sessionMinutes?: number | null;
  /**
   * How many tickets the room holds at once (a visit room with 20 tables: 20). Absent or null =
   * one ticket at a time (a desk). A room with a capacity is called in batches (docs/visit-rooms.md).
   */
  capacity?: number | null;
}

export type PriorityPolicy =
  | { mode: 'first' }
  /** After every `every` normal tickets one priority ticket is called (1:N). */
  | { mode: 'interleave'; every: number };

export type NumberReading = 'words' | 'digits';

export interface VoiceSettings {
  voice: boolean;
  chime: boolean;
  /** 0..1 */
  volume: number;
  /** Use the browser's id-ID speech synthesis voice when one exists. */
  browserSpeech: boolean;
}

export interface SiteSettings {
  siteName: string;
  timezone: string;
  runningText: string;
  ticketFooter: string;
  /** Public address the QR code on a ticket points to, e.g. http://192.168.1.10:3000 */
  publicUrl: string;
  numberReading: NumberReading;
  voice: VoiceSettings;
  priority: PriorityPolicy;
  /** Recalls after which a ticket may be marked no-show in one tap. */
  maxRecalls: number;
  /** Waiting tickets at day rollover are expired (true) or carried over (false). */
  expireAtRollover: boolean;
  /** Thermal paper width of the default printer, in mm. */
  paperWidth?: 58 | 80;
  /** Tickets a minute one address may take per service without a device key (0 = no limit). */
  anonymousTicketsPerMinute?: number;
  /** Minutes without a request before a staff session ends (0 = never); default 60. */
  sessionIdleMinutes?: number;
  /** Hours after login when a staff session ends; default 12. */
  sessionLifetimeHours?: number;
  /** The satisfaction index (SKM) the admin published; null or absent = none yet. */
  publishedIkm?: PublishedIkm | null;
  /** Days the site is closed; absent = none. */
  calendar?: SiteCalendar;
  /** Online booking; absent = the defaults in DEFAULT_BOOKING_SETTINGS. */
  booking?: BookingSettings;
}

export interface SiteCalendar {
  /** Local dates YYYY-MM-DD (public holidays, Idulfitri...). */
  holidays: string[];
  /** ISO weekdays (1 = Monday .. 7 = Sunday) with no service at all. */
  closedWeekdays: number[];
}

/** How booked tickets merge with walk-ins (within the normal, non-priority tickets). */
export type BookingMergePolicy =
  /** A booked ticket goes before every walk-in while its session runs. */
  | { mode: 'first' }
  /** One booked ticket after every `every` walk-ins (1:N), or whenever no walk-in waits. */
  | { mode: 'interleave'; every: number };

export interface BookingSettings {
  /** How many days ahead a visit can be booked (0 = today only). */
  daysAhead: number;
  /** Check-in at the kiosk opens this many minutes before the session starts. */
  checkInMarginMinutes: number;
  merge: BookingMergePolicy;
}

export const DEFAULT_BOOKING_SETTINGS: BookingSettings = { daysAhead: 7, checkInMarginMinutes: 30, merge: { mode: 'first' } };
export const DEFAULT_CALENDAR: SiteCalendar = { holidays: [], closedWeekdays: [] };

export interface SiteConfig {
  settings: SiteSettings;
  services: ServiceConfig[];
  counters: CounterConfig[];
}

/** When `anonymousTicketsPerMinute` is not set: enough for an unregistered kiosk on a busy day. */
export const DEFAULT_TICKETS_PER_MINUTE = 20;
