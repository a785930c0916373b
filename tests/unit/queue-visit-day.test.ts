// A real visit day: the chain a single key cannot break, reopening a ticket finished by mistake,
// visit rooms called in batches, and the estimates that follow the batches.
import { describe, expect, it } from 'vitest';
import { defaultSite } from '../../hub/default-site.js';
import { isRefusal } from '../../hub/queue/commands.js';
import type { DomainEvent } from '../../hub/queue/events.js';
import { estimateWaitMinutes } from '../../hub/queue/estimates.js';
import { toPublicCounter, toPublicService, toPublicState } from '../../hub/queue/views.js';
import { siteConfigSchema } from '../../protocol/config-schema.js';
import { Harness } from './queue-harness.js';

const ROOM = 'ruang-kunjungan';

/** A harness with `n` tickets waiting in the visit room's queue (passed on from goods inspection). */
function roomQueue(n: number, config = defaultSite('Asia/Makassar')): { h: Harness; ids: string[] } {
  const h = new Harness(config);
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const id = h.issue('pendaftaran');
    h.tick(1);
    ids.push(id);
  }
  for (const id of ids) {
    h.ok({ type: 'transfer', ticketId: id, service: 'kunjungan', by: 'p' });
  }
  return { h, ids };
}

const types = (events: DomainEvent[]) => events.map((e) => e.type);

describe('the visit chain', () => {
  it('call-next while holding a multi-stage ticket passes it on instead of ending the visit', () => {
    const h = new Harness();
    const a = h.issue();
    const b = h.issue();
    h.callNext('loket-1');
    const events = h.ok({ type: 'callNext', counter: 'loket-1', by: 'p' });
    expect(types(events)).toEqual(['ticket.finished', 'ticket.transferred', 'ticket.called']);
    expect(h.state.tickets.get(a)).toMatchObject({ status: 'waiting', service: 'barang', number: 'A-001', history: ['pendaftaran'] });
    expect(h.state.tickets.get(b)!.status).toBe('called');
    expect(h.callNext('loket-3')).toBe(a);
  });

  it('does not pass on to a next stage that is switched off', () => {
    const config = defaultSite('Asia/Makassar');
    config.services.find((s) => s.id === 'barang')!.active = false;
    const h = new Harness(config);
    const a = h.issue();
    h.issue();
    h.callNext('loket-1');
    expect(types(h.ok({ type: 'callNext', counter: 'loket-1', by: 'p' }))).toEqual(['ticket.finished', 'ticket.called']);
    expect(h.state.tickets.get(a)!.status).toBe('done');
  });
});

describe('reopen: a ticket finished by mistake goes on to the next stage', () => {
  it('keeps its number and first arrival, and is called before later arrivals there', () => {
    const h = new Harness();
    const a = h.issue();
    h.tick(60);
    const later = h.issue();
    h.callNext('loket-1');
    h.ok({ type: 'finish', ticketId: a, by: 'p', transferTo: null }); // Selesai by mistake
    h.callNext('loket-2');
    h.ok({ type: 'finish', ticketId: later, by: 'p', transferTo: 'barang' });
    h.tick(120);
    const arrived = h.state.tickets.get(a)!.arrivedAt;
    const events = h.ok({ type: 'reopen', ticketId: a, by: 'p' });
    expect(events).toMatchObject([{ type: 'ticket.transferred', ticketId: a, from: 'pendaftaran', to: 'barang', by: 'p' }]);
    expect(h.state.tickets.get(a)).toMatchObject({ status: 'waiting', service: 'barang', number: 'A-001', arrivedAt: arrived, history: ['pendaftaran'] });
    expect(h.callNext('loket-3')).toBe(a);
  });

  it('refuses a ticket not finished, one at the last stage, and an unknown one', () => {
    const h = new Harness();
    const a = h.issue();
    expect(h.run({ type: 'reopen', ticketId: a, by: 'p' })).toMatchObject({ refused: 'illegal_transition' });
    const d = h.issue('informasi');
    h.callNext('loket-4');
    h.ok({ type: 'finish', ticketId: d, by: 'p', transferTo: null });
    expect(h.run({ type: 'reopen', ticketId: d, by: 'p' })).toMatchObject({ refused: 'illegal_transition' });
    expect(h.run({ type: 'reopen', ticketId: 'nope-nope-nope', by: 'p' })).toMatchObject({ refused: 'not_found' });
  });

  it('refuses a no-show (only finished tickets are reopened)', () => {
    const h = new Harness();
    const a = h.issue();
    h.callNext('loket-1');
    h.ok({ type: 'noShow', ticketId: a, by: 'p' });
    expect(h.run({ type: 'reopen', ticketId: a, by: 'p' })).toMatchObject({ refused: 'illegal_transition' });
  });
});

