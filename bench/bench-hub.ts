// Starting a hub for a benchmark, and the set-up calls every benchmark needs. The hub runs as
// `npm start` runs it (compiled, plain node, its public entry point) and is reached only over
// HTTP and socket.io, as the apps reach it.
import { randomUUID } from 'node:crypto';
import { startChild, type Child } from './child.js';
import { HttpClient } from './http-client.js';

export const SERVICES = ['pendaftaran', 'barang', 'kunjungan', 'informasi'] as const;
/** The default site's desks (the visit room takes batches: bench/history.ts fills it apart). */
export const COUNTERS = ['loket-1', 'loket-2', 'loket-3', 'loket-4'] as const;
export const ADMIN_PASSWORD = 'bench-admin-rahasia-1';
const OFFICER_PASSWORD = 'bench-petugas-rahasia-1';

export interface HubOptions {
  dataDir: string;
  env?: Record<string, string>;
}

/**
 * The hub on loopback, port 0, built first when stale. Per-address limits are off: one client
 * stands for many kiosks and boards. startMs is spawn to "listening": process start included.
 */
export async function startHub(opts: HubOptions): Promise<Child> {
  const { buildServerIfStale, SERVER_MAIN, SERVER_NODE_ARGS } = await import('../scripts/build-server.mjs');
  buildServerIfStale({ quiet: true });
  const env = {
    DATA_DIR: opts.dataDir,
    HOST: '127.0.0.1',
    PORT: '0',
    ADMIN_PASSWORD,
    TICKET_RATE_LIMIT: '0',
    // Hundreds of boards come from one loopback address here.
    SOCKETS_PER_ADDRESS: '0',
    PRINTER: 'none',
    // One login each: the benches measure the queue, not scrypt.
    PASSWORD_HASH_COST: '14',
    // A hub started after BACKUP_TIME with no backup of today writes one at once (a tar.gz of
    // the whole data folder): a daily job the benches do not measure.
    BACKUP_KEEP: '0',
    ...opts.env,
  };
  return startChild('build/server/hub/main.js', env, 90_000, { builtFile: SERVER_MAIN, nodeArgs: SERVER_NODE_ARGS, ready: /listening on (http:\/\/\S+)/ });
}

async function login(client: HttpClient, username: string, password: string): Promise<string> {
  const r = await client.post<{ token: string }>('/api/login', { username, password });
  if (r.status !== 200) throw new Error(`login ${username}: ${r.status} ${JSON.stringify(r.body)}`);
  return r.body.token;
}

/** Tokens of the admin and of an officer (created through the admin API). */
export async function staffTokens(url: string): Promise<{ admin: string; officer: string }> {
  const client = new HttpClient(url, 1);
  try {
    const admin = await login(client, 'admin', ADMIN_PASSWORD);
    const body = { username: 'petugas1', displayName: 'Petugas 1', role: 'officer', password: OFFICER_PASSWORD };
    const r = await client.post('/api/admin/users', body, { authorization: `Bearer ${admin}` });
    if (r.status !== 201 && r.status !== 409) throw new Error(`create officer: ${r.status} ${JSON.stringify(r.body)}`);
    return { admin, officer: await login(client, 'petugas1', OFFICER_PASSWORD) };
  } finally {
    client.close();
  }
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
