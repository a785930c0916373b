// One writer per site: the site lease (an advisory lock on a dedicated connection with
// idle_session_timeout + heartbeat) and the epoch fence. In-process leases for the election, and
// a writer in its own process for the hung (SIGSTOP) and killed (kill -9) cases.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DomainEvent } from '../../hub/queue/events.js';
import { FencedError, PostgresStore } from '../../hub/store/postgres/postgres-store.js';
import { SiteLease, siteLockKey } from '../../hub/store/postgres/site-lease.js';
import { startPgCluster, type PgCluster } from '../helpers/pg-cluster.js';
import { ROOT } from '../helpers/test-hub.js';

let cluster: PgCluster;
let url: string;
const cleanup: (() => Promise<unknown> | unknown)[] = [];
beforeAll(async () => {
  cluster = await startPgCluster();
  url = await cluster.createDatabase('lease');
});
afterAll(async () => {
  for (const c of cleanup.reverse()) await Promise.resolve(c()).catch(() => {});
  await cluster?.destroy();
});

const DAY = '2026-11-28';
const event = (seq: number): DomainEvent => ({ type: 'counter.paused', seq, at: '2026-11-28T01:00:00.000Z', by: 'p', counter: 'loket-1' });

async function waitFor<T>(what: string, fn: () => T | Promise<T>, timeoutMs = 15_000): Promise<NonNullable<T>> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await fn();
    if (v) return v as NonNullable<T>;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

function lease(site: string, timeoutMs = 1500): SiteLease {
  const l = new SiteLease({ url, site, timeoutMs });
  cleanup.push(() => l.close());
  return l;
}

async function store(site: string): Promise<PostgresStore> {
  const s = await PostgresStore.open({ url, site, log: () => {} });
  cleanup.push(() => s.close());
  return s;
}

async function sql<T extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<T[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query<T>(text, values)).rows;
  } finally {
    await c.end();
  }
}

/** Sessions holding the site's lock (a bigint key shows as classid = high, objid = low 32 bits). */
const advisoryHolders = (site: string) =>
  sql<{ pid: number }>("SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND granted AND ((classid::bigint << 32) | objid::bigint) = $1::bigint", [siteLockKey(site)]);
const waitingLeaseSessions = () => sql<{ pid: number }>("SELECT pid FROM pg_stat_activity WHERE application_name = 'giliran-lease'");

describe('site lease: one writer per site', () => {
  it('one holder at a time; the standby takes over when the holder gives up; another site is independent', async () => {
    const a = lease('lease-one');
    const b = lease('lease-one');
    await a.acquire();
    b.start();
    // Both sessions are connected, and only one holds the lock; b keeps trying.
    await waitFor('both lease sessions', async () => (await waitingLeaseSessions()).length >= 2);
    expect(a.held).toBe(true);
    expect(b.held).toBe(false);
    expect(await advisoryHolders('lease-one')).toHaveLength(1);
    const c = lease('lease-other');
    await c.acquire();
    expect(b.held).toBe(false);
    await a.close();
    await b.acquire();
    expect(b.held).toBe(true);
  });

  it("takeover after the holder's connection dies: the holder reports the loss, the standby acquires", async () => {
    const a = lease('lease-die');
    const b = lease('lease-die');
    const lost = new Promise<Error>((r) => a.once('lost', r));
    await a.acquire();
    b.start();
    const holders = await advisoryHolders('lease-die');
    expect(holders).toHaveLength(1);
    const [holder] = holders;
    await sql('SELECT pg_terminate_backend($1)', [holder.pid]);
    expect((await lost).message).toMatch(/terminat|connection/i);
    await b.acquire();
    expect(b.held).toBe(true);
  });

  it('the fence: once another writer claimed the site, the old writer cannot append and says why', async () => {
    const a = await store('fence');
    const b = await store('fence');
    await a.claimWriter('a');
    await a.appendEvents(DAY, [event(1)]);
    const { epoch, seq } = await b.claimWriter('b');
    expect(seq).toBe(1);
    const refused = await a.appendEvents(DAY, [event(2)]).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(FencedError);
    expect((refused as Error).message).toContain(`epoch ${epoch}`);
    await b.appendEvents(DAY, [event(2)]);
    expect(await sql('SELECT seq::int, epoch::int FROM events WHERE site = $1 ORDER BY seq', ['fence'])).toEqual([
      { seq: 1, epoch: epoch - 1 },
      { seq: 2, epoch },
    ]);
  });
});

function holder(site: string): { child: ChildProcess; lines: string[]; send(line: string): void } {
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'tests/helpers/lease-holder.ts')], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: url, SITE: site, LEASE_TIMEOUT_MS: '1500' },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  cleanup.push(() => {
    child.kill('SIGCONT');
    child.kill('SIGKILL');
  });
  const lines: string[] = [];
  let buf = '';
  child.stdout!.on('data', (d: Buffer) => {
    buf += d.toString();
    const parts = buf.split('\n');
    buf = parts.pop()!;
    lines.push(...parts);
  });
  child.stderr!.on('data', (d: Buffer) => lines.push(`stderr: ${d.toString()}`));
  return { child, lines, send: (line) => child.stdin!.write(`${line}\n`) };
}

describe('site lease: writers in their own processes', () => {
  it('a hung writer (SIGSTOP) loses the site to a standby, and when resumed it writes nothing', async () => {
    const h = holder('hung');
    await waitFor('the holder to hold', () => h.lines.find((l) => l.startsWith('held ')));
    h.send('append 1');
    await waitFor('the first append', () => h.lines.includes('ok 1'));

    h.child.kill('SIGSTOP');
    const standby = lease('hung');
    const s = await store('hung');
    // idle_session_timeout ends the hung session; the standby's lock follows.
    await standby.acquire();
    const { seq } = await s.claimWriter('standby');
    expect(seq).toBe(1);
    await s.appendEvents(DAY, [event(2)]);

    h.child.kill('SIGCONT');
    h.send('append 2');
    h.send('append 3');
    await waitFor('the resumed writer to be refused', () => h.lines.filter((l) => l.startsWith('refused ')).length >= 2);
    const refused = h.lines;
    expect(refused.filter((l) => l.startsWith('ok ')).length).toBe(1);
    expect(refused.find((l) => l.startsWith('refused 2'))).toMatch(/mengambil alih|took over/);
    await waitFor('the resumed writer to notice its loss', () => h.lines.some((l) => l.startsWith('lost ')));
    const rows = await sql<{ seq: number; by: string }>("SELECT seq::int, event->>'by' AS by FROM events WHERE site = 'hung' ORDER BY seq");
    expect(rows).toEqual([
      { seq: 1, by: 'holder' },
      { seq: 2, by: 'p' },
    ]);
  });

  it('kill -9 of the writer frees the site at once for the standby', async () => {
    const h = holder('killed');
    await waitFor('the holder to hold', () => h.lines.find((l) => l.startsWith('held ')));
    const standby = lease('killed', 60_000); // its own timeout is long: the kill alone must free it
    standby.start();
    await waitFor('both lease sessions', async () => (await sql("SELECT 1 FROM pg_stat_activity WHERE application_name = 'giliran-lease'")).length >= 2);
    expect(standby.held).toBe(false);
    h.child.kill('SIGKILL');
    await standby.acquire();
    expect(standby.held).toBe(true);
  });
});
