// The throw-away PostgreSQL cluster the PostgreSQL tests use: it starts, answers, stops (clients
// see the outage), starts again with its data, survives a SIGKILL, and leaves nothing behind.
import { existsSync } from 'node:fs';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPgCluster, type PgCluster } from '../helpers/pg-cluster.js';

let cluster: PgCluster;
beforeAll(async () => {
  cluster = await startPgCluster();
});
afterAll(() => cluster?.destroy());

async function query(url: string, sql: string): Promise<unknown[]> {
  const c = new pg.Client({ connectionString: url });
  c.on('error', () => {});
  await c.connect();
  try {
    return (await c.query(sql)).rows;
  } finally {
    await c.end();
  }
}

describe('throw-away PostgreSQL cluster', () => {
  it('serves its own database on loopback with fsync on, and keeps data over stop/start and kill', async () => {
    const url = await cluster.createDatabase('t1');
    expect(await query(url, 'SHOW fsync')).toEqual([{ fsync: 'on' }]);
    await query(url, 'CREATE TABLE x (n int); INSERT INTO x VALUES (1)');
    await cluster.stop();
    await expect(query(url, 'SELECT 1')).rejects.toThrow(/ECONNREFUSED/);
    await cluster.start();
    expect(await query(url, 'SELECT n FROM x')).toEqual([{ n: 1 }]);
    await cluster.kill();
    await expect(query(url, 'SELECT 1')).rejects.toThrow();
    await cluster.start();
    expect(await query(url, 'SELECT n FROM x')).toEqual([{ n: 1 }]);
  });

  it('destroy removes the cluster folder', async () => {
    const other = await startPgCluster();
    expect(existsSync(other.dir)).toBe(true);
    await other.destroy();
    expect(existsSync(other.dir)).toBe(false);
  });
});
