// The writer hung (SIGSTOP) instead of killed, under load (hubs as processes, one PostgreSQL): the
// standby takes over once the lease timeout passes, and the hung hub, when resumed, writes
// nothing: what reached it meanwhile is refused by the epoch fence, and it becomes a standby.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api } from '../helpers/test-hub.js';
import { startPgCluster, type PgCluster } from '../helpers/pg-cluster.js';
import { issuedInDb, sql, startHubProcess, waitFor, type HubProcess } from '../helpers/pg-hub-process.js';
import { TicketLoad } from '../helpers/ticket-load.js';

let cluster: PgCluster;
let url: string;
const all: HubProcess[] = [];
beforeAll(async () => {
  cluster = await startPgCluster();
  url = await cluster.createDatabase('hung');
});
afterAll(async () => {
  for (const h of all) (h.kill('SIGCONT'), h.kill());
  await cluster?.destroy();
});

describe('failover: the writer hung (SIGSTOP)', () => {
  it('the standby takes over after the lease timeout; resumed, the old writer writes nothing', async () => {
    const a = await startHubProcess({ DATABASE_URL: url, SITE: 'hung', LEASE_TIMEOUT_MS: '1500' });
    all.push(a);
    const b = await startHubProcess({ DATABASE_URL: url, SITE: 'hung', LEASE_TIMEOUT_MS: '1500' });
    all.push(b);
    expect(await a.isWriter()).toBe(true);
    // Kiosks give a hub 3 s before trying the other one.
    const load = new TicketLoad(() => [a.url, b.url], 16, ['pendaftaran', 'barang'], 40, 3000);
    try {
      await waitFor('some tickets', () => load.acked.length >= 50);
      const [{ epoch: oldEpoch }] = await sql<{ epoch: number }>(url, "SELECT epoch::int FROM site_head WHERE site = 'hung'");
      a.kill('SIGSTOP');
      const stoppedAt = Date.now();
      await waitFor('the standby to take over', () => b.isWriter(), 10_000);
      console.log(`takeover after SIGSTOP (lease timeout 1500 ms): ${Date.now() - stoppedAt} ms`);
      const [{ epoch: newEpoch, seq: claimedAt }] = await sql<{ epoch: number; seq: number }>(url, "SELECT epoch::int, seq::int FROM site_head WHERE site = 'hung'");
      expect(newEpoch).toBeGreaterThan(oldEpoch);
      const afterTakeover = load.acked.length;
      await waitFor('tickets through the new writer', () => load.acked.length >= afterTakeover + 30).catch((e) => {
        console.log(`acknowledged ${load.acked.length} (${afterTakeover} at takeover); last refusals ${JSON.stringify(load.failures.slice(-5))}; new writer's log: ${b.output().slice(-2000)}`);
        throw e;
      });

      a.kill('SIGCONT');
      // Resumed, it notices it lost the site and becomes a standby that forwards to the new writer.
      await waitFor('the old writer to say it is a standby', async () => /standby/.test((await api(a.url, '/healthz').catch(() => null))?.body.message ?? ''), 10_000).catch((e) => {
        console.log(`old writer exit ${a.child.exitCode}; log: ${a.output().slice(-3000)}`);
        throw e;
      });
      // Its connections were ended by the server while it was frozen: handled, not a crash.
      expect(a.child.exitCode).toBeNull();
      const viaOld = await api(a.url, '/api/tickets', { body: { service: 'pendaftaran' }, headers: { 'Idempotency-Key': 'after-resume-1' } });
      expect(viaOld.status).toBe(201);

      // Nothing written under the old epoch after the new writer claimed the site.
      const late = await sql<{ n: number }>(url, "SELECT count(*)::int AS n FROM events WHERE site = 'hung' AND epoch <= $1 AND seq > $2", [oldEpoch, claimedAt]);
      expect(late[0].n).toBe(0);
      const inDb = await issuedInDb(url, 'hung');
      expect(inDb.find((t) => t.id === viaOld.body.id)?.epoch).toBe(newEpoch);
    } finally {
      a.kill('SIGCONT');
      await load.stop();
    }
    const inDb = await issuedInDb(url, 'hung');
    const byId = new Map(inDb.map((t) => [t.id, t]));
    for (const t of load.acked) expect(byId.get(t.id)?.number).toBe(t.number);
    for (const service of ['pendaftaran', 'barang']) {
      const numbers = inDb.filter((t) => t.service === service).map((t) => Number(t.number.split('-')[1]));
      expect(numbers).toEqual(numbers.map((_, i) => i + 1));
    }
  }, 60_000);
});
