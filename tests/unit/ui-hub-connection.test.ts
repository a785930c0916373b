// HubConnection against a real socket.io server standing in for the hub: snapshot on connect,
// numbered events, a fresh snapshot on a seq gap, reconnect after the server comes back, cleanup.
import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server } from 'socket.io';
import { afterEach, describe, expect, it } from 'vitest';
import type { LiveEvent } from '../../protocol/live.js';
import type { PublicState } from '../../protocol/public.js';
import { HubConnection } from '../../ui/hub-connection.js';
import { waitFor } from '../helpers/wait-for.js';

function makeState(seq: number, waiting = 0): PublicState {
  return {
    seq,
    day: '2025-01-01',
    now: new Date().toISOString(),
    site: { siteName: 'Test', timezone: 'Asia/Makassar', runningText: '', numberReading: 'words', voice: { voice: true, chime: true, volume: 1, browserSpeech: false }, maxRecalls: 3 },
    services: [
      { id: 'pendaftaran', prefix: 'A', name: { id: 'Pendaftaran', en: 'Registration' }, open: true, closedReason: null, dailyQuota: null, issuedToday: 0, waiting, next: null, estimatedWaitMinutes: 0, sessions: [] },
    ],
    counters: [],
    recentCalls: [],
  };
}

interface FakeHub {
  url: string;
  io: Server;
  http: HttpServer;
  truth: PublicState;
  snapshots: number;
  close(): Promise<void>;
}

async function startFakeHub(port = 0, truth = makeState(5)): Promise<FakeHub> {
  const http = createServer();
  const io = new Server(http);
  const hub: FakeHub = { url: '', io, http, truth, snapshots: 0, close: async () => {} };
  io.on('connection', (socket) => {
    socket.emit('state', hub.truth);
    socket.on('snapshot', (ack: (s: PublicState) => void) => {
      hub.snapshots++;
      ack(hub.truth);
    });
  });
  await new Promise<void>((r) => http.listen(port, '127.0.0.1', r));
  hub.url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  hub.close = () =>
    new Promise<void>((r) => {
      io.close();
      http.close(() => r());
      http.closeAllConnections();
    });
  return hub;
}

/** Advances the fake hub's truth by one service update and broadcasts it (unless skipped). */
function bump(hub: FakeHub, send = true): LiveEvent {
  const waiting = hub.truth.services[0].waiting + 1;
  const e: LiveEvent = { seq: hub.truth.seq + 1, services: [{ ...hub.truth.services[0], waiting }] };
  hub.truth = { ...hub.truth, seq: e.seq, services: e.services! };
  if (send) hub.io.emit('ticket:issued', e);
  return e;
}

let hub: FakeHub | null = null;
let conn: HubConnection | null = null;
afterEach(async () => {
  conn?.disconnect();
  await hub?.close();
  hub = conn = null;
});

describe('HubConnection', () => {
  it('takes the snapshot on connect and applies numbered events in order', async () => {
    hub = await startFakeHub();
    conn = new HubConnection(undefined, { url: hub.url });
    const seen: number[] = [];
    conn.on('ticket:issued', (e) => seen.push(e.seq));
    conn.connect();
    await waitFor(() => conn!.state?.seq === 5);
    expect(conn.status).toBe('online');
    bump(hub);
    bump(hub);
    await waitFor(() => conn!.state?.seq === 7);
    expect(conn.state!.services[0].waiting).toBe(2);
    expect(seen).toEqual([6, 7]);
    expect(hub.snapshots).toBe(0);
  });

  it('asks for a fresh snapshot when an event is missing', async () => {
    hub = await startFakeHub();
    conn = new HubConnection(undefined, { url: hub.url });
    conn.connect();
    await waitFor(() => conn!.state?.seq === 5);
    bump(hub, false); // seq 6 lost
    bump(hub); // seq 7 arrives: a gap
    await waitFor(() => conn!.state?.seq === 7);
    expect(hub.snapshots).toBe(1);
    expect(conn.state!.services[0].waiting).toBe(2);
  });

  it('shows offline with the time lost, and comes back to the same port with the new state', async () => {
    hub = await startFakeHub();
    const port = Number(new URL(hub.url).port);
    conn = new HubConnection(undefined, { url: hub.url, maxDelayMs: 300 });
    const statuses: string[] = [];
    conn.on('status', (s) => statuses.push(s));
    conn.connect();
    await waitFor(() => conn!.status === 'online');
    const truth = hub.truth;
    await hub.close();
    await waitFor(() => conn!.status === 'offline');
    expect(conn.offlineSince).toBeTypeOf('number');
    hub = await startFakeHub(port, { ...truth, seq: 40 });
    await waitFor(() => conn!.status === 'online' && conn!.state?.seq === 40, { timeoutMs: 8000 });
    expect(conn.offlineSince).toBeNull();
    expect(statuses).toEqual(['online', 'offline', 'online']);
  });

  it('follows printer status, ticket:mine and hub health', async () => {
    hub = await startFakeHub();
    conn = new HubConnection(undefined, { url: hub.url, ticket: 'abcdefghijkl' });
    let changes = 0;
    conn.subscribe(() => changes++);
    conn.connect();
    await waitFor(() => conn!.status === 'online');
    const [socket] = await hub.io.fetchSockets();
    expect(socket.handshake.auth).toEqual({ ticket: 'abcdefghijkl' });
    hub.io.emit('printer:updated', { id: 'kiosk-1', state: 'paper-out', queued: 1, failed: 0, checkedAt: null, message: 'paper out' });
    hub.io.emit('hub:health', { writable: false, message: 'disk full' });
    await waitFor(() => conn!.printers.get('kiosk-1')?.state === 'paper-out' && conn!.health?.writable === false);
    expect(changes).toBeGreaterThan(2);
  });

  it('leaves no socket behind after disconnect', async () => {
    hub = await startFakeHub();
    conn = new HubConnection(undefined, { url: hub.url });
    conn.connect();
    await waitFor(() => conn!.status === 'online');
    conn.disconnect();
    await waitFor(() => hub!.io.engine.clientsCount === 0);
    bump(hub);
    await new Promise((r) => setTimeout(r, 100)); // a short wait to prove that nothing arrives
    expect(conn.state!.seq).toBe(5);
  });
});
