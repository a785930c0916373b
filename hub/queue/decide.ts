// The queue core: given the state, a command and the time, the events that follow or a refusal.
// Pure: no I/O, no clock, no randomness (ids come in the command), no display text.
import { formatNumber } from '../../protocol/ticket.js';
import { serviceClosedReason, walkInSession } from './availability.js';
import { bookingRefusal, bookingSettings, checkInRefusal } from './booking-rules.js';
import { changeKind, removalRefusal } from './config-change.js';
import { localDate, localMinutes } from './local-time.js';
import { refuse, type Command, type Refusal } from './commands.js';
import type { DraftEvent } from './events.js';
import { pickNext, type BookingOrder } from './ordering.js';
import { callBatch, finishBatch, freePlaces, roomCapacity, startBatch } from './rooms.js';
import { ticketForKey } from './state.js';
import type { Booking, QueueView, Ticket } from './types.js';

type Draft = DraftEvent;
type Result = Draft[] | Refusal;

export function decide(state: QueueView, cmd: Command, now: Date): Result {
  const at = now.toISOString();
  switch (cmd.type) {
    case 'issue':
      return issue(state, cmd, now, at);
    case 'callNext':
      return callNext(state, cmd.counter, cmd.by, at, now);
    case 'callTicket':
      return callTicket(state, cmd, at);
    case 'recall': {
      const t = findTicket(state, cmd.ticketId);
      if (!t) return notFound(cmd.ticketId);
      if (t.status !== 'called' && t.status !== 'serving') return illegal(t, 'recall');
      return [{ type: 'ticket.recalled', at, by: cmd.by, ticketId: t.id, counter: t.counter! }];
    }
    case 'start': {
      const t = findTicket(state, cmd.ticketId);
      if (!t) return notFound(cmd.ticketId);
      if (t.status !== 'called') return illegal(t, 'start');
      return [{ type: 'ticket.started', at, by: cmd.by, ticketId: t.id }];
    }
    case 'finish':
      return finish(state, cmd, at);
    case 'finishAndNext': {
      // Finish this stage and pass the ticket on to its service's next stage, in one step.
      const t = findTicket(state, cmd.ticketId);
      if (!t) return notFound(cmd.ticketId);
      const next = state.config.services.find((s) => s.id === t.service)?.next;
      if (!next) return refuse('illegal_transition', `${t.service} has no next stage`, 'no_next_stage', { service: t.service });
      return finish(state, { type: 'finish', ticketId: t.id, by: cmd.by, transferTo: next }, at);
    }
    case 'noShow': {
      const t = findTicket(state, cmd.ticketId);
      if (!t) return notFound(cmd.ticketId);
      if (t.status !== 'called') return illegal(t, 'mark as no-show');
      return [{ type: 'ticket.noShow', at, by: cmd.by, ticketId: t.id }];
    }
    case 'cancel': {
      const t = findTicket(state, cmd.ticketId);
      if (!t) return notFound(cmd.ticketId);
      if (t.status !== 'waiting' && t.status !== 'called') return illegal(t, 'cancel');
      return [{ type: 'ticket.cancelled', at, by: cmd.by, ticketId: t.id, reason: cmd.reason ?? null }];
    }
    case 'transfer': {
      const t = findTicket(state, cmd.ticketId);
      if (!t) return notFound(cmd.ticketId);
      if (!['waiting', 'called', 'serving'].includes(t.status)) return illegal(t, 'transfer');
      const to = state.config.services.find((s) => s.id === cmd.service);
      if (!to) return refuse('unknown_service', `unknown service ${cmd.service}`);
      if (!to.active) return refuse('service_closed', `service ${to.id} is not active`);
      if (to.id === t.service) return refuse('illegal_transition', `ticket ${t.number} is already in ${to.id}`);
      return [{ type: 'ticket.transferred', at, by: cmd.by, ticketId: t.id, from: t.service, to: to.id }];
    }
    case 'pauseCounter':
    case 'openCounter':
    case 'closeCounter': {
      const c = state.counters.get(cmd.counter);
      if (!c) return refuse('unknown_counter', `unknown counter ${cmd.counter}`);
      const type = cmd.type === 'pauseCounter' ? 'counter.paused' : cmd.type === 'openCounter' ? 'counter.opened' : 'counter.closed';
      const target = type === 'counter.paused' ? 'paused' : type === 'counter.opened' ? 'open' : 'closed';
      if (c.status === target) return [];
      return [{ type, at, by: cmd.by, counter: c.id }];
    }
    case 'rollover':
      return rollover(state, cmd.to, at);
    case 'changeConfig': {
      const refusal = removalRefusal(state, cmd.config);
      if (refusal) return refusal;
      return [{ type: 'config.changed', at, by: cmd.by, config: cmd.config, what: changeKind(state.config, cmd.config) }];
    }
    case 'answerSurvey':
      return answerSurvey(state, cmd, at);
    case 'callBatch':
      return callBatch(state, cmd, at);
    case 'startBatch':
      return startBatch(state, cmd, at);
    case 'finishBatch':
      return finishBatch(state, cmd, (t) => passOn(state, t, cmd.by, at));
    case 'reopen':
      return reopen(state, cmd, at);
    case 'book':
      return book(state, cmd, now, at);
    case 'cancelBooking': {
      const b = state.bookings.get(cmd.code);
      if (!b) return refuse('booking_not_found', `no booking ${cmd.code}`);
      if (b.status === 'cancelled') return [];
      if (b.status === 'checkedIn') return refuse('booking_used', `booking ${b.code} is already checked in`);
      return [{ type: 'booking.cancelled', at, by: cmd.by, code: b.code }];
    }
    case 'checkIn':
      return checkIn(state, cmd, now, at);
  }
}

