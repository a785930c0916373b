// The first admin password: a first start that cannot listen (port in use) creates nobody, the
// next start on a free port prints the generated password once, and its first login must change it.
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { api, exited, spawnHub, tempDataDir } from '../helpers/test-hub.js';
import { waitForValue } from '../helpers/wait-for.js';

const children: ReturnType<typeof spawnHub>[] = [];
afterAll(async () => {
  for (const h of children) {
    h.child.kill('SIGTERM');
    await exited(h.child);
  }
});

function occupy(): Promise<{ server: Server; port: number }> {
  return new Promise((ok) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => ok({ server, port: (server.address() as { port: number }).port }));
  });
}

describe('first admin password', () => {
  it('a failed first start creates no user; the next start prints the password; the first login must change it', async () => {
    const dataDir = tempDataDir();
    const busy = await occupy();
    const failed = spawnHub({ DATA_DIR: dataDir, PORT: String(busy.port), ADMIN_PASSWORD: '' });
    children.push(failed);
    await exited(failed.child);
    busy.server.close();
    expect(failed.child.exitCode).toBe(4);
    expect(failed.output()).toContain('port is already in use');
    expect(failed.output()).not.toContain('First start');
    const auth = join(dataDir, 'auth.json');
    if (existsSync(auth)) {
      const { readFileSync } = await import('node:fs');
      expect(JSON.parse(readFileSync(auth, 'utf8')).users).toEqual([]);
    }

    const hub = spawnHub({ DATA_DIR: dataDir, PORT: '0', ADMIN_PASSWORD: '' });
    children.push(hub);
    const url = await hub.ready;
    const m = await waitForValue(() => /First start: user "admin"[\s\S]*?\n\s+(\S+)\n/.exec(hub.output()), (found) => found !== null, {
      timeoutMs: 20_000,
      intervalMs: 50,
      what: 'the printed first password',
    });
    const password = m![1];

    const login = await api(url, '/api/login', { body: { username: 'admin', password } });
    expect(login.status).toBe(200);
    expect(login.body.user.mustChangePassword).toBe(true);
    const token = login.body.token as string;
    expect((await api(url, '/api/me', { token })).body.user.mustChangePassword).toBe(true);

    const wrong = await api(url, '/api/me/password', { token, body: { current: 'not-it-at-all', next: 'baru-rahasia-99' } });
    expect(wrong.status).toBe(403);
    expect(wrong.body.error.code).toBe('wrong_password');
    const same = await api(url, '/api/me/password', { token, body: { current: password, next: password } });
    expect(same.body.error.code).toBe('same_password');
    const short = await api(url, '/api/me/password', { token, body: { current: password, next: 'pendek' } });
    expect(short.status).toBe(400);
    expect(short.body.error.details[0]).toMatchObject({ path: 'next', code: 'too_small', minimum: 8 });

    const ok = await api(url, '/api/me/password', { token, body: { current: password, next: 'baru-rahasia-99' } });
    expect(ok.status).toBe(200);
    expect(ok.body.user.mustChangePassword).toBeUndefined();
    expect((await api(url, '/api/me', { token })).body.user.mustChangePassword).toBeUndefined();
    expect((await api(url, '/api/login', { body: { username: 'admin', password } })).status).toBe(401);
    expect((await api(url, '/api/login', { body: { username: 'admin', password: 'baru-rahasia-99' } })).status).toBe(200);
  }, 60_000);

  it('a hub started on a data folder with users prints no password', async () => {
    const dataDir = tempDataDir();
    const first = spawnHub({ DATA_DIR: dataDir, PORT: '0' }); // ADMIN_PASSWORD from the helper: chosen, not printed
    children.push(first);
    const url = await first.ready;
    const r = await api(url, '/api/login', { body: { username: 'admin', password: 'rahasia-admin-123' } });
    expect(r.status).toBe(200);
    expect(r.body.user.mustChangePassword).toBeUndefined();
    expect(first.output()).not.toContain('First start');
  }, 60_000);
});
