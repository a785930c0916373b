// The counter console's "next" preview (counter/counter-view.ts waitingList) and the hub's call-next
// (hub/queue/ordering.ts pickNext) share one order (protocol/queue-order.ts): for random waiting
// lists, with many equal arrival times, the preview's first ticket is the one call-next takes
// whenever the preview says it knows (headIsNext).
import { describe, expect, it } from 'vitest';
import { waitingList } from '../../counter/counter-view.js';
import { pickNext } from '../../hub/queue/ordering.js';
import type { Ticket } from '../../hub/queue/types.js';
import { toStaffTicket } from '../../hub/queue/views.js';
import type { BookingMergePolicy, PriorityPolicy } from '../../protocol/config.js';
import type { PublicCounter } from '../../protocol/public.js';
import type { StaffState } from '../../protocol/staff.js';

const DAY = '2026-11-28';
const SERVICES = ['pendaftaran', 'barang', 'informasi'];
const at = (m: number) => new Date(Date.UTC(2026, 10, 28, 1, m)).toISOString();

/** A small seeded generator, so a failure can be replayed. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function randomTickets(rand: () => number): Ticket[] {
  const n = 1 + Math.floor(rand() * 12);
  // Issue order is a random permutation of the arrival order's ties: arrivals share 3 minutes.
  const seqs = Array.from({ length: n }, (_, i) => i + 1).sort(() => rand() - 0.5);
  return seqs.map((issueSeq, i) => {
    const service = SERVICES[Math.floor(rand() * SERVICES.length)];
    const prefix = 'ABD'[SERVICES.indexOf(service)];
    const minute = Math.floor(rand() * 3);
    const booked = rand() < 0.25;
    return {
      id: `t${i}`,
      number: `${prefix}-${String(Math.floor(rand() * 900) + 1).padStart(3, '0')}`,
      service,
      originService: service,
      priority: rand() < 0.25,
      status: rand() < 0.85 ? 'waiting' : 'called',
      issuedAt: at(minute),
      arrivedAt: at(minute),
      queuedAt: at(minute),
      calledAt: null,
      startedAt: null,
      finishedAt: null,
      counter: null,
      recalls: 0,
      history: [],
      print: 'none',
      issueSeq,
      by: null,
      booking: booked ? { code: `K${i}`, day: DAY, session: 1, start: '08:00', end: '23:59' } : null,
    } satisfies Ticket;
  });
}

function staffState(tickets: Ticket[], merge: BookingMergePolicy): StaffState {
  return {
    seq: 1,
    day: DAY,
    now: at(0),
    site: { siteName: 's', timezone: 'Asia/Makassar', runningText: '', numberReading: 'words', voice: { voice: true, chime: true, volume: 1, browserSpeech: false }, maxRecalls: 3, bookingMerge: merge },
    services: [],
    counters: [],
    recentCalls: [],
    tickets: tickets.map((t) => toStaffTicket(t, 'none')),
    me: { username: 'p', role: 'officer' },
  };
}

const counter = (services: string[]): PublicCounter => ({ id: 'loket-1', name: 'Loket 1', services, status: 'open', current: null, sessionMinutes: null });

describe('the counter preview and call-next agree', () => {
  const cases: [string, PriorityPolicy, BookingMergePolicy][] = [
    ['priority first, booked first', { mode: 'first' }, { mode: 'first' }],
    ['priority 1:2, booked first', { mode: 'interleave', every: 2 }, { mode: 'first' }],
    ['priority first, booked 1:3', { mode: 'first' }, { mode: 'interleave', every: 3 }],
  ];
  for (const [name, policy, merge] of cases) {
    it(name, () => {
      const rand = rng(17 + name.length);
      let known = 0;
      for (let round = 0; round < 2000; round++) {
        const tickets = randomTickets(rand);
        const services = SERVICES.filter(() => rand() < 0.6);
        if (services.length === 0) services.push('pendaftaran');
        const preview = waitingList(staffState(tickets, merge), counter(services), policy);
        const picked = pickNext(tickets, services, policy, { normalsSincePriority: 0, walkInsSinceBooked: 0 }, { merge, day: DAY, minutes: 9 * 60 });
        if (!picked) {
          expect(preview.tickets).toEqual([]);
          continue;
        }
        if (!preview.headIsNext) continue;
        known++;
        expect(preview.tickets[0]?.id, `round ${round}`).toBe(picked.id);
      }
      expect(known).toBeGreaterThan(500);
    });
  }
});
