// Live sockets: snapshot on connect, numbered events after, staff detail for staff only.
import { io, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyLiveEvent } from '../../protocol/apply-live-event.js';
import type { LiveEvent } from '../../protocol/live.js';
import type { PublicState } from '../../protocol/public.js';
import { api, login, officerToken, startTestHub, type TestHub } from '../helpers/test-hub.js';
import { waitFor } from '../helpers/wait-for.js';

let hub: TestHub;
let officer: string;
beforeAll(async () => {
  hub = await startTestHub();
  officer = await officerToken(hub.url, await login(hub.url));
});
afterAll(async () => {
  await hub.close();
});

interface Board {
  socket: Socket;
  state: PublicState;
  calls: LiveEvent[];
  seqs: number[];
}

async function board(extra: Record<string, unknown> = {}): Promise<Board> {
  const socket = io(hub.url, { transports: ['websocket'], forceNew: true, ...extra });
  const b = { socket, calls: [], seqs: [] } as unknown as Board;
  socket.on('ticket:called', (e: LiveEvent) => b.calls.push(e));
  socket.onAny((name: string, payload: { seq?: number }) => {
    if (name !== 'state' && typeof payload?.seq === 'number') b.seqs.push(payload.seq);
  });
  b.state = await new Promise<PublicState>((r) => socket.once('state', r));
  return b;
}

