// PostgreSQL itself stopped and started again under load (one hub on PostgreSQL): changes are
// answered 503 store_unavailable with a message that names PostgreSQL, nothing acknowledged is
// lost, numbers stay gap-free, and the hub recovers by itself once PostgreSQL is back.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, startTestHub, type TestHub } from '../helpers/test-hub.js';
import { startPgCluster, type PgCluster } from '../helpers/pg-cluster.js';
import { issuedInDb, waitFor } from '../helpers/pg-hub-process.js';
import { TicketLoad } from '../helpers/ticket-load.js';

let cluster: PgCluster;
let url: string;
let hub: TestHub;
beforeAll(async () => {
  cluster = await startPgCluster();
  url = await cluster.createDatabase('outage');
  hub = await startTestHub({ env: { DATABASE_URL: url, SITE: 'outage', LEASE_TIMEOUT_MS: '1500' } });
});
afterAll(async () => {
  await hub?.close();
  await cluster?.destroy();
});

describe('PostgreSQL stopped and started under load', () => {
  it('clear 503s during the outage, nothing acknowledged lost, recovers by itself', async () => {
    const load = new TicketLoad(() => [hub.url], 8, ['pendaftaran', 'barang'], 30, 15_000);
    try {
      await waitFor('tickets before the outage', () => load.acked.length >= 40);
      await cluster.stop();
      const refused = await waitFor('a 503 naming PostgreSQL', () => load.failures.find((f) => f.status === 503 && f.code === 'store_unavailable' && /PostgreSQL/.test(f.message)), 20_000);
      console.log(`during the outage: ${refused.message}`);
      const health = await api(hub.url, '/healthz');
      expect(health.status).toBe(503);
      expect(health.body.writable).toBe(false);
      const ackedAtRestart = load.acked.length;
      await cluster.start();
      await waitFor('tickets after PostgreSQL is back', () => load.acked.length >= ackedAtRestart + 40, 30_000);
      expect((await api(hub.url, '/healthz')).status).toBe(200);
    } finally {
      await load.stop();
    }
    const inDb = await issuedInDb(url, 'outage');
    const byId = new Map(inDb.map((t) => [t.id, t]));
    for (const t of load.acked) expect(byId.get(t.id)?.number, t.number).toBe(t.number);
    for (const service of ['pendaftaran', 'barang']) {
      const numbers = inDb.filter((t) => t.service === service).map((t) => Number(t.number.split('-')[1]));
      expect(numbers).toEqual(numbers.map((_, i) => i + 1));
    }
    expect(new Set(inDb.map((t) => t.key)).size).toBe(inDb.length);
  }, 60_000);
});
