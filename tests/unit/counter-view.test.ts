// The console's pure parts: which ticket a counter holds, the waiting list in the hub's calling
// order, what actions are possible, the session countdown, durations, keys and error messages.
import { describe, expect, it } from 'vitest';
import { actionForKey, keyLabel } from '../../counter/counter-keys.js';
import { isSessionLost } from '../../counter/counter-errors.js';
import { errorText } from '../../ui/error-text.js';
import { availableActions, currentTicket, formatDuration, nextStage, sessionClock, waitingList } from '../../counter/counter-view.js';
import type { PublicCounter, PublicService } from '../../protocol/public.js';
import type { StaffState, StaffTicket } from '../../protocol/staff.js';
import { ApiError } from '../../ui/api.js';
import { staffTicketFixture } from '../helpers/ticket-fixture.js';

const at = (min: number) => new Date(Date.UTC(2026, 0, 5, 1, min)).toISOString();

/** Ticket A-007 arrived at minute 7. */
const ticket = (number: string, over: Partial<StaffTicket> = {}): StaffTicket => staffTicketFixture({ number, time: at(Number(number.slice(2))), issueSeq: Number(number.slice(2)), ...over });

const service = (id: string, next: string | null): PublicService =>
  ({ id, prefix: 'A', name: { id, en: id }, open: true, closedReason: null, dailyQuota: null, issuedToday: 0, waiting: 0, next, estimatedWaitMinutes: 0, sessions: [] });
const counter = (id: string, services: string[], over: Partial<PublicCounter> = {}): PublicCounter => ({ id, name: id, services, status: 'open', current: null, sessionMinutes: null, ...over });

function state(tickets: StaffTicket[]): StaffState {
  return {
    seq: 1,
    day: '2026-01-05',
    now: at(0),
    site: { siteName: 's', timezone: 'Asia/Makassar', runningText: '', numberReading: 'words', voice: { voice: true, chime: true, volume: 1, browserSpeech: false }, maxRecalls: 3 },
    services: [service('pendaftaran', 'barang'), service('barang', null)],
    counters: [counter('loket-1', ['pendaftaran'])],
    recentCalls: [],
    tickets,
    me: { username: 'p', role: 'officer' },
  };
}

describe('counter view', () => {
  it('finds the ticket a counter holds and the stage it passes on to', () => {
    const held = ticket('A-003', { status: 'serving', counter: 'loket-1' });
    const s = state([ticket('A-001', { status: 'done', counter: 'loket-1' }), held, ticket('A-004', { status: 'called', counter: 'loket-2' })]);
    expect(currentTicket(s, 'loket-1')).toBe(held);
    expect(currentTicket(s, 'loket-9')).toBeNull();
    expect(nextStage(s, held)?.id).toBe('barang');
    expect(nextStage(s, { ...held, service: 'barang' })).toBeNull();
  });

  it('orders the waiting list like the hub: priority first, then arrival (transfers keep theirs)', () => {
    const s = state([
      ticket('A-005'),
      ticket('A-002', { priority: true, arrivedAt: at(2) }),
      ticket('A-001', { service: 'pendaftaran', history: ['x'], arrivedAt: at(1), queuedAt: at(30) }),
      ticket('A-006', { service: 'barang' }),
      ticket('A-007', { status: 'called' }),
    ]);
    const c = counter('loket-1', ['pendaftaran']);
    expect(waitingList(s, c, { mode: 'first' })).toEqual({ tickets: [s.tickets[1], s.tickets[2], s.tickets[0]], headIsNext: true });
    const mixed = waitingList(s, c, { mode: 'interleave', every: 2 });
    expect(mixed.tickets.map((t) => t.number)).toEqual(['A-001', 'A-002', 'A-005']);
    expect(mixed.headIsNext).toBe(false);
    expect(waitingList(state([ticket('A-001')]), c, { mode: 'interleave', every: 2 }).headIsNext).toBe(true);
  });

  it('offers only what the hub allows for the ticket as it is', () => {
    const c = counter('loket-1', ['pendaftaran']);
    const sorted = (x: Set<string>) => [...x].sort();
    expect(sorted(availableActions(c, null, null))).toEqual(['callNext', 'pauseOpen']);
    expect(sorted(availableActions({ ...c, status: 'paused' }, null, null))).toEqual(['pauseOpen']);
    const called = ticket('A-001', { status: 'called' });
    expect(sorted(availableActions(c, called, service('barang', null)))).toEqual(['callNext', 'finish', 'finishPass', 'noShow', 'pauseOpen', 'recall', 'start', 'transfer']);
    expect(sorted(availableActions(c, { ...called, status: 'serving' }, null))).toEqual(['callNext', 'finish', 'pauseOpen', 'recall', 'transfer']);
  });

  it('counts the visit session from the start of serving', () => {
    const room = counter('ruang', ['kunjungan'], { sessionMinutes: 30 });
    const t = ticket('C-001', { status: 'serving', startedAt: at(0) });
    const now = Date.parse(at(10));
    expect(sessionClock(room, t, now)).toEqual({ totalMs: 30 * 60_000, leftMs: 20 * 60_000 });
    expect(sessionClock(room, { ...t, status: 'called', startedAt: null }, now)).toEqual({ totalMs: 30 * 60_000, leftMs: null });
    expect(sessionClock(room, t, Date.parse(at(31)))?.leftMs).toBe(-60_000);
    expect(sessionClock(counter('loket-1', ['pendaftaran']), t, now)).toBeNull();
    expect(sessionClock(room, null, now)).toBeNull();
  });

  it('formats durations', () => {
    expect(formatDuration(-5)).toBe('0:00');
    expect(formatDuration(65_400)).toBe('1:05');
    expect(formatDuration(3_729_000)).toBe('1:02:09');
  });
});

describe('counter keys and errors', () => {
  it('maps keys to actions, ignoring held keys and modifiers', () => {
    expect(actionForKey({ key: ' ' })).toBe('callNext');
    expect(actionForKey({ key: 'N' })).toBe('callNext');
    expect(actionForKey({ key: 't' })).toBe('finishPass');
    expect(actionForKey({ key: 'x', repeat: true })).toBeNull();
    expect(actionForKey({ key: 'r', ctrlKey: true })).toBeNull();
    expect(actionForKey({ key: 'q' })).toBeNull();
    expect(keyLabel('callNext', 'id')).toBe('Spasi / N');
    expect(keyLabel('callNext', 'en')).toBe('Space / N');
  });

  it('turns hub errors into messages and spots a lost session', () => {
    const say = (e: unknown) => errorText(e, 'id').text;
    expect(say(new ApiError('nothing_waiting', 'no ticket waits', 409))).toBe('Tidak ada nomor yang menunggu untuk loket ini.');
    const network = say(new ApiError('network', 'failed', 0));
    expect(network).toMatch(/tidak terjangkau/);
    expect(say(new ApiError('http', 'HTTP 502', 502))).toBe(network);
    expect(say(new ApiError('http', 'HTTP 503', 503))).toBe(network);
    expect(say(new ApiError('store_unavailable', 'disk full', 503))).toMatch(/tidak dapat menyimpan/);
    expect(say(new ApiError('internal', 'boom', 500))).not.toContain('boom');
    expect(errorText(new Error('x'), 'id').code).toBe('client');
    expect(isSessionLost(new ApiError('unauthorized', 'login required', 401))).toBe(true);
    expect(isSessionLost(new ApiError('forbidden', 'no', 403))).toBe(false);
  });
});