/**
 * The visit chain: a ticket leaving a stage that has a `next` one goes on to it (finished here,
 * then transferred, keeping its number and arrival); at the last stage it is simply finished.
 * Used wherever a ticket is finished without an officer choosing how (call-next while holding
 * one, ending a room's batch), so no single key ends a visit halfway.
 */
function passOn(state: QueueView, t: Ticket, by: string, at: string): Draft[] {
  const done: Draft = { type: 'ticket.finished', at, by, ticketId: t.id };
  const next = nextStageOf(state, t.service);
  if (!next) return [done];
  return [done, { type: 'ticket.transferred', at, by, ticketId: t.id, from: t.service, to: next }];
}

/** The active next stage of a service, or null at the last stage (or when it is switched off). */
function nextStageOf(state: QueueView, serviceId: string): string | null {
  const id = state.config.services.find((s) => s.id === serviceId)?.next;
  const next = id ? state.config.services.find((s) => s.id === id) : undefined;
  return next?.active ? next.id : null;
}

/** A ticket finished by mistake at a stage with a next one: back in that stage's queue, same number. */
function reopen(state: QueueView, cmd: Extract<Command, { type: 'reopen' }>, at: string): Result {
  const t = findTicket(state, cmd.ticketId);
  if (!t) return notFound(cmd.ticketId);
  if (t.status !== 'done') return illegal(t, 'reopen');
  const id = state.config.services.find((s) => s.id === t.service)?.next;
  if (!id) return refuse('illegal_transition', `${t.service} is the last stage: ticket ${t.number} has nowhere to go on`);
  const to = state.config.services.find((s) => s.id === id);
  if (!to) return refuse('unknown_service', `unknown service ${id}`);
  if (!to.active) return refuse('service_closed', `service ${to.id} is not active`);
  // The ticket's arrival time is kept by the transfer, so it is not sent to the back of the queue.
  return [{ type: 'ticket.transferred', at, by: cmd.by, ticketId: t.id, from: t.service, to: to.id }];
}

function book(state: QueueView, cmd: Extract<Command, { type: 'book' }>, now: Date, at: string): Result {
  // A retry that raced its first attempt: nothing new; the edge answers with the first booking.
  if (cmd.idempotencyKey && state.bookingKeys.has(cmd.idempotencyKey)) return [];
  if (state.bookings.has(cmd.code)) return refuse('conflict', `booking code ${cmd.code} is in use`);
  const refusal = bookingRefusal(state, cmd.service, cmd.day, cmd.session, now);
  if (refusal) return refusal;
  const session = state.config.services.find((s) => s.id === cmd.service)!.sessions[cmd.session - 1];
  const booking: Booking = {
    code: cmd.code,
    service: cmd.service,
    day: cmd.day,
    session: cmd.session,
    start: session.start,
    end: session.end,
    status: 'booked',
    madeAt: at,
    idempotencyKey: cmd.idempotencyKey,
    seq: state.seq + 1,
    ticketId: null,
    cancelledAt: null,
    checkedInAt: null,
  };
  return [{ type: 'booking.made', at, by: null, booking }];
}

