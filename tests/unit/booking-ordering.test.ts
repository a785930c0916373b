// The merge policy of booked tickets with walk-ins, beside the priority rules (hub/queue/ordering.ts).
import { describe, expect, it } from 'vitest';
import { bookedInWindow, peopleAhead, pickNext, type BookingOrder } from '../../hub/queue/ordering.js';
import type { Ticket } from '../../hub/queue/types.js';
import type { BookingMergePolicy, PriorityPolicy } from '../../protocol/config.js';
import { visitSite } from './booking-fixtures.js';
import { Harness } from './queue-harness.js';
import { zonedInstant } from '../../hub/queue/local-time.js';
import { ticketFixture } from '../helpers/ticket-fixture.js';

const at = (m: number) => new Date(Date.UTC(2026, 10, 28, 1, m)).toISOString();
let seq = 0;
function ticket(id: string, kind: 'walk' | 'prio' | 'booked', minute: number, end = '11:00'): Ticket {
  return ticketFixture({
    id,
    priority: kind === 'prio',
    time: at(minute),
    issueSeq: ++seq,
    booking: kind === 'booked' ? { code: 'ABCDEF', day: '2026-11-28', session: 1, start: '09:00', end } : null,
  });
}

const first: BookingMergePolicy = { mode: 'first' };
const order = (merge: BookingMergePolicy, minutes = 9 * 60 + 30): BookingOrder => ({ merge, day: '2026-11-28', minutes });
const pick = (list: Ticket[], prio: PriorityPolicy, merge: BookingMergePolicy | null, counter = { normalsSincePriority: 0, walkInsSinceBooked: 0 }, minutes?: number) =>
  pickNext(list, ['pendaftaran'], prio, counter, merge ? order(merge, minutes) : undefined)?.id ?? null;

describe('booking merge policy', () => {
  const prioFirst: PriorityPolicy = { mode: 'first' };

  it('without a booking order, booked tickets queue by arrival like any other (old behaviour)', () => {
    expect(pick([ticket('w', 'walk', 0), ticket('b', 'booked', 5)], prioFirst, null)).toBe('w');
  });

  it("'first': a booked ticket in its window goes before older walk-ins", () => {
    expect(pick([ticket('w', 'walk', 0), ticket('b', 'booked', 5)], prioFirst, first)).toBe('b');
    expect(pick([ticket('b1', 'booked', 3), ticket('b2', 'booked', 1), ticket('w', 'walk', 0)], prioFirst, first)).toBe('b2');
  });

  it('a booked ticket whose session has ended queues as a walk-in by arrival', () => {
    const list = [ticket('w', 'walk', 0), ticket('b', 'booked', 5, '10:00')];
    expect(pick(list, prioFirst, first, undefined, 9 * 60 + 59)).toBe('b');
    expect(pick(list, prioFirst, first, undefined, 10 * 60)).toBe('w');
    expect(bookedInWindow(list[1], { day: '2026-11-29', minutes: 0 })).toBe(false); // another day
  });

  it('priority comes before the merge in both priority modes', () => {
    const list = [ticket('b', 'booked', 0), ticket('p', 'prio', 5), ticket('w', 'walk', 1)];
    expect(pick(list, prioFirst, first)).toBe('p');
    const inter: PriorityPolicy = { mode: 'interleave', every: 2 };
    expect(pick(list, inter, first, { normalsSincePriority: 0, walkInsSinceBooked: 0 })).toBe('b');
    expect(pick(list, inter, first, { normalsSincePriority: 2, walkInsSinceBooked: 0 })).toBe('p');
  });

  it("'interleave' 1:N takes one booked after every N walk-ins, or whenever one side is empty", () => {
    const merge: BookingMergePolicy = { mode: 'interleave', every: 2 };
    const both = [ticket('b', 'booked', 0), ticket('w', 'walk', 5)];
    expect(pick(both, prioFirst, merge, { normalsSincePriority: 0, walkInsSinceBooked: 0 })).toBe('w');
    expect(pick(both, prioFirst, merge, { normalsSincePriority: 0, walkInsSinceBooked: 1 })).toBe('w');
    expect(pick(both, prioFirst, merge, { normalsSincePriority: 0, walkInsSinceBooked: 2 })).toBe('b');
    expect(pick([ticket('b', 'booked', 0)], prioFirst, merge)).toBe('b');
    expect(pick([ticket('w', 'walk', 0)], prioFirst, merge, { normalsSincePriority: 0, walkInsSinceBooked: 9 })).toBe('w');
  });

  // Every combination of who waits, both priority modes, both merge modes and the counters' counts:
  // the pick is always one that waits, priority ones win under 'first', and a kind never starves.
  it('picks a waiting ticket of the right kind in every combination', () => {
    const kinds = ['walk', 'prio', 'booked'] as const;
    const prios: PriorityPolicy[] = [{ mode: 'first' }, { mode: 'interleave', every: 1 }, { mode: 'interleave', every: 3 }];
    const merges: BookingMergePolicy[] = [{ mode: 'first' }, { mode: 'interleave', every: 1 }, { mode: 'interleave', every: 3 }];
    for (let mask = 0; mask < 8; mask++) {
      const list = kinds.filter((_, i) => mask & (1 << i)).map((k, i) => ticket(k, k, i));
      for (const p of prios) {
        for (const m of merges) {
          for (let n = 0; n < 5; n++) {
            for (let w = 0; w < 5; w++) {
              const got = pick(list, p, m, { normalsSincePriority: n, walkInsSinceBooked: w });
              if (list.length === 0) {
                expect(got).toBeNull();
                continue;
              }
              expect(list.map((t) => t.id)).toContain(got);
              const has = (k: string) => list.some((t) => t.id === k);
              if (p.mode === 'first' && has('prio')) expect(got).toBe('prio');
              if (!has('prio') && m.mode === 'first' && has('booked')) expect(got).toBe('booked');
              if (!has('prio') && m.mode === 'interleave' && has('booked') && has('walk')) expect(got).toBe(w >= m.every ? 'booked' : 'walk');
              if (p.mode === 'interleave' && has('prio') && list.length > 1) expect(got === 'prio').toBe(n >= p.every);
            }
          }
        }
      }
    }
  });
});

