import { describe, expect, it } from 'vitest';
import { defaultSite } from '../../hub/default-site.js';
import { applyEvent } from '../../hub/queue/apply-event.js';
import { isRefusal } from '../../hub/queue/commands.js';
import { createState } from '../../hub/queue/state.js';
import { Harness } from './queue-harness.js';

describe('numbering', () => {
  it('numbers each service on its own, from 001, with its prefix', () => {
    const h = new Harness();
    const a1 = h.issue('pendaftaran');
    const a2 = h.issue('pendaftaran');
    const b1 = h.issue('barang');
    const d1 = h.issue('informasi');
    expect([h.number(a1), h.number(a2), h.number(b1), h.number(d1)]).toEqual(['A-001', 'A-002', 'B-001', 'D-001']);
  });

  it('goes past 999 without breaking the format', () => {
    const h = new Harness();
    h.state.lastNumber.set('pendaftaran', 999);
    expect(h.number(h.issue())).toBe('A-1000');
  });

  it('a transferred ticket keeps its number and does not consume one in the new service', () => {
    const h = new Harness();
    const a = h.issue();
    h.callNext('loket-1');
    h.ok({ type: 'finish', ticketId: a, by: 'p', transferTo: 'barang' });
    const b = h.issue('barang');
    expect(h.number(a)).toBe('A-001');
    expect(h.state.tickets.get(a)!.service).toBe('barang');
    expect(h.number(b)).toBe('B-001');
  });
});

describe('refusals', () => {
  it('unknown service', () => {
    const h = new Harness();
    const r = h.run({ type: 'issue', id: 'x'.repeat(12), service: 'nope', priority: false, idempotencyKey: null, device: null });
    expect(isRefusal(r) && r.refused).toBe('unknown_service');
  });

  it('inactive service is closed', () => {
    const config = defaultSite('Asia/Makassar');
    config.services[3].active = false;
    const h = new Harness(config);
    const r = h.run({ type: 'issue', id: 'x'.repeat(12), service: 'informasi', priority: false, idempotencyKey: null, device: null });
    expect(isRefusal(r) && r.refused).toBe('service_closed');
  });

  it('quota reached after the daily quota, other services unaffected', () => {
    const config = defaultSite('Asia/Makassar');
    config.services[0].dailyQuota = 2;
    const h = new Harness(config);
    h.issue();
    h.issue();
    const r = h.run({ type: 'issue', id: 'x'.repeat(12), service: 'pendaftaran', priority: false, idempotencyKey: null, device: null });
    expect(isRefusal(r) && r.refused).toBe('quota_reached');
    expect(h.number(h.issue('barang'))).toBe('B-001');
  });

  it('outside opening sessions, using local time (WITA) and the last issue time', () => {
    const config = defaultSite('Asia/Makassar');
    config.services[0].sessions = [{ start: '08:00', end: '11:00', lastIssue: '10:30' }];
    const h = new Harness(config);
    h.now = new Date('2026-11-28T02:29:00Z'); // 10:29 WITA
    h.issue();
    h.now = new Date('2026-11-28T02:30:00Z'); // 10:30 WITA: registration closed
    const r = h.run({ type: 'issue', id: 'x'.repeat(12), service: 'pendaftaran', priority: false, idempotencyKey: null, device: null });
    expect(isRefusal(r) && r.refused).toBe('outside_hours');
    h.now = new Date('2026-11-27T23:59:00Z'); // 07:59 WITA
    const early = h.run({ type: 'issue', id: 'y'.repeat(12), service: 'pendaftaran', priority: false, idempotencyKey: null, device: null });
    expect(isRefusal(early) && early.refused).toBe('outside_hours');
  });

  it('paused counter cannot call; nothing waiting; unknown counter', () => {
    const h = new Harness();
    expect(h.run({ type: 'callNext', counter: 'loket-1', by: 'p' })).toMatchObject({ refused: 'nothing_waiting' });
    h.issue();
    h.ok({ type: 'pauseCounter', counter: 'loket-1', by: 'p' });
    expect(h.run({ type: 'callNext', counter: 'loket-1', by: 'p' })).toMatchObject({ refused: 'counter_paused' });
    expect(h.run({ type: 'callNext', counter: 'loket-99', by: 'p' })).toMatchObject({ refused: 'unknown_counter' });
    h.ok({ type: 'openCounter', counter: 'loket-1', by: 'p' });
    expect(h.number(h.callNext())).toBe('A-001');
  });

  it('illegal transitions are refused with the state named', () => {
    const h = new Harness();
    const a = h.issue();
    expect(h.run({ type: 'start', ticketId: a, by: 'p' })).toMatchObject({ refused: 'illegal_transition' });
    expect(h.run({ type: 'finish', ticketId: a, by: 'p', transferTo: null })).toMatchObject({ refused: 'illegal_transition' });
    expect(h.run({ type: 'recall', ticketId: a, by: 'p' })).toMatchObject({ refused: 'illegal_transition' });
    expect(h.run({ type: 'noShow', ticketId: a, by: 'p' })).toMatchObject({ refused: 'illegal_transition' });
    h.callNext();
    h.ok({ type: 'start', ticketId: a, by: 'p' });
    expect(h.run({ type: 'start', ticketId: a, by: 'p' })).toMatchObject({ refused: 'illegal_transition' });
    expect(h.run({ type: 'noShow', ticketId: a, by: 'p' })).toMatchObject({ refused: 'illegal_transition' });
    h.ok({ type: 'finish', ticketId: a, by: 'p', transferTo: null });
    expect(h.run({ type: 'transfer', ticketId: a, by: 'p', service: 'barang' })).toMatchObject({ refused: 'illegal_transition' });
    expect(h.run({ type: 'recall', ticketId: 'missing-ticket', by: 'p' })).toMatchObject({ refused: 'not_found' });
  });

  it('a ticket cannot be called at a counter that does not serve its service', () => {
    const h = new Harness();
    const b = h.issue('barang');
    expect(h.run({ type: 'callTicket', counter: 'loket-1', ticketId: b, reason: 'urgent', by: 'p' })).toMatchObject({ refused: 'not_at_this_counter' });
  });
});

