// No flood can grow the hub without bound: snapshots one at a time and about once a second, a
// socket that does not read is cut, connections per address are capped, phone pages watch only
// real tickets and only a few per ticket. Floods are bounded in count and time, on loopback.
import { io, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawSocketIo } from '../helpers/raw-websocket.js';
import { api, login, officerToken, startTestHub, type TestHub } from '../helpers/test-hub.js';
import { waitFor } from '../helpers/wait-for.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const connected = (s: Socket) => new Promise<void>((ok, fail) => (s.once('connect', () => ok()), s.once('connect_error', fail)));
const sockets: Socket[] = [];
function client(url: string, opts: Record<string, unknown> = {}): Socket {
  const s = io(url, { transports: ['websocket'], forceNew: true, reconnection: false, ...opts });
  sockets.push(s);
  return s;
}
afterAll(() => sockets.forEach((s) => s.close()));

describe('snapshots', () => {
  let hub: TestHub;
  let officer: string;
  beforeAll(async () => {
    hub = await startTestHub();
    officer = await officerToken(hub.url, await login(hub.url));
    for (let i = 0; i < 20; i++) await api(hub.url, '/api/tickets', { body: { service: 'pendaftaran' } });
  });
  afterAll(() => hub.close());

  it('5,000 requests from one staff socket get about one answer a second', async () => {
    const s = client(hub.url, { auth: { token: officer } });
    await connected(s);
    let answers = 0;
    const t0 = Date.now();
    for (let i = 0; i < 5000; i++) s.emit('snapshot', () => answers++);
    await sleep(2500); // the window counted: the answers it holds are the assertion
    const seconds = (Date.now() - t0) / 1000;
    expect(answers).toBeGreaterThanOrEqual(1);
    expect(answers).toBeLessThanOrEqual(Math.ceil(seconds) + 1);
    expect(s.connected).toBe(true); // chatty, not cut
  });

  it('a raw socket that floods snapshots and never reads is cut once its unsent data passes the bound', async () => {
    // Snapshot pacing off, so only the unsent-data bound stands between the flood and the heap.
    const h = await startTestHub({ liveLimits: { snapshotIntervalMs: 0, snapshotBacklogBytes: Number.POSITIVE_INFINITY, maxUnsentBytes: 64 * 1024 } });
    try {
      const adminToken = await login(h.url);
      const token = await officerToken(h.url, adminToken, 'petugas9');
      for (let i = 0; i < 60; i++) await api(h.url, '/api/tickets', { body: { service: 'barang' } });
      const raw = await rawSocketIo(h.url, { authorization: `Bearer ${token}` });
      await waitFor(() => h.hub.io.of('/').sockets.size === 1);
      raw.stopReading();
      for (let i = 0; i < 2000; i++) raw.send(`2${i}["snapshot"]`);
      // Each staff snapshot is tens of KB: far past the bound if nothing cut it.
      await waitFor(() => h.hub.io.of('/').sockets.size === 0, { timeoutMs: 30_000 });
      raw.socket.destroy();
    } finally {
      await h.close();
    }
  });
});

describe('connections per address', () => {
  it('refuses the connection over the cap, and takes one again when one closes', async () => {
    const hub = await startTestHub({ env: { SOCKETS_PER_ADDRESS: '3' } });
    try {
      const open = [client(hub.url), client(hub.url), client(hub.url)];
      await Promise.all(open.map(connected));
      await expect(connected(client(hub.url))).rejects.toThrow();
      open[0].close();
      await waitFor(() => hub.hub.io.of('/').sockets.size === 2);
      await connected(client(hub.url));
    } finally {
      await hub.close();
    }
  });
});

describe('phone pages', () => {
  let hub: TestHub;
  let officer: string;
  beforeAll(async () => {
    hub = await startTestHub();
    officer = await officerToken(hub.url, await login(hub.url));
  });
  afterAll(() => hub.close());

  it('an id of the right shape that is no ticket watches nothing', async () => {
    const s = client(hub.url, { auth: { ticket: 'A'.repeat(22) } });
    const mine: unknown[] = [];
    s.on('ticket:mine', (t) => mine.push(t));
    await connected(s);
    await api(hub.url, '/api/tickets', { body: { service: 'pendaftaran' } });
    await sleep(300); // a short wait to prove that nothing arrives
    expect(mine).toEqual([]);
    expect(hub.hub.io.of('/').adapter.rooms.get(`t:${'A'.repeat(22)}`)).toBeUndefined();
  });

  it('a few pages per ticket follow it; more are plain public sockets', async () => {
    const t = (await api(hub.url, '/api/tickets', { body: { service: 'informasi' } })).body;
    const pages = Array.from({ length: 7 }, () => client(hub.url, { auth: { ticket: t.id } }));
    const got = pages.map(() => [] as { status: string }[]);
    pages.forEach((p, i) => p.on('ticket:mine', (v) => got[i].push(v)));
    await Promise.all(pages.map(connected));
    await waitFor(() => got.filter((g) => g.length > 0).length >= 5);
    await api(hub.url, '/api/counters/loket-4/call-next', { body: {}, token: officer });
    await waitFor(() => got.filter((g) => g.some((v) => v.status === 'called')).length === 5);
    await sleep(200); // a short wait to prove that no sixth page hears it
    expect(got.filter((g) => g.some((v) => v.status === 'called'))).toHaveLength(5);
    expect(got.filter((g) => g.length === 0)).toHaveLength(2);
  });
});
