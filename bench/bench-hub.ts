// Starting a hub child for a benchmark, and the set-up calls every benchmark needs.
import { randomUUID } from 'node:crypto';
import { ADMIN_PASSWORD, login, officerToken } from '../tests/helpers/test-hub.js';
import { startChild, type Child } from './child.js';
import type { HttpClient } from './http-client.js';

export const SERVICES = ['pendaftaran', 'barang', 'kunjungan', 'informasi'] as const;
export const COUNTERS = ['loket-1', 'loket-2', 'loket-3', 'ruang-kunjungan', 'loket-4'] as const;

export interface HubOptions {
  dataDir: string;
  store?: 'lowdb' | 'naive';
  env?: Record<string, string>;
}

/** The hub on loopback, port 0. Per-address limits are off: one client stands for many kiosks and boards. */
export function startHub(opts: HubOptions): Promise<Child> {
  return startChild('bench/hub-process.ts', {
    DATA_DIR: opts.dataDir,
    HOST: '127.0.0.1',
    PORT: '0',
    ADMIN_PASSWORD,
    TICKET_RATE_LIMIT: '0',
    // Hundreds of boards come from one loopback address here.
    SOCKETS_PER_ADDRESS: '0',
    PRINTER: 'none',
    BENCH_STORE: opts.store ?? 'lowdb',
    ...opts.env,
  });
}

/** Tokens of the admin and of an officer. */
export async function staffTokens(url: string): Promise<{ admin: string; officer: string }> {
  const admin = await login(url);
  return { admin, officer: await officerToken(url, admin) };
}

export interface IssuedTicket {
  id: string;
  number: string;
  service: string;
}

/** Takes one ticket the way a kiosk does (with an Idempotency-Key). */
export async function issueTicket(client: HttpClient, service: string): Promise<IssuedTicket> {
  const r = await client.post<IssuedTicket>('/api/tickets', { service }, { 'idempotency-key': randomUUID() });
  if (r.status !== 201) throw new Error(`issue ${service}: ${r.status} ${JSON.stringify(r.body)}`);
  return r.body;
}

/** Issues `perService[s]` tickets for each service, `concurrency` at a time. */
export async function issueMany(client: HttpClient, perService: Record<string, number>, concurrency = 20): Promise<void> {
  const queue = Object.entries(perService).flatMap(([s, n]) => Array<string>(n).fill(s));
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let s = queue.pop(); s !== undefined; s = queue.pop()) await issueTicket(client, s);
    }),
  );
}

/**
 * The hub as `npm start` runs it: its public entry point compiled (build/server/hub/main.js) on
 * plain node, built first when stale. startMs is spawn to "listening": process start included.
 */
export async function startBuiltHub(opts: Omit<HubOptions, 'store'>): Promise<Child> {
  const { buildServerIfStale, SERVER_MAIN } = await import('../scripts/build-server.mjs');
  buildServerIfStale({ quiet: true });
  const env = { DATA_DIR: opts.dataDir, HOST: '127.0.0.1', PORT: '0', ADMIN_PASSWORD, TICKET_RATE_LIMIT: '0', PRINTER: 'none', ...opts.env };
  return startChild('build/server/hub/main.js', env, 90_000, { builtFile: SERVER_MAIN, ready: /listening on (http:\/\/\S+)/ });
}
