// Connections to PostgreSQL with the settings every part of the engine needs: TCP keepalive (a
// cut network is noticed), a short connect timeout (an outage answers quickly with 503 instead of
// hanging requests), and an 'error' handler on every client: pg emits 'error' on an idle client
// whose server went away, and an unhandled one would crash the hub.
import pg from 'pg';

export interface PgOptions {
  url: string;
  /** Pool size (the writer's group commit needs one; reads and auth the rest). */
  max?: number;
  log?: (msg: string) => void;
  /**
   * A transaction left open this long is ended by the server (idle_in_transaction_session_timeout):
   * a writer hung (SIGSTOP) in the middle of a commit would otherwise hold the site's head row
   * locked, and the hub taking over could never claim it. Default 3000 ms (the lease timeout).
   */
  idleInTransactionMs?: number;
}

export const KEEPALIVE_MS = 5_000;
export const CONNECT_TIMEOUT_MS = 3_000;

export function createPool(opts: PgOptions): pg.Pool {
  const pool = new pg.Pool({
    connectionString: opts.url,
    max: opts.max ?? 6,
    keepAlive: true,
    keepAliveInitialDelayMillis: KEEPALIVE_MS,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    idleTimeoutMillis: 30_000,
    application_name: 'giliran',
    idle_in_transaction_session_timeout: opts.idleInTransactionMs ?? 3000,
    // Nothing the store does takes long; a statement stuck behind a lock must not hang a request.
    statement_timeout: 15_000,
  });
  // An idle pooled client lost its server: the pool drops it; the next query reconnects.
  pool.on('error', (err) => opts.log?.(`PostgreSQL: an idle connection failed (${err.message}); it will be replaced`));
  return pool;
}

/** A dedicated client (lease, LISTEN): connected, keepalive on, errors reported to `onError`. */
export async function connectClient(url: string, onError: (err: Error) => void, applicationName = 'giliran'): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url, keepAlive: true, keepAliveInitialDelayMillis: KEEPALIVE_MS, connectionTimeoutMillis: CONNECT_TIMEOUT_MS, application_name: applicationName });
  client.on('error', onError);
  try {
    await client.connect();
  } catch (err) {
    await client.end().catch(() => {});
    throw err;
  }
  return client;
}

/**
 * Runs `fn` on one pooled client. While checked out, a client has no listener of the pool's: a
 * server that ends the session between two queries (a restart, idle_in_transaction_session_timeout)
 * would emit an unhandled 'error' and crash the hub. The listener here keeps it, and the client
 * is not reused when anything failed.
 */
export async function withClient<T>(pool: pg.Pool, fn: (c: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  let broken: Error | undefined;
  const onError = (err: Error) => (broken ??= err);
  client.on('error', onError);
  try {
    return await fn(client);
  } catch (err) {
    broken ??= err as Error;
    throw err;
  } finally {
    client.off('error', onError);
    client.release(broken);
  }
}

/** Runs `fn` in one transaction on one pooled client; rolls back on any error. */
export function inTransaction<T>(pool: pg.Pool, fn: (c: pg.PoolClient) => Promise<T>, begin = 'BEGIN'): Promise<T> {
  return withClient(pool, async (client) => {
    await client.query(begin);
    try {
      const result = await fn(client);
      await client.query('COMMIT');
      return result;
    } catch (err) {
      await client.query('ROLLBACK').catch(() => {});
      throw err;
    }
  });
}

/** The per-site NOTIFY channel (a wake-up only: listeners read the events table). */
export function siteChannel(site: string): string {
  return `giliran_events_${site}`;
}
