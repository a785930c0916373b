// One hub on PostgreSQL (DATABASE_URL + SITE): tickets, users and config live in the database,
// a restarted hub (with a new, empty DATA_DIR) continues where it stopped.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, login, startTestHub, tempDataDir } from '../helpers/test-hub.js';
import { startPgCluster, type PgCluster } from '../helpers/pg-cluster.js';

let cluster: PgCluster;
let url: string;
beforeAll(async () => {
  cluster = await startPgCluster();
  url = await cluster.createDatabase('hub');
});
afterAll(() => cluster?.destroy());

async function issuedNumbers(site: string): Promise<string[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const r = await c.query<{ n: string }>("SELECT event->'ticket'->>'number' AS n FROM events WHERE site = $1 AND event->>'type' = 'ticket.issued' ORDER BY seq", [site]);
    return r.rows.map((row) => row.n);
  } finally {
    await c.end();
  }
}

describe('a hub on PostgreSQL', () => {
  it('issues gap-free numbers into the database and a restart on another data folder continues them', async () => {
    const env = { DATABASE_URL: url, SITE: 'balikpapan' };
    const hub = await startTestHub({ env });
    const replies = await Promise.all(Array.from({ length: 60 }, () => api(hub.url, '/api/tickets', { body: { service: 'pendaftaran' } })));
    expect(replies.map((r) => r.status).every((s) => s === 201)).toBe(true);
    const expected = Array.from({ length: 60 }, (_, i) => `A-${String(i + 1).padStart(3, '0')}`);
    expect(replies.map((r) => r.body.number).sort()).toEqual(expected);
    expect((await issuedNumbers('balikpapan')).sort()).toEqual(expected);
    await hub.close();

    // Another machine: nothing in its DATA_DIR, everything from the database.
    const next = await startTestHub({ env, dataDir: tempDataDir() });
    try {
      await login(next.url); // the admin created by the first hub
      const r = await api(next.url, '/api/tickets', { body: { service: 'pendaftaran' } });
      expect(r.body.number).toBe('A-061');
      // Another site in the same database starts at 001.
      const other = await startTestHub({ env: { DATABASE_URL: url, SITE: 'samarinda' } });
      try {
        expect((await api(other.url, '/api/tickets', { body: { service: 'pendaftaran' } })).body.number).toBe('A-001');
      } finally {
        await other.close();
      }
      expect(await issuedNumbers('samarinda')).toEqual(['A-001']);
    } finally {
      await next.close();
    }
  });
});
