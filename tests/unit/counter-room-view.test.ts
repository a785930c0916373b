// The console's pure rules for a visit day: what a room may do now, and which finished ticket it
// offers to put back in its next stage's queue.
import { describe, expect, it } from 'vitest';
import { reopenable, roomActions } from '../../counter/counter-view.js';
import type { PublicCall, PublicCounter, PublicService } from '../../protocol/public.js';
import type { StaffState, StaffTicket } from '../../protocol/staff.js';

const at = (min: number) => new Date(Date.UTC(2026, 0, 5, 1, min)).toISOString();

function ticket(number: string, over: Partial<StaffTicket> = {}): StaffTicket {
  return {
    id: `id-${number}-xxxxxxxx`, number, service: 'pendaftaran', originService: 'pendaftaran', priority: false, status: 'waiting',
    issuedAt: at(0), arrivedAt: at(0), queuedAt: at(0), issueSeq: Number(number.slice(2)), calledAt: null, startedAt: null, finishedAt: null, counter: null, recalls: 0, history: [], print: 'none',
    ...over,
  };
}
const service = (id: string, next: string | null): PublicService =>
  ({ id, prefix: 'A', name: { id, en: id }, open: true, closedReason: null, dailyQuota: null, issuedToday: 0, waiting: 0, next, estimatedWaitMinutes: 0, sessions: [] });
const room = (over: Partial<PublicCounter> = {}): PublicCounter =>
  ({ id: 'ruang', name: 'Ruang', services: ['kunjungan'], status: 'open', current: null, sessionMinutes: 30, capacity: 3, batches: [], ...over });
const call = (counter: string, min: number): PublicCall => ({ number: 'A-009', service: 'pendaftaran', counter, counterName: counter, at: at(min), recall: 0, seq: min });

function state(tickets: StaffTicket[], recentCalls: PublicCall[] = []): StaffState {
  return {
    seq: 1, day: '2026-01-05', now: at(0),
    site: { siteName: 's', timezone: 'Asia/Makassar', runningText: '', numberReading: 'words', voice: { voice: true, chime: true, volume: 1, browserSpeech: false }, maxRecalls: 3 },
    services: [service('pendaftaran', 'barang'), service('barang', null)],
    counters: [], recentCalls, tickets, me: { username: 'p', role: 'officer' },
  };
}

describe('room actions', () => {
  it('an empty room with people waiting can only be filled (and paused)', () => {
    expect([...roomActions(room(), 4)].sort()).toEqual(['callNext', 'pauseOpen']);
    expect(roomActions(room(), 0).has('callNext')).toBe(false);
    expect(roomActions(room({ status: 'paused' }), 4).has('callNext')).toBe(false);
  });

  it('a batch not started can be started and ended; a full room cannot be filled', () => {
    const full = room({ batches: [{ numbers: ['A-1', 'A-2', 'A-3'], calledAt: at(1), startedAt: null }] });
    expect([...roomActions(full, 4)].sort()).toEqual(['finish', 'pauseOpen', 'start']);
    const started = room({ batches: [{ numbers: ['A-1'], calledAt: at(1), startedAt: at(2) }] });
    expect([...roomActions(started, 4)].sort()).toEqual(['callNext', 'finish', 'pauseOpen']);
  });
});

describe('reopen offer', () => {
  it('offers the newest ticket this counter ended at a stage with a next one, until it calls again', () => {
    const old = ticket('A-001', { status: 'done', counter: 'loket-1', finishedAt: at(3) });
    const last = ticket('A-002', { status: 'done', counter: 'loket-1', finishedAt: at(5) });
    const elsewhere = ticket('A-003', { status: 'done', counter: 'loket-2', finishedAt: at(6) });
    const offer = reopenable(state([old, last, elsewhere]), 'loket-1');
    expect(offer?.ticket.number).toBe('A-002');
    expect(offer?.next.id).toBe('barang');
    expect(reopenable(state([old, last], [call('loket-1', 7)]), 'loket-1')).toBeNull();
    expect(reopenable(state([old, last], [call('loket-2', 7)]), 'loket-1')?.ticket.number).toBe('A-002');
  });

  it('offers nothing at the last stage or for a no-show', () => {
    expect(reopenable(state([ticket('B-001', { service: 'barang', status: 'done', counter: 'loket-1', finishedAt: at(5) })]), 'loket-1')).toBeNull();
    expect(reopenable(state([ticket('A-001', { status: 'no-show', counter: 'loket-1', finishedAt: at(5) })]), 'loket-1')).toBeNull();
  });
});
