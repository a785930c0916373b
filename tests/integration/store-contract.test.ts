// The Store contract (hub/store/store.ts), one suite run against both engines: the embedded store
// in a temp folder and the PostgreSQL store on a throw-away cluster (a fresh site per case, all in
// one database, which also shows sites stay apart). Plus PostgreSQL's migrations: from empty,
// re-run, and two hubs migrating at once.
import { mkdtempSync, symlinkSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultSite } from '../../hub/default-site.js';
import type { DomainEvent } from '../../hub/queue/events.js';
import { EmbeddedStore } from '../../hub/store/embedded/embedded-store.js';
import { GroupCommit } from '../../hub/store/group-commit.js';
import { migrate } from '../../hub/store/postgres/migrate.js';
import { MIGRATIONS } from '../../hub/store/postgres/migrations.js';
import { PostgresStore } from '../../hub/store/postgres/postgres-store.js';
import type { AuditEntry } from '../../protocol/audit.js';
import type { AuthData, Store } from '../../hub/store/store.js';
import { startPgCluster, type PgCluster } from '../helpers/pg-cluster.js';

const D1 = '2026-11-28';
const D2 = '2026-11-29';

function event(seq: number): DomainEvent {
  return { type: 'counter.paused', seq, at: '2026-11-28T01:00:00.000Z', by: 'p', counter: 'loket-1' };
}
const events = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => event(from + i));
const seqs = (es: DomainEvent[] | null) => es?.map((e) => e.seq) ?? null;

interface Opened {
  store: Store;
  /** The same data opened again, as a restarted hub would. */
  reopen(): Promise<Store>;
  /** Makes every append fail (as a full disk or a refusing database would) until repairWrites. */
  breakWrites(): Promise<void>;
  repairWrites(): Promise<void>;
}

interface Engine {
  name: string;
  open(): Promise<Opened>;
}

let cluster: PgCluster;
let url: string;
let sites = 0;
const toClose: Store[] = [];

const embedded: Engine = {
  name: 'embedded',
  async open() {
    const dir = mkdtempSync(join(tmpdir(), 'giliran-contract-'));
    const store = await EmbeddedStore.open(dir, { log: () => {} });
    toClose.push(store);
    // Root ignores permissions, so the disk "fails" through /dev/full (every write: ENOSPC).
    const file = join(dir, 'days', `${D1}.jsonl`);
    return {
      store,
      async reopen() {
        const again = await EmbeddedStore.open(dir, { log: () => {} });
        toClose.push(again);
        return again;
      },
      async breakWrites() {
        symlinkSync('/dev/full', file);
      },
      async repairWrites() {
        unlinkSync(file);
      },
    };
  },
};

const postgres: Engine = {
  name: 'postgres',
  async open() {
    const site = `site-${++sites}`;
    const openOne = async () => {
      const s = await PostgresStore.open({ url, site, log: () => {} });
      await s.claimWriter('contract-test');
      toClose.push(s);
      return s;
    };
    const store = await openOne();
    const admin = async (sql: string) => {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(sql).finally(() => c.end());
    };
    return {
      store,
      reopen: openOne,
      // A constraint that refuses this site's rows: the database rejects the write, as it would when full.
      breakWrites: () => admin(`ALTER TABLE events ADD CONSTRAINT contract_broken_${sites} CHECK (site <> '${site}') NOT VALID`),
      repairWrites: () => admin(`ALTER TABLE events DROP CONSTRAINT contract_broken_${sites}`),
    };
  },
};

beforeAll(async () => {
  cluster = await startPgCluster();
  url = await cluster.createDatabase('contract');
});

afterAll(async () => {
  await Promise.allSettled(toClose.map((s) => s.close()));
  await cluster?.destroy();
});