function checkIn(state: QueueView, cmd: Extract<Command, { type: 'checkIn' }>, now: Date, at: string): Result {
  const b = state.bookings.get(cmd.code);
  if (!b) return refuse('booking_not_found', `no booking ${cmd.code}`);
  // Already used: nothing is issued twice; the edge answers with the ticket it got.
  if (b.status === 'checkedIn') return [];
  const refusal = checkInRefusal(state, b, now);
  if (refusal) return refusal;
  const service = state.config.services.find((s) => s.id === b.service);
  if (!service) return refuse('unknown_service', `unknown service ${b.service}`);
  // The booked place was held for this family: neither the daily quota nor the walk-in share applies.
  const ticket = newTicket(state, service, cmd.id, false, at);
  ticket.booking = { code: b.code, day: b.day, session: b.session, start: b.start, end: b.end };
  ticket.session = b.session;
  return [
    { type: 'ticket.issued', at, by: null, ticket, idempotencyKey: null, device: cmd.device },
    { type: 'booking.checkedIn', at, by: null, code: b.code, ticketId: ticket.id },
  ];
}

function newTicket(state: QueueView, service: { id: string; prefix: string }, id: string, priority: boolean, at: string): Ticket {
  const n = (state.lastNumber.get(service.id) ?? 0) + 1;
  return {
    id,
    number: formatNumber(service.prefix, n),
    service: service.id,
    originService: service.id,
    priority,
    status: 'waiting',
    issuedAt: at,
    arrivedAt: at,
    queuedAt: at,
    calledAt: null,
    startedAt: null,
    finishedAt: null,
    counter: null,
    recalls: 0,
    history: [],
    print: 'none',
    issueSeq: state.seq + 1,
    by: null,
  };
}

function findTicket(state: QueueView, id: string): Ticket | undefined {
  return state.tickets.get(id);
}

function notFound(id: string): Refusal {
  return refuse('not_found', `no ticket ${id} today`);
}

function illegal(t: Ticket, action: string): Refusal {
  return refuse('illegal_transition', `cannot ${action} ticket ${t.number}: it is ${t.status}`);
}

function issue(state: QueueView, cmd: Extract<Command, { type: 'issue' }>, now: Date, at: string): Result {
  // The same Idempotency-Key again (a kiosk retrying) is the same ticket: nothing new happens.
  const earlier = cmd.idempotencyKey ? ticketForKey(state, cmd.idempotencyKey) : null;
  if (earlier) {
    if (earlier.originService !== cmd.service) return refuse('conflict', 'this Idempotency-Key was used for another service', 'idempotency_reused');
    return [];
  }
  const service = state.config.services.find((s) => s.id === cmd.service);
  if (!service) return refuse('unknown_service', `unknown service ${cmd.service}`);
  const reason = serviceClosedReason(state, service, now);
  if (reason === 'quota') return refuse('quota_reached', `the daily quota of ${service.id} is reached`);
  if (reason === 'outside-hours') return refuse('outside_hours', `${service.id} is outside its opening sessions`);
  if (reason) return refuse('service_closed', `${service.id} is not active`);
  const ticket = newTicket(state, service, cmd.id, cmd.priority, at);
  const session = walkInSession(state, service, now);
  if (session !== null) ticket.session = session;
  return [{ type: 'ticket.issued', at, by: null, ticket, idempotencyKey: cmd.idempotencyKey, device: cmd.device }];
}

/**
 * What a desk must do with the ticket it holds before calling another: finish it, passing it on
 * when its visit has a next stage. A room keeps the tickets it holds (it has places for them).
 */
function releaseCurrent(state: QueueView, counterId: string, by: string, at: string): Draft[] {
  if (roomCapacity(state.config.counters.find((x) => x.id === counterId)) !== null) return [];
  const c = state.counters.get(counterId);
  const current = c?.current ? state.tickets.get(c.current) : undefined;
  if (!current || (current.status !== 'called' && current.status !== 'serving')) return [];
  return passOn(state, current, by, at);
}

function counterReady(state: QueueView, counterId: string): Refusal | null {
  const c = state.counters.get(counterId);
  const cfg = state.config.counters.find((x) => x.id === counterId);
  if (!c || !cfg) return refuse('unknown_counter', `unknown counter ${counterId}`);
  if (c.status !== 'open') return refuse('counter_paused', `counter ${counterId} is ${c.status}`);
  if (freePlaces(state, counterId) <= 0) return refuse('room_full', `${counterId} is full`);
  return null;
}

