// Two hubs, one site, one PostgreSQL (in-process hubs): the first is the writer, the second a
// standby that forwards changes to it and follows the events table for its own sockets.
import { io, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PublicState } from '../../protocol/public.js';
import { api, login, officerToken, startTestHub, type TestHub } from '../helpers/test-hub.js';
import { startPgCluster, type PgCluster } from '../helpers/pg-cluster.js';

let cluster: PgCluster;
let a: TestHub;
let b: TestHub;
let other: TestHub;
const sockets: Socket[] = [];
beforeAll(async () => {
  cluster = await startPgCluster();
  const url = await cluster.createDatabase('two');
  a = await startTestHub({ env: { DATABASE_URL: url, SITE: 'dua' } });
  b = await startTestHub({ env: { DATABASE_URL: url, SITE: 'dua' } });
  other = await startTestHub({ env: { DATABASE_URL: url, SITE: 'lain' } });
});
afterAll(async () => {
  for (const s of sockets) s.close();
  await other?.close();
  await b?.close();
  await a?.close();
  await cluster?.destroy();
});

async function waitFor<T>(what: string, fn: () => T | Promise<T>, ms = 10_000): Promise<NonNullable<T>> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await fn();
    if (v) return v as NonNullable<T>;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

function board(url: string): Promise<{ seqs: number[]; called: string[]; state: PublicState }> {
  const socket = io(url, { transports: ['websocket'], forceNew: true });
  sockets.push(socket);
  const b = { seqs: [] as number[], called: [] as string[], state: null as unknown as PublicState };
  socket.onAny((name: string, payload: { seq?: number; ticket?: { number?: string } }) => {
    if (name !== 'state' && typeof payload?.seq === 'number') b.seqs.push(payload.seq);
    if (name === 'ticket:called' && payload.ticket?.number) b.called.push(payload.ticket.number);
  });
  return new Promise((resolve) => socket.once('state', (s: PublicState) => resolve(Object.assign(b, { state: s }))));
}

describe('two hubs on one site', () => {
  it('the first hub writes, the second is a standby', async () => {
    expect(a.hub.ctx.engine.isWritable).toBe(true);
    expect(b.hub.ctx.engine.isWritable).toBe(false);
    expect((await api(b.url, '/healthz')).body.message).toMatch(/standby/);
  });

  it('tickets through both hubs: numbers unique and gap-free; a retry through the other hub gives the same ticket', async () => {
    const hubs = [a, b];
    const replies = await Promise.all(
      Array.from({ length: 40 }, (_, i) => api(hubs[i % 2].url, '/api/tickets', { body: { service: 'barang' }, headers: { 'Idempotency-Key': `kiosk-key-${i}` } })),
    );
    expect(replies.map((r) => r.status), JSON.stringify(replies.find((r) => r.status !== 201)?.body)).toEqual(replies.map(() => 201));
    const numbers = replies.map((r) => r.body.number as string).sort();
    expect(numbers).toEqual(Array.from({ length: 40 }, (_, i) => `B-${String(i + 1).padStart(3, '0')}`));
    const retry = await api(a.url, '/api/tickets', { body: { service: 'barang' }, headers: { 'Idempotency-Key': 'kiosk-key-1' } });
    expect(retry.body.id).toBe(replies[1].body.id);
    // The standby's own state follows: its public ticket view knows every ticket.
    await waitFor('the standby to follow', () => b.hub.ctx.engine.state.seq === a.hub.ctx.engine.state.seq);
    expect((await api(b.url, `/api/tickets/${replies[0].body.id}`)).body.number).toBe(replies[0].body.number);
  });

  it('a board on the standby sees a call made through the writer, in seq order with no gap; staff tokens work on both', async () => {
    const onB = await board(b.url);
    const onA = await board(a.url);
    const officer = await officerToken(a.url, await login(a.url));
    // The session was created on the writer; the standby reloads users and sessions when told.
    await waitFor('the standby to know the session', async () => (await api(b.url, '/api/me', { token: officer })).status === 200);
    await api(b.url, '/api/tickets', { body: { service: 'pendaftaran' } });
    const call = await api(b.url, '/api/counters/loket-1/call-next', { body: {}, token: officer });
    expect(call.status).toBe(200);
    await waitFor('the call on the standby board', () => onB.called.includes('A-001'));
    await waitFor('the call on the writer board', () => onA.called.includes('A-001'));
    for (const bd of [onA, onB]) {
      const first = bd.state.seq;
      expect(bd.seqs[0]).toBe(first + 1);
      bd.seqs.forEach((s, i) => i > 0 && expect(s).toBeGreaterThan(bd.seqs[i - 1]));
    }
    expect(onB.seqs).toEqual(onA.seqs);
  });

  it("two sites in one database stay apart: own writer, own numbers, nothing of one reaches the other site's sockets", async () => {
    expect(other.hub.ctx.engine.isWritable).toBe(true);
    const onOther = await board(other.url);
    const onDua = await board(b.url);
    const before = onDua.seqs.length;
    const mine = await api(other.url, '/api/tickets', { body: { service: 'barang' } });
    expect(mine.body.number).toBe('B-001');
    await waitFor('the other site board', () => onOther.seqs.length >= 1);
    // A change on site "dua" afterwards: its board gets it, the other site's board does not.
    await api(a.url, '/api/tickets', { body: { service: 'barang' } });
    await waitFor('the dua board', () => onDua.seqs.length > before);
    expect(onOther.seqs).toEqual([onOther.state.seq + 1]);
    expect(onDua.state.seq).toBeGreaterThan(40);
    expect(other.hub.ctx.engine.state.seq).toBe(onOther.state.seq + 1);
  });
});
