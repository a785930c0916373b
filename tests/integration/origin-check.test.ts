// Cross-site requests: a page on another port of the same host (same site, so SameSite=Strict
// cookies are sent) must not change anything with an officer's cookie, nor open a staff socket.
import { io, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, startTestHub, type TestHub } from '../helpers/test-hub.js';

let hub: TestHub;
let cookie: string;
let evil: string;
const PROXY = 'https://antrian.example.go.id';

beforeAll(async () => {
  hub = await startTestHub({ env: { ALLOWED_ORIGINS: `${PROXY}, http://10.0.0.9:8080` } });
  const res = await fetch(`${hub.url}/api/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: hub.url },
    body: JSON.stringify({ username: 'admin', password: hub.adminPassword }),
  });
  expect(res.status).toBe(200);
  cookie = (res.headers.get('set-cookie') ?? '').split(';')[0]!;
  evil = `http://127.0.0.1:${hub.port === 65535 ? 65534 : hub.port + 1}`;
});
afterAll(async () => {
  await hub.close();
});

const pause = (headers: Record<string, string>) => api(hub.url, '/api/counters/loket-1/pause', { body: {}, headers: { cookie, ...headers } });
const open = (headers: Record<string, string>) => api(hub.url, '/api/counters/loket-1/open', { body: {}, headers: { cookie, ...headers } });

describe('origin checks on state-changing requests', () => {
  it('refuses a request from another port of the same host, even with a valid session cookie', async () => {
    const r = await pause({ origin: evil });
    expect(r.status).toBe(403);
    expect(r.body.error.code).toBe('forbidden_origin');
    expect(hub.hub.ctx.engine.state.counters.get('loket-1')?.status).toBe('open');
  });

  it("passes the hub's own origin and the configured proxy origin", async () => {
    expect((await pause({ origin: hub.url })).status).toBe(200);
    expect(hub.hub.ctx.engine.state.counters.get('loket-1')?.status).toBe('paused');
    expect((await open({ origin: PROXY })).status).toBe(200);
    expect(hub.hub.ctx.engine.state.counters.get('loket-1')?.status).toBe('open');
  });

  it('judges Sec-Fetch-Site when Origin is absent', async () => {
    const r = await pause({ 'sec-fetch-site': 'same-site' });
    expect(r.status).toBe(403);
    expect(r.body.error.code).toBe('forbidden_origin');
    expect((await pause({ 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    expect((await pause({ 'sec-fetch-site': 'same-origin' })).status).toBe(200);
    expect((await open({})).status).toBe(200);
  });

  it('refuses a login and a ticket from a foreign origin, and Origin: null', async () => {
    const login = await api(hub.url, '/api/login', { body: { username: 'admin', password: hub.adminPassword }, headers: { origin: evil } });
    expect(login.status).toBe(403);
    const ticket = await api(hub.url, '/api/tickets', { body: { service: 'pendaftaran' }, headers: { origin: 'null' } });
    expect(ticket.status).toBe(403);
  });

  it('lets reads through whatever their origin (they change nothing)', async () => {
    expect((await api(hub.url, '/api/me', { headers: { cookie, origin: evil } })).status).toBe(200);
  });

  it('lets clients with neither header through (curl, API clients with a bearer token)', async () => {
    expect((await pause({})).status).toBe(200);
    expect((await open({})).status).toBe(200);
  });
});

function connect(headers: Record<string, string>): Promise<{ socket: Socket; result: 'staff' | 'public' | string }> {
  const socket = io(hub.url, { transports: ['websocket'], forceNew: true, reconnection: false, extraHeaders: headers });
  return new Promise((resolve) => {
    socket.once('state', (s: { me?: unknown }) => resolve({ socket, result: s.me ? 'staff' : 'public' }));
    socket.once('connect_error', (e) => resolve({ socket, result: `refused: ${e.message}` }));
  });
}

describe('origin checks on staff socket handshakes', () => {
  it('refuses a staff handshake (session cookie) from another origin', async () => {
    const { socket, result } = await connect({ cookie, origin: evil });
    socket.close();
    expect(result).toBe('refused: forbidden_origin');
  });

  it("accepts the staff handshake from the hub's own origin", async () => {
    const { socket, result } = await connect({ cookie, origin: hub.url });
    socket.close();
    expect(result).toBe('staff');
  });

  it('leaves public sockets (no session) alone', async () => {
    const { socket, result } = await connect({ origin: evil });
    socket.close();
    expect(result).toBe('public');
  });
});