describe.each([embedded, postgres])('Store contract: $name', (engine) => {
  it('appends events, loads and reads days, lists days; a reopened store sees the same', async () => {
    const { store, reopen } = await engine.open();
    expect(await store.loadDay(D1)).toBeNull();
    expect(await store.listDays()).toEqual([]);
    await store.appendEvents(D1, events(1, 3));
    await store.appendEvents(D2, events(4, 5));
    expect(seqs(await store.readDay(D1))).toEqual([1, 2, 3]);
    expect(await store.readDay(D1)).toEqual(events(1, 3));
    expect(seqs(await store.readDay(D2))).toEqual([4, 5]);
    expect(await store.readDay('2026-11-30')).toBeNull();
    expect(await store.listDays()).toEqual([D1, D2]);
    const again = await reopen();
    expect(seqs(await again.loadDay(D2))).toEqual([4, 5]);
    await again.appendEvents(D2, events(6, 6));
    expect(seqs(await again.readDay(D2))).toEqual([4, 5, 6]);
    expect(await again.listDays()).toEqual([D1, D2]);
  });

  it('config round trip: null before the first start, then what was written, replaced whole', async () => {
    const { store, reopen } = await engine.open();
    expect(await store.readConfig()).toBeNull();
    const config = defaultSite('Asia/Makassar');
    await store.writeConfig(config);
    expect(await store.readConfig()).toEqual(config);
    const changed = { ...config, settings: { ...config.settings, siteName: 'Rutan Kelas IIA Balikpapan' } };
    await store.writeConfig(changed);
    expect(await (await reopen()).readConfig()).toEqual(changed);
  });

  it('auth round trip: null before the first start, users and sessions in order, replaced whole', async () => {
    const { store, reopen } = await engine.open();
    expect(await store.readAuth()).toBeNull();
    const auth: AuthData = {
      users: [
        { username: 'admin', displayName: 'Admin', role: 'admin', passwordHash: 'scrypt$1$2$3$s$h', disabled: false, createdAt: '2026-11-28T00:00:00.000Z', mustChangePassword: true },
        { username: 'petugas1', displayName: 'Petugas Satu', role: 'officer', passwordHash: 'scrypt$1$2$3$s$i', disabled: false, createdAt: '2026-11-28T00:00:01.000Z' },
      ],
      sessions: [{ tokenHash: 'ab'.repeat(32), username: 'admin', createdAt: '2026-11-28T00:00:02.000Z', expiresAt: '2026-11-28T12:00:02.000Z' }],
    };
    await store.writeAuth(auth);
    expect(await store.readAuth()).toEqual(auth);
    const fewer: AuthData = { users: [auth.users[1]], sessions: [] };
    await store.writeAuth(fewer);
    expect(await (await reopen()).readAuth()).toEqual(fewer);
  });

  it('device registry round trip: null before the first device, in order, replaced whole', async () => {
    const { store, reopen } = await engine.open();
    expect(await store.readDevices()).toBeNull();
    const kiosk = { id: 'kios-1', kind: 'kiosk' as const, name: 'Kios Lobi', location: 'Lobi', note: '', keyHash: 'cd'.repeat(32), keyCreatedAt: '2026-11-28T00:00:00.000Z' };
    const board = { id: 'papan-1', kind: 'board' as const, name: 'Papan Ruang Tunggu', location: 'Ruang tunggu', note: 'TV 55"' };
    await store.writeDevices([kiosk, board]);
    expect(await store.readDevices()).toEqual([kiosk, board]);
    await store.writeDevices([board]);
    const reopened = await reopen();
    expect(await reopened.readDevices()).toEqual([board]);
    await reopened.writeDevices([]);
    expect(await reopened.readDevices()).toEqual([]);
  });

  it('audit: concurrent appends keep call order per day; an empty day reads []', async () => {
    const { store, reopen } = await engine.open();
    const entry = (i: number): AuditEntry => ({ at: `2026-11-28T01:00:${String(i).padStart(2, '0')}.000Z`, actor: i % 2 ? 'admin' : null, action: `act.${i}`, detail: { i, nested: { ok: true } } });
    await Promise.all(Array.from({ length: 20 }, (_, i) => store.appendAudit(D1, entry(i))));
    await store.appendAudit(D2, entry(99));
    expect(await store.readAudit(D1)).toEqual(Array.from({ length: 20 }, (_, i) => entry(i)));
    expect(await (await reopen()).readAudit(D2)).toEqual([entry(99)]);
    expect(await store.readAudit('2026-11-30')).toEqual([]);
  });

  it('a failed append refuses further appends until loadDay; then appends continue after what is durable', async () => {
    const o = await engine.open();
    const { store } = o;
    expect(await store.loadDay(D1)).toBeNull();
    await o.breakWrites();
    await expect(store.appendEvents(D1, events(1, 1))).rejects.toThrow();
    await o.repairWrites();
    // Repaired, but not reloaded: still refused.
    await expect(store.appendEvents(D1, events(1, 1))).rejects.toThrow();
    expect(await store.loadDay(D1)).toBeNull();
    await store.appendEvents(D1, events(1, 2));
    expect(seqs(await store.loadDay(D1))).toEqual([1, 2]);
  });

  it('concurrent appends share flushes (two for a burst of 40) and keep their order', async () => {
    const { store } = await engine.open();
    expect(await store.loadDay(D1)).toBeNull();
    const before = GroupCommit.writesStarted;
    await Promise.all(Array.from({ length: 40 }, (_, i) => store.appendEvents(D1, [event(i + 1)])));
    expect(GroupCommit.writesStarted - before).toBeLessThanOrEqual(2);
    expect(seqs(await store.readDay(D1))).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
  });
});