describe('visit rooms: batches', () => {
  it('the default site has a 20-table room with 30-minute sessions, and older configs still load', () => {
    const cfg = defaultSite('Asia/Makassar');
    expect(cfg.counters.find((c) => c.id === ROOM)).toMatchObject({ capacity: 20, sessionMinutes: 30 });
    const old = structuredClone(cfg);
    for (const c of old.counters) delete c.capacity;
    for (const s of old.services) delete s.kiosk;
    expect(siteConfigSchema.safeParse(old).success).toBe(true);
    expect(siteConfigSchema.safeParse({ ...cfg, counters: [{ ...cfg.counters[0], capacity: 0 }] }).success).toBe(false);
  });

  it('calls the next N in one command: N calls, then one batch event, in queue order', () => {
    const { h, ids } = roomQueue(6);
    const events = h.ok({ type: 'callBatch', counter: ROOM, count: 4, by: 'p' });
    expect(types(events)).toEqual(['ticket.called', 'ticket.called', 'ticket.called', 'ticket.called', 'batch.called']);
    expect(events.at(-1)).toMatchObject({ counter: ROOM, ticketIds: ids.slice(0, 4) });
    for (const id of ids.slice(0, 4)) expect(h.state.tickets.get(id)).toMatchObject({ status: 'called', counter: ROOM });
    expect(h.state.tickets.get(ids[4])!.status).toBe('waiting');
    // One recent call for the whole batch: the board announces it once.
    expect(h.state.recentCalls).toHaveLength(1);
    expect(h.state.recentCalls[0]).toMatchObject({ number: 'A-001', batch: ['A-001', 'A-002', 'A-003', 'A-004'] });
    const pub = toPublicState(h.state, h.now);
    expect(pub.recentCalls[0].batch).toEqual({ numbers: ['A-001', 'A-002', 'A-003', 'A-004'] });
  });

  it('fill the room calls capacity minus those inside; a full room refuses', () => {
    const config = defaultSite('Asia/Makassar');
    config.counters.find((c) => c.id === ROOM)!.capacity = 5;
    const { h, ids } = roomQueue(9, config);
    h.ok({ type: 'callBatch', counter: ROOM, count: 2, by: 'p' });
    h.tick(30);
    const fill = h.ok({ type: 'callBatch', counter: ROOM, count: null, by: 'p' });
    expect(fill.at(-1)).toMatchObject({ type: 'batch.called', ticketIds: ids.slice(2, 5) });
    expect(h.run({ type: 'callBatch', counter: ROOM, count: null, by: 'p' })).toMatchObject({ refused: 'room_full' });
    expect(h.run({ type: 'callBatch', counter: ROOM, count: 1, by: 'p' })).toMatchObject({ refused: 'room_full' });
    // A single call-next into a full room is refused too, and never ends a family's session.
    expect(h.run({ type: 'callNext', counter: ROOM, by: 'p' })).toMatchObject({ refused: 'room_full' });
    const c = toPublicCounter(h.state, ROOM)!;
    expect(c.capacity).toBe(5);
    expect(c.batches!.map((b) => b.numbers)).toEqual([['A-001', 'A-002'], ['A-003', 'A-004', 'A-005']]);
  });

  it('asks for more than wait: calls those waiting; nothing waiting is refused', () => {
    const { h } = roomQueue(3);
    const events = h.ok({ type: 'callBatch', counter: ROOM, count: 10, by: 'p' });
    expect(events.filter((e) => e.type === 'ticket.called')).toHaveLength(3);
    expect(h.run({ type: 'callBatch', counter: ROOM, count: 10, by: 'p' })).toMatchObject({ refused: 'nothing_waiting' });
  });

  it('a desk cannot call a batch; a paused room cannot either', () => {
    const { h } = roomQueue(2);
    expect(h.run({ type: 'callBatch', counter: 'loket-1', count: 2, by: 'p' })).toMatchObject({ refused: 'illegal_transition' });
    h.ok({ type: 'pauseCounter', counter: ROOM, by: 'p' });
    expect(h.run({ type: 'callBatch', counter: ROOM, count: 2, by: 'p' })).toMatchObject({ refused: 'counter_paused' });
  });

  it('priority visitors come first in a batch (policy "first")', () => {
    const { h, ids } = roomQueue(3);
    const p = h.issue('pendaftaran', true);
    h.ok({ type: 'transfer', ticketId: p, service: 'kunjungan', by: 'p' });
    const events = h.ok({ type: 'callBatch', counter: ROOM, count: 2, by: 'p' });
    expect(events.at(-1)).toMatchObject({ ticketIds: [p, ids[0]] });
  });

  it('1:N interleaving holds across a batch as across single calls', () => {
    const config = defaultSite('Asia/Makassar');
    config.settings.priority = { mode: 'interleave', every: 2 };
    const { h, ids } = roomQueue(4, config);
    const p = h.issue('pendaftaran', true);
    h.ok({ type: 'transfer', ticketId: p, service: 'kunjungan', by: 'p' });
    const events = h.ok({ type: 'callBatch', counter: ROOM, count: 4, by: 'p' });
    expect(events.at(-1)).toMatchObject({ ticketIds: [ids[0], ids[1], p, ids[2]] });
  });

  it('start begins the session of every ticket called in; the session runs per batch', () => {
    const { h } = roomQueue(4);
    h.ok({ type: 'callBatch', counter: ROOM, count: 2, by: 'p' });
    h.tick(120);
    expect(types(h.ok({ type: 'startBatch', counter: ROOM, by: 'p' }))).toEqual(['ticket.started', 'ticket.started']);
    const startedFirst = h.now.toISOString();
    h.tick(600);
    h.ok({ type: 'callBatch', counter: ROOM, count: 2, by: 'p' });
    h.tick(60);
    h.ok({ type: 'startBatch', counter: ROOM, by: 'p' });
    const batches = toPublicCounter(h.state, ROOM)!.batches!;
    expect(batches).toHaveLength(2);
    expect(batches[0].startedAt).toBe(startedFirst);
    expect(batches[1].startedAt).toBe(h.now.toISOString());
    expect(h.run({ type: 'startBatch', counter: ROOM, by: 'p' })).toMatchObject({ refused: 'illegal_transition' });
  });

  it('ending a batch finishes each of its tickets and leaves the other batch in the room', () => {
    const { h, ids } = roomQueue(5);
    h.ok({ type: 'callBatch', counter: ROOM, count: 3, by: 'p' });
    const first = h.now.toISOString();
    h.tick(60);
    h.ok({ type: 'callBatch', counter: ROOM, count: 2, by: 'p' });
    const events = h.ok({ type: 'finishBatch', counter: ROOM, calledAt: first, by: 'p' });
    expect(types(events)).toEqual(['ticket.finished', 'ticket.finished', 'ticket.finished']);
    for (const id of ids.slice(0, 3)) expect(h.state.tickets.get(id)!.status).toBe('done');
    for (const id of ids.slice(3)) expect(h.state.tickets.get(id)!.status).toBe('called');
    expect(h.run({ type: 'finishBatch', counter: ROOM, calledAt: first, by: 'p' })).toMatchObject({ refused: 'not_found' });
    h.ok({ type: 'finishBatch', counter: ROOM, calledAt: null, by: 'p' });
    expect(toPublicCounter(h.state, ROOM)!.batches).toEqual([]);
  });

  it('a room whose stage has a next one passes each ticket of an ended batch on', () => {
    const config = defaultSite('Asia/Makassar');
    config.counters.find((c) => c.id === 'loket-3')!.capacity = 4; // goods inspection in groups
    const h = new Harness(config);
    const a = h.issue('pendaftaran');
    const b = h.issue('pendaftaran');
    for (const id of [a, b]) h.ok({ type: 'transfer', ticketId: id, service: 'barang', by: 'p' });
    h.ok({ type: 'callBatch', counter: 'loket-3', count: null, by: 'p' });
    h.ok({ type: 'finishBatch', counter: 'loket-3', calledAt: null, by: 'p' });
    for (const id of [a, b]) expect(h.state.tickets.get(id)).toMatchObject({ status: 'waiting', service: 'kunjungan' });
  });

  it('a single call-next into a room adds a ticket and keeps those inside', () => {
    const { h, ids } = roomQueue(3);
    h.ok({ type: 'callBatch', counter: ROOM, count: 1, by: 'p' });
    const events = h.ok({ type: 'callNext', counter: ROOM, by: 'p' });
    expect(types(events)).toEqual(['ticket.called']);
    expect(h.state.tickets.get(ids[0])!.status).toBe('called');
    expect(h.state.tickets.get(ids[1])!.status).toBe('called');
  });
});

