// 5,000 random and malformed REST bodies and socket payloads: the hub stays up, never answers
// 5xx, and every refusal is a 4xx in the one envelope.
import { io } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, login, startTestHub, type TestHub } from '../helpers/test-hub.js';

let hub: TestHub;
let token: string;
beforeAll(async () => {
  hub = await startTestHub();
  token = await login(hub.url);
});
afterAll(async () => {
  await hub.close();
});

function rng(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}
const random = rng(42);
const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];

function randomValue(depth = 0): unknown {
  const r = random();
  if (depth > 3 || r < 0.2) return pick([null, true, false, 0, -1, 1e308, 3.5, '', 'pendaftaran', 'A', '../../etc/passwd', '\u0000', 'x'.repeat(300), '<script>', '💥']);
  if (r < 0.4) return Math.floor(random() * 1e6) - 5e5;
  if (r < 0.6) return Array.from({ length: Math.floor(random() * 4) }, () => randomValue(depth + 1));
  const keys = ['service', 'priority', 'device', 'username', 'password', 'ticketId', 'reason', 'transferTo', 'counter', '__proto__', 'constructor', 'settings', 'services'];
  return Object.fromEntries(Array.from({ length: Math.floor(random() * 4) }, () => [pick(keys), randomValue(depth + 1)]));
}

function randomRaw(): string {
  const r = random();
  if (r < 0.5) return JSON.stringify(randomValue());
  if (r < 0.7) return JSON.stringify(randomValue()).slice(0, Math.floor(random() * 20));
  if (r < 0.8) return '{"__proto__": {"admin": true}, "service": "pendaftaran"}';
  return Buffer.from(Array.from({ length: 40 }, () => Math.floor(random() * 256))).toString('latin1');
}

const ROUTES: [string, string][] = [
  ['POST', '/api/tickets'],
  ['POST', '/api/login'],
  ['GET', '/api/tickets/%ID%'],
  ['POST', '/api/tickets/%ID%/recall'],
  ['POST', '/api/tickets/%ID%/finish'],
  ['POST', '/api/tickets/%ID%/transfer'],
  ['POST', '/api/counters/%ID%/call-next'],
  ['POST', '/api/counters/%ID%/call'],
  ['POST', '/api/counters/%ID%/pause'],
  ['PUT', '/api/admin/config'],
  ['POST', '/api/admin/users'],
  ['PATCH', '/api/admin/users/%ID%'],
  ['DELETE', '/api/tickets'],
];
const IDS = ['loket-1', 'AAAAAAAAAAAAAAAAAAAAAA', '..%2F..%2Fetc', '%00', 'x'.repeat(200), '🙂', 'admin'];

describe('fuzzing', () => {
  it('5,000 random REST requests: no 5xx, every error a 4xx envelope, the hub keeps serving', async () => {
    const statuses = new Map<number, number>();
    const bad: string[] = [];
    for (let batch = 0; batch < 250; batch++) {
      await Promise.all(
        Array.from({ length: 20 }, async () => {
          const [method, template] = pick(ROUTES);
          const path = template.replace('%ID%', pick(IDS));
          const headers: Record<string, string> = {};
          if (random() < 0.3) headers['Idempotency-Key'] = pick(['k', 'valid-key-12345', 'x'.repeat(300), '\t']);
          if (random() < 0.2) headers['content-type'] = pick(['text/plain', 'application/x-www-form-urlencoded', 'application/json; charset=latin1']);
          const r = await api(hub.url, path, { method, raw: method === 'GET' ? undefined : randomRaw(), token: random() < 0.5 ? token : undefined, headers });
          statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1);
          const envelope = typeof r.body === 'object' && r.body !== null && typeof r.body.error?.code === 'string' && typeof r.body.error?.message === 'string';
          if (r.status >= 500 || (r.status >= 400 && !envelope)) bad.push(`${method} ${path} -> ${r.status} ${JSON.stringify(r.body).slice(0, 200)}`);
        }),
      );
    }
    expect(bad).toEqual([]);
    const total = [...statuses.values()].reduce((a, b) => a + b, 0);
    const fourxx = [...statuses].filter(([s]) => s >= 400 && s < 500).reduce((a, [, n]) => a + n, 0);
    expect(total).toBe(5000);
    expect(fourxx / total).toBeGreaterThan(0.9);
    expect((await api(hub.url, '/healthz')).body.ok).toBe(true);
    expect((await api(hub.url, '/api/tickets', { body: { service: 'pendaftaran' } })).status).toBe(201);
  }, 120_000);

  it('random socket events and payloads change nothing and do not bring the hub down', async () => {
    const before = (await api(hub.url, '/api/state')).body.seq;
    const sockets = Array.from({ length: 5 }, () => io(hub.url, { transports: ['websocket'], forceNew: true }));
    await Promise.all(sockets.map((s) => new Promise((r) => s.once('state', r))));
    for (let i = 0; i < 1000; i++) {
      const s = pick(sockets);
      const name = pick(['snapshot', 'call-next', 'ticket:called', 'state', 'admin', 'x'.repeat(100), '__proto__']);
      s.emit(name, randomValue(), randomValue());
    }
    // A snapshot request with no callback, and one with a huge payload (over the size limit).
    sockets[0].emit('snapshot');
    sockets[1].emit('snapshot', 'x'.repeat(64 * 1024));
    await new Promise((r) => setTimeout(r, 500)); // a short wait to prove that nothing changes
    expect((await api(hub.url, '/api/state')).body.seq).toBe(before);
    const fresh = io(hub.url, { transports: ['websocket'], forceNew: true });
    const state = await new Promise<{ seq: number }>((r) => fresh.once('state', r));
    expect(state.seq).toBe(before);
    for (const s of [...sockets, fresh]) s.close();
  });
});
