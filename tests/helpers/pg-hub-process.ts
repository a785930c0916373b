// Hubs of one PostgreSQL site as their own processes (npm start's entry under tsx), for the
// failover tests: kill -9, SIGSTOP/SIGCONT, and a poll of who is the writer.
import type { ChildProcess } from 'node:child_process';
import pg from 'pg';
import { api, spawnHub, tempDataDir } from './test-hub.js';

export interface HubProcess {
  url: string;
  child: ChildProcess;
  output: () => string;
  /** healthz says the hub accepts changes itself (it is the writer). */
  isWriter(): Promise<boolean>;
  kill(signal?: NodeJS.Signals): void;
}

export async function startHubProcess(env: { DATABASE_URL: string; SITE: string; LEASE_TIMEOUT_MS?: string }): Promise<HubProcess> {
  const h = spawnHub({ LEASE_TIMEOUT_MS: '1500', ...env, PORT: '0', DATA_DIR: tempDataDir(), LOG_LEVEL: 'info' });
  const url = await h.ready;
  return {
    url,
    child: h.child,
    output: h.output,
    async isWriter() {
      try {
        return (await api(url, '/healthz')).body.writable === true;
      } catch {
        return false;
      }
    },
    kill(signal = 'SIGKILL') {
      if (h.child.exitCode === null) h.child.kill(signal);
    },
  };
}

export async function waitFor<T>(what: string, fn: () => T | Promise<T>, ms = 15_000): Promise<NonNullable<T>> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await fn();
    if (v) return v as NonNullable<T>;
    if (Date.now() > end) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

export async function sql<T extends pg.QueryResultRow>(url: string, text: string, values: unknown[] = []): Promise<T[]> {
  const c = new pg.Client({ connectionString: url });
  c.on('error', () => {});
  await c.connect();
  try {
    return (await c.query<T>(text, values)).rows;
  } finally {
    await c.end();
  }
}

/** Issued tickets of a site in the database: id, service, number, idempotency key, epoch. */
export function issuedInDb(url: string, site: string): Promise<{ id: string; service: string; number: string; key: string | null; epoch: number; seq: number }[]> {
  return sql(
    url,
    `SELECT event->'ticket'->>'id' AS id, event->'ticket'->>'service' AS service, event->'ticket'->>'number' AS number,
            event->>'idempotencyKey' AS key, epoch::int AS epoch, seq::int AS seq
       FROM events WHERE site = $1 AND event->>'type' = 'ticket.issued' ORDER BY seq`,
    [site],
  );
}
