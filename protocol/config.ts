// Site configuration: services, counters and settings. Shared by hub and apps.
// It is data the admin edits; it never holds anything personal.

export type Lang = 'id' | 'en';
export type LocalizedName = Record<Lang, string>;

/** An opening session in local time, e.g. 08:00-11:00 with issuing closing at 10:30. */
export interface OpeningSession {
  start: string; // "HH:MM"
  end: string; // "HH:MM"
  /** Last moment a ticket can be taken in this session; defaults to `end`. */
  lastIssue?: string;
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
}

export interface CounterConfig {
  id: string;
  /** The name as shown and spoken: "Loket 2", "Ruang Kunjungan". */
  name: string;
  services: string[];
  /** Visit-room session length in minutes for the countdown; null = no countdown. */
  sessionMinutes?: number | null;
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
}

export interface SiteConfig {
  settings: SiteSettings;
  services: ServiceConfig[];
  counters: CounterConfig[];
}

/** When `anonymousTicketsPerMinute` is not set: enough for an unregistered kiosk on a busy day. */
export const DEFAULT_TICKETS_PER_MINUTE = 20;