describe('a visit through its stages', () => {
  it('call, recall, start, finish and pass on keeps the number; each stage calls it again', () => {
    const h = new Harness();
    const a = h.issue();
    expect(h.callNext('loket-2')).toBe(a);
    h.ok({ type: 'recall', ticketId: a, by: 'p' });
    expect(h.state.tickets.get(a)!.recalls).toBe(1);
    h.ok({ type: 'start', ticketId: a, by: 'p' });
    h.tick(240);
    h.ok({ type: 'finish', ticketId: a, by: 'p', transferTo: 'barang' });
    expect(h.state.counters.get('loket-2')!.current).toBeNull();
    expect(h.callNext('loket-3')).toBe(a);
    h.ok({ type: 'finish', ticketId: a, by: 'p', transferTo: 'kunjungan' });
    expect(h.callNext('ruang-kunjungan')).toBe(a);
    h.ok({ type: 'finish', ticketId: a, by: 'p', transferTo: null });
    const t = h.state.tickets.get(a)!;
    expect(t).toMatchObject({ number: 'A-001', status: 'done', service: 'kunjungan', history: ['pendaftaran', 'barang'] });
    expect(h.state.recentCalls.map((c) => c.counter)).toEqual(['ruang-kunjungan', 'loket-3', 'loket-2', 'loket-2']);
  });

  it('call-next finishes the ticket the counter still holds (last stage: the visit ends)', () => {
    const h = new Harness();
    const a = h.issue('informasi');
    const b = h.issue('informasi');
    h.callNext('loket-4');
    const events = h.ok({ type: 'callNext', counter: 'loket-4', by: 'p' });
    expect(events.map((e) => e.type)).toEqual(['ticket.finished', 'ticket.called']);
    expect(h.state.tickets.get(a)!.status).toBe('done');
    expect(h.state.tickets.get(b)!.status).toBe('called');
  });

  it('no-show frees the counter; the same ticket is never called at two counters', () => {
    const h = new Harness();
    const a = h.issue();
    const b = h.issue();
    expect(h.callNext('loket-1')).toBe(a);
    expect(h.callNext('loket-2')).toBe(b);
    expect(h.run({ type: 'callNext', counter: 'loket-2', by: 'p' })).toMatchObject({ refused: 'nothing_waiting' });
    h.ok({ type: 'noShow', ticketId: a, by: 'p' });
    expect(h.state.tickets.get(a)!.status).toBe('no-show');
    expect(h.state.counters.get('loket-1')!.current).toBeNull();
  });
});

describe('replay', () => {
  it('replaying the event log rebuilds the same state', () => {
    const h = new Harness();
    const a = h.issue();
    h.issue('barang', true);
    h.callNext();
    h.ok({ type: 'start', ticketId: a, by: 'p' });
    h.tick(100);
    h.ok({ type: 'finish', ticketId: a, by: 'p', transferTo: 'barang' });
    h.ok({ type: 'pauseCounter', counter: 'loket-4', by: 'p' });
    const fresh = createState(defaultSite('Asia/Makassar'), '2026-11-28');
    for (const e of h.log) applyEvent(fresh, structuredClone(e));
    expect([...fresh.tickets.values()]).toEqual([...h.state.tickets.values()]);
    expect([...fresh.counters.values()]).toEqual([...h.state.counters.values()]);
    expect(fresh.seq).toBe(h.state.seq);
  });

  it('refuses an event out of sequence', () => {
    const h = new Harness();
    h.issue();
    const fresh = createState(defaultSite('Asia/Makassar'), '2026-11-28');
    expect(() => applyEvent(fresh, { ...h.log[0], seq: 5 })).toThrow(/seq/);
  });
});
