// Sessions end for real: logout, a disabled user, a new role or password, an admin ending one,
// idle timeout and lifetime; an open staff socket is cut at once and gets nothing more. Logins:
// parallel guesses queue behind the back-off and lock the user; nothing typed as a username is
// echoed into the audit unless it names a user; junk logouts write nothing.
import { createHash, randomBytes, scryptSync } from 'node:crypto';
import { mkdirSync, statSync, writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { io, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, login, officerToken, startTestHub, tempDataDir, type TestHub } from '../helpers/test-hub.js';
import { waitFor } from '../helpers/wait-for.js';

let offsetMs = 0;
const clock = { now: () => new Date(Date.now() + offsetMs) };
let hub: TestHub;
let admin: string;
beforeAll(async () => {
  hub = await startTestHub({ clock });
  admin = await login(hub.url);
});
afterAll(() => hub.close());

const sockets: Socket[] = [];
afterAll(() => sockets.forEach((s) => s.close()));
async function staffSocket(token: string): Promise<{ socket: Socket; cut: Promise<string> }> {
  const socket = io(hub.url, { transports: ['websocket'], forceNew: true, reconnection: false, auth: { token } });
  sockets.push(socket);
  const cut = new Promise<string>((r) => socket.on('disconnect', (reason) => r(reason)));
  const state = await new Promise<{ me?: unknown }>((r) => socket.once('state', r));
  expect(state.me).toBeDefined(); // a staff snapshot
  return { socket, cut };
}

describe('an ended session loses its live socket', () => {
  const cases: [string, (username: string, token: string) => Promise<unknown>][] = [
    ['logout', (_u, token) => api(hub.url, '/api/logout', { body: {}, token })],
    ['disabling the user', (u) => api(hub.url, `/api/admin/users/${u}`, { method: 'PATCH', body: { disabled: true }, token: admin })],
    ['a role change', (u) => api(hub.url, `/api/admin/users/${u}`, { method: 'PATCH', body: { role: 'admin' }, token: admin })],
    ['a new password', (u) => api(hub.url, `/api/admin/users/${u}`, { method: 'PATCH', body: { password: 'kata-sandi-baru-1' }, token: admin })],
    [
      'an admin ending it',
      async (u) => {
        const list = (await api(hub.url, '/api/admin/sessions', { token: admin })).body.sessions as { id: string; username: string }[];
        const mine = list.find((s) => s.username === u)!;
        expect((await api(hub.url, `/api/admin/sessions/${mine.id}`, { method: 'DELETE', token: admin })).status).toBe(200);
      },
    ],
  ];
  cases.forEach(([what, end], i) => {
    it(what, async () => {
      const username = `petugas-s${i}`;
      const token = await officerToken(hub.url, admin, username);
      const { socket, cut } = await staffSocket(token);
      await end(username, token);
      expect(await cut).toBe('io server disconnect');
      expect(socket.connected).toBe(false);
      expect((await api(hub.url, '/api/me', { token })).status).toBe(401);
    });
  });

  it('idle timeout: an unused session ends and its socket is cut by the timer', async () => {
    const token = await officerToken(hub.url, admin, 'petugas-idle');
    const { cut } = await staffSocket(token);
    // Keep the admin's own session alive across the jump.
    offsetMs += 61 * 60_000;
    expect(await cut).toBe('io server disconnect');
    expect((await api(hub.url, '/api/me', { token })).status).toBe(401);
    admin = await login(hub.url);
  });

  it('the admin sees live sessions, never a token or a whole hash', async () => {
    const token = await officerToken(hub.url, admin, 'petugas-list');
    const r = await api(hub.url, '/api/admin/sessions', { token: admin });
    expect(r.body.sessions.map((s: { username: string }) => s.username)).toEqual(expect.arrayContaining(['admin', 'petugas-list']));
    const hash = createHash('sha256').update(token).digest('hex');
    expect(JSON.stringify(r.body)).not.toContain(token);
    expect(JSON.stringify(r.body)).not.toContain(hash);
  });
});

describe('logins', () => {
  it('parallel guesses queue behind the back-off and lock the user, even for the right password', async () => {
    await officerToken(hub.url, admin, 'petugas-tebak');
    const guesses = await Promise.all(Array.from({ length: 8 }, (_, i) => api(hub.url, '/api/login', { body: { username: 'petugas-tebak', password: `salah-${i}` } })));
    expect(guesses.map((g) => g.status)).toEqual(Array(8).fill(401));
    const right = await api(hub.url, '/api/login', { body: { username: 'petugas-tebak', password: 'petugas-rahasia-1' } });
    expect(right.status).toBe(429);
    expect(right.body.error.code).toBe('rate_limited');
    expect(Number(right.headers.get('retry-after'))).toBeGreaterThan(0);
  }, 120_000);

  it('what was typed as a username is not echoed into the audit unless it names a user', async () => {
    const typed = 'Rahasia-Sekali-2026!';
    await api(hub.url, '/api/login', { body: { username: typed, password: 'apa-saja-123' } });
    const audit = await api(hub.url, '/api/admin/audit?action=login.failed', { token: admin });
    expect(JSON.stringify(audit.body)).not.toContain(typed);
    expect(audit.body.entries.some((e: { detail: { unknownUser?: boolean } }) => e.detail.unknownUser)).toBe(true);
  });

  it('a logout with a junk token writes nothing', async () => {
    const file = join(hub.dataDir, 'auth.json');
    const before = statSync(file).mtimeMs;
    for (let i = 0; i < 200; i++) await api(hub.url, '/api/logout', { body: {}, token: randomBytes(32).toString('base64url') });
    expect(statSync(file).mtimeMs).toBe(before);
  });
});

describe('password hashes', () => {
  it('new hashes use scrypt N=2^17; an older 2^14 hash still signs in and is upgraded', async () => {
    const dir = tempDataDir();
    mkdirSync(dir, { recursive: true });
    const salt = randomBytes(16);
    const key = scryptSync('sandi-lama-123', salt, 32, { N: 16384, r: 8, p: 1 });
    const old = ['scrypt', 16384, 8, 1, salt.toString('base64'), key.toString('base64')].join('$');
    const user = { username: 'lama', displayName: 'Lama', role: 'admin', passwordHash: old, disabled: false, createdAt: new Date().toISOString() };
    writeFileSync(join(dir, 'auth.json'), JSON.stringify({ users: [user], sessions: [] }));
    const h = await startTestHub({ dataDir: dir, env: { PASSWORD_HASH_COST: '17' } });
    try {
      expect((await api(h.url, '/api/login', { body: { username: 'lama', password: 'sandi-lama-123' } })).status).toBe(200);
      const stored = JSON.parse(readFileSync(join(dir, 'auth.json'), 'utf8')).users[0].passwordHash as string;
      expect(stored.startsWith('scrypt$131072$8$1$')).toBe(true);
      expect((await api(h.url, '/api/login', { body: { username: 'lama', password: 'sandi-lama-123' } })).status).toBe(200);
    } finally {
      await h.close();
    }
  }, 60_000);
});
