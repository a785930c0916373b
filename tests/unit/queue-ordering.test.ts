import { describe, expect, it } from 'vitest';
import { defaultSite } from '../../hub/default-site.js';
import { pickNext, peopleAhead } from '../../hub/queue/ordering.js';
import type { Ticket } from '../../hub/queue/types.js';
import { Harness } from './queue-harness.js';
import { ticketFixture } from '../helpers/ticket-fixture.js';

const ticket = (id: string, over: Partial<Ticket>): Ticket => ticketFixture({ id, ...over });

const at = (m: number) => new Date(Date.UTC(2026, 10, 28, 1, m)).toISOString();

describe('pickNext', () => {
  const first = { mode: 'first' } as const;
  const c = { normalsSincePriority: 0 };

  it('is null with nothing waiting in the counter services', () => {
    expect(pickNext([ticket('a', { service: 'barang' })], ['pendaftaran'], first, c)).toBeNull();
    expect(pickNext([ticket('a', { status: 'called' })], ['pendaftaran'], first, c)).toBeNull();
  });

  it('takes the oldest arrival across all the counter services', () => {
    const list = [
      ticket('late', { arrivedAt: at(5), issueSeq: 3 }),
      ticket('early-b', { service: 'barang', arrivedAt: at(1), issueSeq: 2 }),
      ticket('mid', { arrivedAt: at(3), issueSeq: 1 }),
    ];
    expect(pickNext(list, ['pendaftaran', 'barang'], first, c)!.id).toBe('early-b');
    expect(pickNext(list, ['pendaftaran'], first, c)!.id).toBe('mid');
  });

  it('breaks equal arrival times by issue order', () => {
    const list = [ticket('second', { issueSeq: 2 }), ticket('first', { issueSeq: 1 })];
    expect(pickNext(list, ['pendaftaran'], first, c)!.id).toBe('first');
  });

  it('a transferred ticket keeps its original arrival, ahead of newer arrivals', () => {
    const list = [
      ticket('new-b', { service: 'barang', arrivedAt: at(10), queuedAt: at(10), issueSeq: 5 }),
      ticket('from-a', { service: 'barang', arrivedAt: at(1), queuedAt: at(12), issueSeq: 1 }),
    ];
    expect(pickNext(list, ['barang'], first, c)!.id).toBe('from-a');
  });

  it("'first' puts any priority ticket before older normal ones", () => {
    const list = [ticket('old', { arrivedAt: at(1), issueSeq: 1 }), ticket('prio', { priority: true, arrivedAt: at(9), issueSeq: 2 })];
    expect(pickNext(list, ['pendaftaran'], first, c)!.id).toBe('prio');
  });

  it("'interleave' 1:N calls one priority ticket after every N normal ones", () => {
    const policy = { mode: 'interleave', every: 2 } as const;
    const list = [ticket('n1', { arrivedAt: at(1), issueSeq: 1 }), ticket('p1', { priority: true, arrivedAt: at(2), issueSeq: 2 })];
    expect(pickNext(list, ['pendaftaran'], policy, { normalsSincePriority: 0 })!.id).toBe('n1');
    expect(pickNext(list, ['pendaftaran'], policy, { normalsSincePriority: 1 })!.id).toBe('n1');
    expect(pickNext(list, ['pendaftaran'], policy, { normalsSincePriority: 2 })!.id).toBe('p1');
  });

  it("'interleave' takes a priority ticket when no normal one waits", () => {
    const list = [ticket('p1', { priority: true })];
    expect(pickNext(list, ['pendaftaran'], { mode: 'interleave', every: 3 }, { normalsSincePriority: 0 })!.id).toBe('p1');
  });
});

describe('interleaving through the core', () => {
  it('1:2 gives N N P N N P order and counts per counter', () => {
    const config = defaultSite('Asia/Makassar');
    config.settings.priority = { mode: 'interleave', every: 2 };
    const h = new Harness(config);
    const ids = [h.issue(), h.issue(), h.issue(), h.issue(), h.issue('pendaftaran', true), h.issue('pendaftaran', true)];
    const order: boolean[] = [];
    for (let i = 0; i < 6; i++) order.push(h.state.tickets.get(h.callNext())!.priority);
    expect(order).toEqual([false, false, true, false, false, true]);
    expect(ids).toHaveLength(6);
  });
});

describe('peopleAhead', () => {
  it('counts waiting tickets before this one in its service only', () => {
    const h = new Harness();
    h.issue();
    h.issue('barang');
    const second = h.issue();
    expect(peopleAhead(h.state, h.state.tickets.get(second)!)).toBe(1);
    h.callNext();
    expect(peopleAhead(h.state, h.state.tickets.get(second)!)).toBe(0);
  });

  it("with 'first', a priority ticket is ahead of earlier normal ones and they are behind it", () => {
    const h = new Harness();
    const n = h.issue();
    const p = h.issue('pendaftaran', true);
    expect(peopleAhead(h.state, h.state.tickets.get(p)!)).toBe(0);
    expect(peopleAhead(h.state, h.state.tickets.get(n)!)).toBe(1);
  });
});