describe('calling order through the core', () => {
  const wita = (hhmm: string) => zonedInstant('2026-11-28', hhmm, 'Asia/Makassar');

  function withBooked(merge: BookingMergePolicy, walkIns: number, booked: number) {
    const h = new Harness(visitSite({ booking: { daysAhead: 7, checkInMarginMinutes: 30, merge } }));
    h.now = wita('09:00');
    const ids: string[] = [];
    for (let i = 0; i < walkIns; i++) ids.push(h.issue());
    for (let i = 0; i < booked; i++) {
      const code = `BBBBB${'23456789'[i]}`;
      h.ok({ type: 'book', code, service: 'pendaftaran', day: '2026-11-28', session: 1, idempotencyKey: null });
      h.ok({ type: 'checkIn', code, id: `booked-${i}`, device: null });
    }
    const calls: string[] = [];
    for (let i = 0; i < walkIns + booked; i++) {
      const id = h.callNext('loket-1');
      calls.push(h.state.tickets.get(id)!.booking ? 'B' : 'W');
      h.tick(60);
    }
    return calls.join('');
  }

  it("'first' calls every booked ticket before the walk-ins", () => {
    expect(withBooked({ mode: 'first' }, 3, 2)).toBe('BBWWW');
  });

  it("'interleave' 1:2 calls one booked after every two walk-ins", () => {
    expect(withBooked({ mode: 'interleave', every: 2 }, 4, 3)).toBe('WWBWWBB');
  });

  it('counts booked tickets ahead of a walk-in in estimates under booked-first', () => {
    const h = new Harness(visitSite());
    const w = h.issue();
    h.ok({ type: 'book', code: 'CCCCCC', service: 'pendaftaran', day: '2026-11-28', session: 1, idempotencyKey: null });
    h.ok({ type: 'checkIn', code: 'CCCCCC', id: 'booked', device: null });
    expect(peopleAhead(h.state, h.state.tickets.get(w)!)).toBe(1);
    expect(peopleAhead(h.state, h.state.tickets.get('booked')!)).toBe(0);
  });
});