describe('live', () => {
  it('two boards both get ticket:called after call-next, and seq strictly rises', async () => {
    const [b1, b2] = await Promise.all([board(), board()]);
    for (let i = 0; i < 3; i++) await api(hub.url, '/api/tickets', { body: { service: 'pendaftaran' } });
    const r1 = await api(hub.url, '/api/counters/loket-2/call-next', { body: {}, token: officer });
    const r2 = await api(hub.url, '/api/counters/loket-1/call-next', { body: {}, token: officer });
    expect(r1.status).toBe(200);
    await waitFor(() => b1.calls.length === 2 && b2.calls.length === 2);
    for (const b of [b1, b2]) {
      expect(b.calls.map((c) => [c.call!.number, c.call!.counterName])).toEqual([
        [r1.body.ticket.number, 'Loket 2'],
        [r2.body.ticket.number, 'Loket 1'],
      ]);
      for (let i = 1; i < b.seqs.length; i++) expect(b.seqs[i]).toBe(b.seqs[i - 1] + 1);
      expect(b.seqs[0]).toBe(b.state.seq + 1);
    }
    b1.socket.close();
    b2.socket.close();
  });

  it('one change is one message: call-next that finishes, passes on and calls sends one ticket:called covering its seqs', async () => {
    const b = await board();
    const staff = await board({ auth: { token: officer } });
    const got: { name: string; e: LiveEvent }[] = [];
    b.socket.onAny((name: string, e: LiveEvent) => name !== 'state' && got.push({ name, e }));
    const staffGot: LiveEvent[] = [];
    staff.socket.on('ticket:called', (e: LiveEvent) => staffGot.push(e));
    await api(hub.url, '/api/tickets', { body: { service: 'pendaftaran' } });
    await api(hub.url, '/api/tickets', { body: { service: 'pendaftaran' } });
    const first = await api(hub.url, '/api/counters/loket-1/call-next', { body: {}, token: officer });
    await waitFor(() => got.length === 3);
    const second = await api(hub.url, '/api/counters/loket-1/call-next', { body: {}, token: officer });
    await waitFor(() => got.length === 4 && staffGot.length === 2);
    await new Promise((r) => setTimeout(r, 100)); // nothing else may follow
    expect(got.map((g) => g.name)).toEqual(['ticket:issued', 'ticket:issued', 'ticket:called', 'ticket:called']);
    // finished + transferred (registration -> goods inspection) + called, as one message
    const last = got[3].e;
    expect([last.from, last.seq]).toEqual([last.seq - 2, last.seq]);
    expect(last.call!.number).toBe(second.body.ticket.number);
    expect(last.services!.map((s) => s.id).sort()).toEqual(['barang', 'pendaftaran']);
    expect(last.counters!.find((c) => c.id === 'loket-1')!.current!.number).toBe(second.body.ticket.number);
    // The board's reducer takes every message without a gap and ends where the hub is.
    let state = b.state;
    for (const { e } of got) {
      const r = applyLiveEvent(state, e);
      expect(r.gap).toBe(false);
      state = r.state;
    }
    const fresh = await new Promise<PublicState>((r) => b.socket.emit('snapshot', r));
    expect(state.seq).toBe(fresh.seq);
    expect(state.services.map((s) => [s.id, s.waiting])).toEqual(fresh.services.map((s) => [s.id, s.waiting]));
    expect(state.counters).toEqual(fresh.counters);
    // Staff get both tickets the change touched.
    const touched = staffGot[1].staff!.tickets!.map((t) => [t.id, t.service, t.status]);
    expect(touched).toContainEqual([first.body.ticket.id, 'barang', 'waiting']);
    expect(touched).toContainEqual([second.body.ticket.id, 'pendaftaran', 'called']);
    b.socket.close();
    staff.socket.close();
  });

  it('a recall is a ticket:called again with its recall count', async () => {
    const b = await board();
    await api(hub.url, '/api/tickets', { body: { service: 'informasi' } });
    const call = await api(hub.url, '/api/counters/loket-4/call-next', { body: {}, token: officer });
    await api(hub.url, `/api/tickets/${call.body.ticket.id}/recall`, { body: {}, token: officer });
    await waitFor(() => b.calls.length === 2);
    expect(b.calls.map((c) => c.call!.recall)).toEqual([0, 1]);
    b.socket.close();
  });

  it('a staff socket gets the staff part; a phone socket gets its own ticket as it changes', async () => {
    const staff = await board({ auth: { token: officer } });
    const t = await api(hub.url, '/api/tickets', { body: { service: 'kunjungan' } });
    const phone = io(hub.url, { transports: ['websocket'], forceNew: true, auth: { ticket: t.body.id } });
    const mine: { status: string; counter: { name: string } | null }[] = [];
    phone.on('ticket:mine', (x) => mine.push(x));
    await waitFor(() => mine.length === 1);
    expect(mine[0].status).toBe('waiting');
    const staffIssued: LiveEvent[] = [];
    staff.socket.on('ticket:updated', (e: LiveEvent) => staffIssued.push(e));
    await api(hub.url, '/api/counters/ruang-kunjungan/call-next', { body: {}, token: officer });
    await waitFor(() => mine.length === 2 && staff.calls.length === 1);
    expect(mine[1]).toMatchObject({ status: 'called', counter: { name: 'Ruang Kunjungan' } });
    expect(staff.calls[0].staff?.ticket?.id).toBe(t.body.id);
    expect('tickets' in staff.state).toBe(true);
    staff.socket.close();
    phone.close();
  });

  it('a client that asks for a snapshot gets the current one', async () => {
    const b = await board();
    await api(hub.url, '/api/tickets', { body: { service: 'barang' } });
    const fresh = await new Promise<PublicState>((r) => b.socket.emit('snapshot', r));
    expect(fresh.seq).toBeGreaterThan(b.state.seq);
    expect(fresh.services.find((s) => s.id === 'barang')!.waiting).toBeGreaterThan(0);
    b.socket.close();
  });

  it('after finish and pass on, the counter that let the ticket go shows nothing on the boards', async () => {
    const b = await board();
    const updates: LiveEvent[] = [];
    b.socket.on('ticket:updated', (e: LiveEvent) => updates.push(e));
    await api(hub.url, '/api/tickets', { body: { service: 'barang' } });
    const call = await api(hub.url, '/api/counters/loket-3/call-next', { body: {}, token: officer });
    await waitFor(() => b.calls.some((c) => c.call!.number === call.body.ticket.number));
    await api(hub.url, `/api/tickets/${call.body.ticket.id}/finish-and-next`, { body: {}, token: officer });
    const passedOn = () => updates.find((u) => u.ticket?.number === call.body.ticket.number && u.ticket?.service === 'kunjungan');
    await waitFor(() => passedOn() !== undefined);
    const loket3 = updates.flatMap((u) => u.counters ?? []).filter((c) => c.id === 'loket-3');
    expect(loket3.length).toBeGreaterThan(0);
    expect(loket3.at(-1)!.current).toBeNull();
    b.socket.close();
  });
});
