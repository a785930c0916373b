// Commands the edges send to the core, and the typed refusals it may answer with.
import type { SiteConfig } from '../../protocol/config.js';
import type { ErrorCode } from '../../protocol/rest.js';
import type { Respondent } from '../../protocol/survey.js';

export type Command =
  | { type: 'issue'; id: string; service: string; priority: boolean; idempotencyKey: string | null; device: string | null }
  | { type: 'callNext'; counter: string; by: string }
  | { type: 'callTicket'; counter: string; ticketId: string; reason: string; by: string }
  | { type: 'recall'; ticketId: string; by: string }
  | { type: 'start'; ticketId: string; by: string }
  | { type: 'finish'; ticketId: string; by: string; transferTo: string | null }
  | { type: 'finishAndNext'; ticketId: string; by: string }
  | { type: 'noShow'; ticketId: string; by: string }
  | { type: 'cancel'; ticketId: string; by: string; reason?: string | null }
  | { type: 'transfer'; ticketId: string; service: string; by: string }
  | { type: 'pauseCounter'; counter: string; by: string }
  | { type: 'openCounter'; counter: string; by: string }
  | { type: 'closeCounter'; counter: string; by: string }
  | { type: 'rollover'; to: string }
  /** A whole new configuration (validated at the edge); the core says what kind of change it is. */
  | { type: 'changeConfig'; config: SiteConfig; by: string }
  | { type: 'answerSurvey'; ticketId: string; answers: number[]; respondent: Respondent | null; suggestion: string | null }
  /** A room calls up to `count` tickets at once; null = fill it to capacity. */
  | { type: 'callBatch'; counter: string; count: number | null; by: string }
  /** A room's session begins for every ticket called into it and not started yet. */
  | { type: 'startBatch'; counter: string; by: string }
  /** A room ends a batch (the one called at `calledAt`, or all in the room): each ticket finishes. */
  | { type: 'finishBatch'; counter: string; calledAt: string | null; by: string }
  /** A ticket finished by mistake today goes back to the queue of its service's next stage. */
  | { type: 'reopen'; ticketId: string; by: string }
  /** `code` is generated at the edge (random); the core refuses one already in use. */
  | { type: 'book'; code: string; service: string; day: string; session: number; idempotencyKey: string | null }
  | { type: 'cancelBooking'; code: string; by: string | null }
  /** `id` is the new ticket's id, generated at the edge. */
  | { type: 'checkIn'; code: string; id: string; device: string | null };

export type RefusalCode = Extract<
  ErrorCode,
  | 'unknown_service'
  | 'unknown_counter'
  | 'service_closed'
  | 'quota_reached'
  | 'outside_hours'
  | 'counter_paused'
  | 'nothing_waiting'
  | 'illegal_transition'
  | 'not_found'
  | 'not_at_this_counter'
  | 'conflict'
  | 'ticket_not_finished'
  | 'survey_already_answered'
  | 'ticket_not_today'
  | 'room_full'
  | 'session_full'
  | 'booking_unavailable'
  | 'booking_not_found'
  | 'booking_cancelled'
  | 'booking_used'
  | 'booking_wrong_day'
  | 'checkin_early'
  | 'checkin_late'
>;

export interface Refusal {
  refused: RefusalCode;
  /** Developer-facing detail in English; apps translate by code. */
  message: string;
  /** A finer reason the apps say in their own words (ui/error-text.ts), with its values. */
  reason?: { code: string; params: Record<string, unknown> };
}

export function refuse(code: RefusalCode, message: string, reason?: string, params: Record<string, unknown> = {}): Refusal {
  return reason ? { refused: code, message, reason: { code: reason, params } } : { refused: code, message };
}

export function isRefusal(x: unknown): x is Refusal {
  return typeof x === 'object' && x !== null && 'refused' in x;
}
