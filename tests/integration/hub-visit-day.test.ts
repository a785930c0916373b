// A visit day through the real hub: the chain, reopening (audited), and a visit room called in a
// batch that a board receives as one call, with estimates that follow the batches.
import { io, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LiveEvent } from '../../protocol/live.js';
import type { PublicState } from '../../protocol/public.js';
import { api, login, officerToken, startTestHub, type TestHub } from '../helpers/test-hub.js';
import { waitFor } from '../helpers/wait-for.js';

let hub: TestHub;
let admin: string;
let officer: string;
beforeAll(async () => {
  hub = await startTestHub();
  admin = await login(hub.url);
  officer = await officerToken(hub.url, admin);
});
afterAll(async () => {
  await hub.close();
});

const post = (path: string, body: unknown = {}) => api(hub.url, path, { body, token: officer });
const issue = async (service = 'pendaftaran') => (await api(hub.url, '/api/tickets', { body: { service } })).body as { id: string; number: string };

describe('the visit chain through the hub', () => {
  it('call-next at goods inspection passes the held ticket on to the visit room', async () => {
    const a = await issue();
    await post(`/api/tickets/${a.id}/transfer`, { service: 'barang' });
    const b = await issue();
    await post(`/api/tickets/${b.id}/transfer`, { service: 'barang' });
    expect((await post('/api/counters/loket-3/call-next')).body.ticket.id).toBe(a.id);
    expect((await post('/api/counters/loket-3/call-next')).body.ticket.id).toBe(b.id);
    const t = await api(hub.url, `/api/tickets/${a.id}`);
    expect(t.body).toMatchObject({ number: a.number, service: 'kunjungan', status: 'waiting', history: ['pendaftaran', 'barang'] });
    await post(`/api/tickets/${b.id}/finish`, { transferTo: 'kunjungan' });
  });

  it('reopen puts a ticket finished by mistake in the next stage, audited with its reason', async () => {
    const a = await issue();
    await post('/api/counters/loket-1/call', { ticketId: a.id, reason: 'test urutan' });
    await post(`/api/tickets/${a.id}/finish`);
    expect((await api(hub.url, `/api/tickets/${a.id}`)).body.status).toBe('done');
    const bad = await post(`/api/tickets/${a.id}/reopen`, {});
    expect(bad.status).toBe(400);
    const r = await post(`/api/tickets/${a.id}/reopen`, { reason: 'Selesai tertekan, seharusnya diteruskan' });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body.ticket).toMatchObject({ number: a.number, service: 'barang', status: 'waiting', history: ['pendaftaran'] });
    const again = await post(`/api/tickets/${a.id}/reopen`, { reason: 'dua kali' });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('illegal_transition');
    const audit = await api<{ entries: { actor: string; action: string; detail: Record<string, unknown> }[] }>(hub.url, '/api/admin/audit', { token: admin });
    expect(audit.body.entries.find((e) => e.action === 'ticket.reopened')).toMatchObject({
      actor: 'petugas1',
      detail: { number: a.number, from: 'pendaftaran', to: 'barang', reason: 'Selesai tertekan, seharusnya diteruskan' },
    });
    // Cleared out of the way of the room tests below.
    await post(`/api/tickets/${a.id}/cancel`);
  });
});

