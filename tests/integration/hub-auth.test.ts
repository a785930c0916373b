// Roles, sessions and what public callers can never see.
import { io } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

const SECRET_KEYS = /"(passwordHash|password|token|tokenHash|session|username|displayName|by|idempotencyKey|officer|me|staff)"/;

describe('auth', () => {
  it('anonymous call-next is 401', async () => {
    const r = await api(hub.url, '/api/counters/loket-1/call-next', { body: {} });
    expect(r.status).toBe(401);
    expect(r.body.error.code).toBe('unauthorized');
  });

  it('a wrong password is 401 and audit-logged without the password', async () => {
    const r = await api(hub.url, '/api/login', { body: { username: 'admin', password: 'salah-sekali' } });
    expect(r.status).toBe(401);
    const audit = await api(hub.url, '/api/admin/audit', { token: admin });
    const failed = audit.body.entries.filter((e: { action: string }) => e.action === 'login.failed');
    expect(failed.length).toBeGreaterThan(0);
    expect(JSON.stringify(audit.body)).not.toContain('salah-sekali');
  });

  it('an officer on an admin route is 403; an admin gets in', async () => {
    expect((await api(hub.url, '/api/admin/users', { token: officer })).status).toBe(403);
    expect((await api(hub.url, '/api/admin/config', { token: officer })).status).toBe(403);
    expect((await api(hub.url, '/api/admin/users', { token: admin })).status).toBe(200);
  });

  it('the login sets an HttpOnly SameSite=Strict cookie that works like the token', async () => {
    const res = await fetch(`${hub.url}/api/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: hub.adminPassword }),
    });
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/giliran_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    const me = await fetch(`${hub.url}/api/me`, { headers: { cookie: cookie.split(';')[0] } });
    expect(me.status).toBe(200);
  });

  it('logout ends the session', async () => {
    const t = await login(hub.url);
    await api(hub.url, '/api/logout', { body: {}, token: t });
    expect((await api(hub.url, '/api/me', { token: t })).status).toBe(401);
  });

  it('repeated failed logins are slowed down', async () => {
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      await api(hub.url, '/api/login', { body: { username: 'petugas1', password: `wrong-${i}` } });
      times.push(performance.now() - t0);
    }
    // The 5th failure waits at least the 500 ms back-off; the 1st does not.
    expect(times[4]).toBeGreaterThan(450);
    expect(hub.hub.ctx.auth.loginDelayMs('petugas1')).toBeGreaterThan(0);
  });

  it('passwords are stored hashed with scrypt, never in clear', async () => {
    const { readFileSync } = await import('node:fs');
    const text = readFileSync(`${hub.dataDir}/auth.json`, 'utf8');
    expect(text).not.toContain(hub.adminPassword);
    expect(text).toMatch(/"passwordHash":"scrypt\$/);
    expect(text).not.toContain(admin);
  });
});

describe('public views hold nothing personal', () => {
  it('the snapshot and the public events carry no user, session, token or hash', async () => {
    const received: string[] = [];
    const socket = io(hub.url, { transports: ['websocket'], forceNew: true });
    socket.onAny((name, payload) => received.push(`${name} ${JSON.stringify(payload)}`));
    await new Promise<void>((r) => socket.once('state', () => r()));
    const t = await api(hub.url, '/api/tickets', { body: { service: 'pendaftaran' } });
    const call = await api(hub.url, '/api/counters/loket-1/call-next', { body: {}, token: officer });
    expect(call.status).toBe(200);
    await api(hub.url, `/api/tickets/${t.body.id}/start`, { body: {}, token: officer });
    await api(hub.url, '/api/counters/loket-1/pause', { body: {}, token: officer });
    await api(hub.url, '/api/counters/loket-1/open', { body: {}, token: officer });
    const expected = ['state', 'ticket:issued', 'ticket:called', 'ticket:updated', 'counter:updated'];
    await waitFor(() => expected.every((name) => received.some((r) => r.startsWith(`${name} `))), { what: 'every kind of broadcast' });
    socket.close();
    const names = received.map((r) => r.split(' ')[0]);
    expect(names).toEqual(expect.arrayContaining(['state', 'ticket:issued', 'ticket:called', 'ticket:updated', 'counter:updated']));
    for (const r of received) expect(r).not.toMatch(SECRET_KEYS);
    // Ticket ids are the holder's secret link: never broadcast.
    for (const r of received) expect(r).not.toContain(t.body.id);
    const snapshot = await api(hub.url, '/api/state');
    expect(JSON.stringify(snapshot.body)).not.toMatch(SECRET_KEYS);
    expect(JSON.stringify(await api(hub.url, `/api/tickets/${t.body.id}`))).not.toMatch(/petugas1|"by"/);
  });

  it('a public socket cannot send a command', async () => {
    const socket = io(hub.url, { transports: ['websocket'], forceNew: true });
    await new Promise<void>((r) => socket.once('state', () => r()));
    const before = (await api(hub.url, '/api/state')).body.seq;
    for (const name of ['call-next', 'callNext', 'ticket:called', 'issue', 'admin']) socket.emit(name, { counter: 'loket-1', service: 'pendaftaran' });
    await new Promise((r) => setTimeout(r, 200)); // a short wait to prove that nothing happens
    expect((await api(hub.url, '/api/state')).body.seq).toBe(before);
    socket.close();
  });
});
