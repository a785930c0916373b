// Starts the real hub for tests: port 0 on loopback, a temporary DATA_DIR, the real store.
// `restart()` starts a new hub on the same data and port, as a user restarting it would.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { createHub, type Hub } from '../../hub/app.js';
import { readConfig } from '../../hub/config.js';
import type { Clock } from '../../hub/engine/queue-engine.js';
import { printerFactoryFromEnv } from '../../hub/printer-from-env.js';
import type { LiveLimits } from '../../hub/live/live-server.js';

export const ADMIN_PASSWORD = 'rahasia-admin-123';
export const ROOT = resolve(import.meta.dirname, '../..');

export interface TestHub {
  url: string;
  port: number;
  dataDir: string;
  adminPassword: string;
  hub: Hub;
  close(): Promise<void>;
  restart(): Promise<void>;
}

export interface TestHubOptions {
  env?: Record<string, string>;
  dataDir?: string;
  clock?: Clock;
  port?: number;
  liveLimits?: Partial<LiveLimits>;
}

export function tempDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'giliran-test-'));
}

export async function startTestHub(opts: TestHubOptions = {}): Promise<TestHub> {
  const dataDir = opts.dataDir ?? tempDataDir();
  // scrypt at 2^14 keeps a suite of hundreds of logins fast; one test checks the default 2^17.
  const env = { ADMIN_PASSWORD, TICKET_RATE_LIMIT: '0', PASSWORD_HASH_COST: '14', ...opts.env, DATA_DIR: dataDir, PORT: String(opts.port ?? 0), HOST: '127.0.0.1' };
  const start = async (port: number) => {
    const config = readConfig({ ...env, PORT: String(port) });
    const printer = printerFactoryFromEnv(config, { log: () => {}, pollIntervalMs: 200 });
    const hub = await createHub({ config, clock: opts.clock, printer, log: () => {}, liveLimits: opts.liveLimits });
    await new Promise<void>((ok, fail) => {
      hub.server.once('error', fail);
      hub.server.listen(port, '127.0.0.1', () => ok());
    });
    // As `npm start` does: the first user exists before anyone is told the hub is up.
    await hub.generatedAdminPassword;
    return hub;
  };
  let hub = await start(opts.port ?? 0);
  const port = (hub.server.address() as AddressInfo).port;
  const t: TestHub = {
    url: `http://127.0.0.1:${port}`,
    port,
    dataDir,
    adminPassword: ADMIN_PASSWORD,
    hub,
    close: () => hub.close(),
    async restart() {
      await hub.close();
      hub = await start(port);
      t.hub = hub;
    },
  };
  return t;
}

/** JSON over fetch; returns status and parsed body. */
export async function api<T = any>(
  url: string,
  path: string,
  init: { method?: string; body?: unknown; token?: string; headers?: Record<string, string>; raw?: string } = {},
): Promise<{ status: number; body: T; headers: Headers }> {
  const headers: Record<string, string> = { ...init.headers };
  if (init.body !== undefined || init.raw !== undefined) headers['content-type'] = 'application/json';
  if (init.token) headers.authorization = `Bearer ${init.token}`;
  const res = await fetch(url + path, {
    method: init.method ?? (init.body !== undefined || init.raw !== undefined ? 'POST' : 'GET'),
    headers,
    body: init.raw ?? (init.body !== undefined ? JSON.stringify(init.body) : undefined),
  });
  const text = await res.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    /* not JSON */
  }
  return { status: res.status, body: body as T, headers: res.headers };
}

export async function login(url: string, username = 'admin', password = ADMIN_PASSWORD): Promise<string> {
  const r = await api<{ token: string }>(url, '/api/login', { body: { username, password } });
  if (r.status !== 200) throw new Error(`login failed: ${r.status} ${JSON.stringify(r.body)}`);
  return r.body.token;
}

/** Creates an officer through the admin API and returns its token. */
export async function officerToken(url: string, adminToken: string, username = 'petugas1'): Promise<string> {
  const password = 'petugas-rahasia-1';
  const r = await api(url, '/api/admin/users', { body: { username, displayName: username, role: 'officer', password }, token: adminToken });
  if (r.status !== 201 && r.status !== 409) throw new Error(`create officer failed: ${r.status} ${JSON.stringify(r.body)}`);
  return login(url, username, password);
}

/**
 * The hub as its own process (npm start's entry, hub/main.ts), for kill -9 tests. Runs under tsx,
 * so no build step sits inside the test run; GILIRAN_TEST_HUB=built runs the compiled
 * build/server/hub/main.js instead (build it first: `node scripts/build-server.mjs`).
 */
export function spawnHub(env: Record<string, string>): { child: ChildProcess; ready: Promise<string>; output: () => string } {
  const entry = process.env.GILIRAN_TEST_HUB === 'built' ? [join(ROOT, 'build/server/hub/main.js')] : ['--import', 'tsx', join(ROOT, 'hub/main.ts')];
  return hubProcess(entry, { ...process.env, ADMIN_PASSWORD, TICKET_RATE_LIMIT: '0', HOST: '127.0.0.1', ...env });
}

/** `node ...args` as a hub process; `ready` resolves with the URL from its "listening on" line. */
export function hubProcess(args: string[], env: NodeJS.ProcessEnv): { child: ChildProcess; ready: Promise<string>; output: () => string } {
  const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  const ready = new Promise<string>((resolveUrl, reject) => {
    const onData = (d: Buffer) => {
      out += d.toString();
      const m = /listening on (http:\/\/\S+)/.exec(out);
      if (m) resolveUrl(m[1].replace('localhost', '127.0.0.1'));
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`hub exited with ${code}: ${out}`)));
  });
  ready.catch(() => {});
  return { child, ready, output: () => out };
}

/** A port nothing listens on now, for a hub that must come back on the same port. */
export async function freePort(): Promise<number> {
  const { createServer } = await import('node:net');
  return new Promise((resolvePort) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as AddressInfo).port;
      s.close(() => resolvePort(port));
    });
  });
}

/** Resolves when the process has exited (at once if it already has). */
export function exited(c: ChildProcess): Promise<void> {
  if (c.exitCode !== null || c.signalCode !== null) return Promise.resolve();
  return new Promise((r) => c.once('exit', () => r()));
}