function callNext(state: QueueView, counterId: string, by: string, at: string, now: Date): Result {
  const notReady = counterReady(state, counterId);
  if (notReady) return notReady;
  const cfg = state.config.counters.find((x) => x.id === counterId)!;
  const tz = state.config.settings.timezone;
  const order: BookingOrder = { merge: bookingSettings(state.config).merge, day: localDate(now, tz), minutes: localMinutes(now, tz) };
  const next = pickNext(state.open.values(), cfg.services, state.config.settings.priority, state.counters.get(counterId)!, order);
  if (!next) return refuse('nothing_waiting', `no ticket waits for ${counterId}`);
  return [
    ...releaseCurrent(state, counterId, by, at),
    { type: 'ticket.called', at, by, ticketId: next.id, counter: counterId, outOfOrder: null },
  ];
}

function callTicket(state: QueueView, cmd: Extract<Command, { type: 'callTicket' }>, at: string): Result {
  const notReady = counterReady(state, cmd.counter);
  if (notReady) return notReady;
  const t = findTicket(state, cmd.ticketId);
  if (!t) return notFound(cmd.ticketId);
  if (t.status !== 'waiting') return illegal(t, 'call');
  const cfg = state.config.counters.find((x) => x.id === cmd.counter)!;
  if (!cfg.services.includes(t.service)) return refuse('not_at_this_counter', `${cmd.counter} does not serve ${t.service}`);
  return [
    ...releaseCurrent(state, cmd.counter, cmd.by, at),
    { type: 'ticket.called', at, by: cmd.by, ticketId: t.id, counter: cmd.counter, outOfOrder: cmd.reason },
  ];
}

function finish(state: QueueView, cmd: Extract<Command, { type: 'finish' }>, at: string): Result {
  const t = findTicket(state, cmd.ticketId);
  if (!t) return notFound(cmd.ticketId);
  if (t.status !== 'called' && t.status !== 'serving') return illegal(t, 'finish');
  const done: Draft = { type: 'ticket.finished', at, by: cmd.by, ticketId: t.id };
  if (!cmd.transferTo) return [done];
  const to = state.config.services.find((s) => s.id === cmd.transferTo);
  if (!to) return refuse('unknown_service', `unknown service ${cmd.transferTo}`);
  if (!to.active) return refuse('service_closed', `service ${to.id} is not active`);
  if (to.id === t.service) return refuse('illegal_transition', `ticket ${t.number} is already in ${to.id}`);
  return [done, { type: 'ticket.transferred', at, by: cmd.by, ticketId: t.id, from: t.service, to: to.id }];
}

function rollover(state: QueueView, to: string, at: string): Result {
  if (to <= state.day) return [];
  const open = [...state.open.values()];
  const expire = state.config.settings.expireAtRollover;
  const carried = expire ? [] : open.map((t) => ({ ...t, status: 'waiting' as const, counter: null, by: null }));
  const expired = expire ? open.map((t) => t.id) : [];
  // Bookings live across days: the new day's log starts with those for it and later days.
  const bookings = [...state.bookings.values()].filter((b) => b.day >= to).map((b) => ({ ...b }));
  return [{ type: 'day.rolledOver', at, by: null, from: state.day, to, expired, carried, bookings }];
}

/** One survey per served ticket of today: only a finished ticket may answer, once. */
function answerSurvey(state: QueueView, cmd: Extract<Command, { type: 'answerSurvey' }>, at: string): Result {
  const t = findTicket(state, cmd.ticketId);
  if (!t) return refuse('ticket_not_today', `no ticket ${cmd.ticketId} today: surveys are taken on the day of the visit`);
  if (state.surveyed.has(t.id)) return refuse('survey_already_answered', `ticket ${t.number} already answered the survey`);
  if (t.status !== 'done') return refuse('ticket_not_finished', `ticket ${t.number} is ${t.status}: the survey opens once it is served`);
  const services = [...new Set([...t.history, t.service])];
  return [{ type: 'survey.answered', at, by: null, ticketId: t.id, services, answers: [...cmd.answers], respondent: cmd.respondent, suggestion: cmd.suggestion }];
}