describe('estimates follow the batches', () => {
  it('a room of C places with S-minute sessions serves C tickets per S minutes', () => {
    const { h } = roomQueue(0);
    // 20 places, 30 minutes: 0-19 ahead go in with the next batch, 20-39 one session later.
    expect(estimateWaitMinutes(h.state, 'kunjungan', 0)).toBe(0);
    expect(estimateWaitMinutes(h.state, 'kunjungan', 19)).toBe(0);
    expect(estimateWaitMinutes(h.state, 'kunjungan', 20)).toBe(30);
    expect(estimateWaitMinutes(h.state, 'kunjungan', 45)).toBe(60);
  });

  it('a full room pushes the next batch one session later', () => {
    const { h } = roomQueue(25);
    h.ok({ type: 'callBatch', counter: ROOM, count: null, by: 'p' });
    const svc = toPublicService(h.state, 'kunjungan', h.now)!;
    expect(svc.waiting).toBe(5);
    // 5 waiting, 20 inside: the next batch goes in when this session ends.
    expect(svc.estimatedWaitMinutes).toBe(30);
  });

  it('desks keep the per-ticket estimate', () => {
    const h = new Harness();
    // pendaftaran: 4 min each, two open desks.
    expect(estimateWaitMinutes(h.state, 'pendaftaran', 5)).toBe(10);
  });
});

describe('shown on the kiosk', () => {
  it('the default site offers the first stage and information; later stages accept transfers', () => {
    const h = new Harness();
    const pub = toPublicState(h.state, h.now);
    const offered = pub.services.filter((s) => s.kiosk).map((s) => s.id);
    expect(offered).toEqual(['pendaftaran', 'informasi']);
    expect(pub.services.every((s) => s.served)).toBe(true);
    const a = h.issue();
    expect(isRefusal(h.run({ type: 'transfer', ticketId: a, service: 'kunjungan', by: 'p' }))).toBe(false);
  });

  it('an inactive service is never offered; a service no counter serves is marked unserved', () => {
    const config = defaultSite('Asia/Makassar');
    config.services.find((s) => s.id === 'informasi')!.active = false;
    config.counters = config.counters.filter((c) => c.id !== 'loket-3');
    const h = new Harness(config);
    const pub = toPublicState(h.state, h.now);
    expect(pub.services.find((s) => s.id === 'informasi')!.kiosk).toBe(false);
    expect(pub.services.find((s) => s.id === 'barang')!.served).toBe(false);
  });
});