describe('PostgreSQL migrations', () => {
  const tables = async (u: string) => {
    const c = new pg.Client({ connectionString: u });
    await c.connect();
    try {
      const r = await c.query<{ tablename: string }>("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename");
      return r.rows.map((row) => row.tablename);
    } finally {
      await c.end();
    }
  };

  it('from empty applies every migration once; a re-run applies nothing and keeps the data', async () => {
    const u = await cluster.createDatabase('migrate_once');
    const pool = new pg.Pool({ connectionString: u });
    try {
      expect(await migrate(pool)).toEqual(MIGRATIONS.map((m) => m.version));
      expect(await tables(u)).toEqual(['audit', 'auth_written', 'config', 'devices', 'devices_written', 'events', 'giliran_migrations', 'sessions', 'site_head', 'users']);
      const store = await PostgresStore.open({ url: u, site: 'a', log: () => {} });
      await store.claimWriter('t');
      await store.appendEvents(D1, events(1, 2));
      await store.close();
      expect(await migrate(pool)).toEqual([]);
      const again = await PostgresStore.open({ url: u, site: 'a', log: () => {} });
      expect(seqs(await again.readDay(D1))).toEqual([1, 2]);
      await again.close();
    } finally {
      await pool.end();
    }
  });

  it('two hubs starting together migrate once', async () => {
    const u = await cluster.createDatabase('migrate_race');
    const pools = [new pg.Pool({ connectionString: u }), new pg.Pool({ connectionString: u })];
    try {
      const applied = await Promise.all(pools.map((p) => migrate(p)));
      expect(applied.map((a) => a.length).sort()).toEqual([0, MIGRATIONS.length]);
    } finally {
      await Promise.all(pools.map((p) => p.end()));
    }
  });

  it('events are append-only: an UPDATE or DELETE is refused by the database', async () => {
    const store = await PostgresStore.open({ url, site: 'append-only', log: () => {} });
    toClose.push(store);
    await store.claimWriter('t');
    await store.appendEvents(D1, events(1, 1));
    await expect(store.pool.query("UPDATE events SET day = '2026-01-01' WHERE site = 'append-only'")).rejects.toThrow(/append-only/);
    await expect(store.pool.query("DELETE FROM events WHERE site = 'append-only'")).rejects.toThrow(/append-only/);
  });
});
