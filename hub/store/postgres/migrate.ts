// Applies the migrations not yet applied, all in one transaction under a transaction-level
// advisory lock: two hubs starting together migrate once (the second waits, then finds nothing
// to do). A failed migration rolls back whole and the hub does not start.
import type pg from 'pg';
import { MIGRATIONS, type Migration } from './migrations.js';
import { inTransaction } from './pg-connection.js';

/** pg_advisory_xact_lock key for migrations ('giliran' + 'migrate', an arbitrary fixed bigint). */
const MIGRATION_LOCK = 7_146_911_301;

export async function migrate(pool: pg.Pool, migrations: readonly Migration[] = MIGRATIONS): Promise<number[]> {
  return inTransaction(pool, async (client) => {
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await client.query(`CREATE TABLE IF NOT EXISTS giliran_migrations (
      version int PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
    const done = new Set((await client.query<{ version: number }>('SELECT version FROM giliran_migrations')).rows.map((r) => r.version));
    const applied: number[] = [];
    for (const m of [...migrations].sort((x, y) => x.version - y.version)) {
      if (done.has(m.version)) continue;
      await client.query(m.sql);
      await client.query('INSERT INTO giliran_migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
      applied.push(m.version);
    }
    return applied;
  });
}
