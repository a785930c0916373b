import { describe, expect, it } from 'vitest';
import { BoardView, LATE_CALL_MS, RECENT_SHOWN, parseFilter } from '../../board/board-view.js';
import { formatClock } from '../../board/giliran-board-clock.js';
import type { PublicCall, PublicCounter, PublicService, PublicState } from '../../protocol/public.js';

const service = (id: string, prefix: string): PublicService => ({
  id, prefix, name: { id, en: id }, open: true, closedReason: null, dailyQuota: null, issuedToday: 0,
  waiting: 0, next: null, estimatedWaitMinutes: 0, sessions: [],
});
const counter = (id: string, services: string[], status: PublicCounter['status'] = 'open'): PublicCounter => ({
  id, name: id, services, status, current: null, sessionMinutes: null,
});
const NOW = Date.parse('2025-04-01T02:00:00Z');
const call = (seq: number, number: string, counterId: string, serviceId: string, agoMs = 1000): PublicCall => ({
  number, service: serviceId, counter: counterId, counterName: counterId, at: new Date(NOW - agoMs).toISOString(), recall: 0, seq,
});

const state: PublicState = {
  seq: 10, day: '2025-04-01', now: new Date(NOW).toISOString(),
  site: { siteName: 'x', timezone: 'Asia/Makassar', runningText: '', numberReading: 'words', voice: { voice: true, chime: true, volume: 1, browserSpeech: false }, maxRecalls: 3 },
  services: [service('pendaftaran', 'A'), service('barang', 'B'), service('kunjungan', 'C')],
  counters: [counter('loket-1', ['pendaftaran']), counter('loket-3', ['barang'], 'closed'), counter('ruang-kunjungan', ['kunjungan'], 'paused')],
  recentCalls: [
    call(9, 'C-002', 'ruang-kunjungan', 'kunjungan'),
    call(8, 'A-003', 'loket-1', 'pendaftaran'),
    call(7, 'A-003', 'loket-1', 'pendaftaran'),
    call(5, 'B-001', 'loket-3', 'barang', LATE_CALL_MS + 1),
    call(3, 'A-002', 'loket-1', 'pendaftaran'),
  ],
};

const withCounter = (s: PublicState, id: string, patch: Partial<PublicCounter>): PublicState => ({
  ...s,
  counters: s.counters.map((c) => (c.id === id ? { ...c, ...patch } : c)),
});

describe('parseFilter', () => {
  it('reads services (ids or letters) and counters, case-insensitively', () => {
    expect(parseFilter('?services=kunjungan,C&counters=Ruang-Kunjungan')).toEqual({ services: ['kunjungan', 'c'], counters: ['ruang-kunjungan'] });
    expect(parseFilter('')).toEqual({ services: [], counters: [] });
  });
});

describe('BoardView', () => {
  it('shows everything without a filter; closed counters have no tile', () => {
    const v = new BoardView(parseFilter(''));
    expect(v.counters(state).map((c) => c.id)).toEqual(['loket-1', 'ruang-kunjungan']);
    expect(v.latest(state)?.number).toBe('C-002');
    expect(v.services(state)).toHaveLength(3);
  });

  it('lists earlier calls once per number, without the latest while it goes on', () => {
    const v = new BoardView(parseFilter(''));
    // C-002's room is paused: its call is over, so it is listed with the earlier ones.
    expect(v.recent(state).map((c) => c.number)).toEqual(['C-002', 'A-003', 'B-001', 'A-002']);
    const ongoing = withCounter(state, 'ruang-kunjungan', { status: 'open', current: { number: 'C-002', service: 'kunjungan', status: 'called', since: '' } });
    expect(v.recent(ongoing).map((c) => c.number)).toEqual(['A-003', 'B-001', 'A-002']);
    const many = { ...state, recentCalls: Array.from({ length: 12 }, (_, i) => call(100 - i, `A-${100 - i}`, 'loket-1', 'pendaftaran')) };
    expect(v.recent(many)).toHaveLength(RECENT_SHOWN);
  });

  it('the hero card shows the latest call while it goes on, and clears when it is over', () => {
    const v = new BoardView(parseFilter(''));
    const at = (patch: Partial<PublicCounter>) => withCounter(state, 'ruang-kunjungan', { status: 'open', current: { number: 'C-002', service: 'kunjungan', status: 'called', since: '' }, ...patch });
    expect(v.hero(at({}))?.number).toBe('C-002');
    expect(v.hero(at({ current: { number: 'C-002', service: 'kunjungan', status: 'serving', since: '' } }))?.number).toBe('C-002');
    // finished, no-show or transferred: the counter holds nothing, or another number
    expect(v.hero(at({ current: null }))).toBeNull();
    expect(v.hero(at({ current: { number: 'C-003', service: 'kunjungan', status: 'called', since: '' } }))).toBeNull();
    // the counter paused or closed with the ticket still on it
    expect(v.hero(at({ status: 'paused' }))).toBeNull();
    expect(v.hero(at({ status: 'closed' }))).toBeNull();
    // the latest call is still the latest (for the voice and the data attribute)
    expect(v.latest(at({ current: null }))?.number).toBe('C-002');
    expect(v.hero({ ...state, recentCalls: [] })).toBeNull();
  });

  it('filters by service letter or id', () => {
    for (const q of ['?services=C', '?services=kunjungan']) {
      const v = new BoardView(parseFilter(q));
      expect(v.counters(state).map((c) => c.id)).toEqual(['ruang-kunjungan']);
      expect(v.calls(state).map((c) => c.number)).toEqual(['C-002']);
      expect(v.services(state).map((s) => s.id)).toEqual(['kunjungan']);
    }
  });

  it('filters by counter, with the services it serves', () => {
    const v = new BoardView(parseFilter('?counters=loket-1'));
    expect(v.counters(state).map((c) => c.id)).toEqual(['loket-1']);
    expect(v.latest(state)?.number).toBe('A-003');
    expect(v.services(state).map((s) => s.id)).toEqual(['pendaftaran']);
  });

  it('finds calls missed while offline, oldest first, leaving out stale ones', () => {
    const v = new BoardView(parseFilter(''));
    expect(v.missed(state, 4, NOW).map((c) => c.seq)).toEqual([7, 8, 9]);
    expect(v.missed(state, 9, NOW)).toEqual([]);
  });
});

describe('formatClock', () => {
  it('shows the site time zone, not the machine one', () => {
    const at = Date.parse('2025-04-01T01:05:00Z');
    expect(formatClock(at, 'Asia/Makassar', 'id')).toEqual({ time: '09:05', date: 'Selasa, 1 April 2025', zone: 'WITA' });
    expect(formatClock(at, 'Asia/Jakarta', 'id').time).toBe('08:05');
    expect(formatClock(at, 'Asia/Jayapura', 'en')).toMatchObject({ time: '10:05', zone: 'WIT' });
  });
});