describe('a visit room called in batches', () => {
  let board: Socket;
  const calls: LiveEvent[] = [];
  let state: PublicState;
  beforeAll(async () => {
    board = io(hub.url, { transports: ['websocket'], forceNew: true });
    board.on('ticket:called', (e: LiveEvent) => calls.push(e));
    state = await new Promise<PublicState>((r) => board.once('state', r));
  });
  afterAll(() => {
    board.close();
  });

  it('the next N in one command: the board gets one call carrying the whole batch', async () => {
    // Clear the room of the chain test's tickets first.
    await post('/api/counters/ruang-kunjungan/call-batch', {});
    await post('/api/counters/ruang-kunjungan/finish-batch', {});
    const before = calls.length;
    const tickets = [];
    for (let i = 0; i < 6; i++) {
      const t = await issue();
      await post(`/api/tickets/${t.id}/transfer`, { service: 'kunjungan' });
      tickets.push(t);
    }
    const r = await post('/api/counters/ruang-kunjungan/call-batch', { count: 4 });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body.tickets.map((t: { number: string }) => t.number)).toEqual(tickets.slice(0, 4).map((t) => t.number));
    expect(r.body.counter).toMatchObject({ capacity: 20, batches: [{ numbers: tickets.slice(0, 4).map((t) => t.number), startedAt: null }] });
    await waitFor(() => calls.length === before + 1);
    const call = calls.at(-1)!.call!;
    expect(call).toMatchObject({ number: tickets[0].number, counterName: 'Ruang Kunjungan', batch: { numbers: tickets.slice(0, 4).map((t) => t.number) } });
    // The phone page of a ticket left waiting follows the batches: next batch, no wait.
    const left = await api(hub.url, `/api/tickets/${tickets[4].id}`);
    expect(left.body).toMatchObject({ status: 'waiting', ahead: 0, estimatedWaitMinutes: 0 });
    expect(state.counters.find((c) => c.id === 'ruang-kunjungan')!.capacity).toBe(20);
  });

  it('fill the room, start the session, end the batch: each ticket ends', async () => {
    const fill = await post('/api/counters/ruang-kunjungan/call-batch', {});
    expect(fill.status).toBe(200);
    expect(fill.body.tickets).toHaveLength(2); // only two were still waiting
    const started = await post('/api/counters/ruang-kunjungan/start-batch');
    expect(started.body.tickets).toHaveLength(6);
    const first = started.body.counter.batches[0];
    const end = await post('/api/counters/ruang-kunjungan/finish-batch', { calledAt: first.calledAt });
    expect(end.status, JSON.stringify(end.body)).toBe(200);
    expect(end.body.tickets.map((t: { status: string }) => t.status)).toEqual(['done', 'done', 'done', 'done']);
    expect(end.body.counter.batches).toHaveLength(1);
    await post('/api/counters/ruang-kunjungan/finish-batch');
    const none = await post('/api/counters/ruang-kunjungan/call-batch', { count: 3 });
    expect(none.status).toBe(409);
    expect(none.body.error.code).toBe('nothing_waiting');
  });

  it('a full room refuses more with room_full; a desk refuses a batch; bad counts are refused', async () => {
    await api(hub.url, '/api/admin/counters/ruang-kunjungan', { method: 'PATCH', body: { capacity: 2 }, token: admin });
    for (let i = 0; i < 3; i++) {
      const t = await issue();
      await post(`/api/tickets/${t.id}/transfer`, { service: 'kunjungan' });
    }
    expect((await post('/api/counters/ruang-kunjungan/call-batch', {})).body.tickets).toHaveLength(2);
    const full = await post('/api/counters/ruang-kunjungan/call-batch', { count: 1 });
    expect(full.status).toBe(409);
    expect(full.body.error.code).toBe('room_full');
    expect((await post('/api/counters/loket-1/call-batch', { count: 2 })).body.error.code).toBe('illegal_transition');
    // A room holding a batch cannot be deleted (its last call may even be finished already).
    const [last] = (await post('/api/counters/ruang-kunjungan/start-batch')).body.tickets.slice(-1);
    await post(`/api/tickets/${last.id}/finish`);
    expect((await api(hub.url, '/api/admin/counters/ruang-kunjungan', { method: 'DELETE', token: admin })).status).toBe(409);
    expect((await post('/api/counters/ruang-kunjungan/call-batch', { count: 0 })).status).toBe(400);
    expect((await post('/api/counters/ruang-kunjungan/finish-batch', { calledAt: 'kemarin' })).status).toBe(400);
  });
});
