// kill -9 of the writer hub at random moments under load, five rounds (hubs as processes, one
// PostgreSQL): a standby takes over within 5 s each time, every acknowledged ticket is in the
// database with the number it was given, no number is reused or skipped, an Idempotency-Key never
// gives two tickets, and the hubs left converge to one state.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api } from '../helpers/test-hub.js';
import { startPgCluster, type PgCluster } from '../helpers/pg-cluster.js';
import { issuedInDb, startHubProcess, waitFor, type HubProcess } from '../helpers/pg-hub-process.js';
import { TicketLoad } from '../helpers/ticket-load.js';

let cluster: PgCluster;
let url: string;
const all: HubProcess[] = [];
beforeAll(async () => {
  cluster = await startPgCluster();
  url = await cluster.createDatabase('failover');
});
afterAll(async () => {
  for (const h of all) h.kill();
  await cluster?.destroy();
});

const start = async () => {
  const h = await startHubProcess({ DATABASE_URL: url, SITE: 'kill' });
  all.push(h);
  return h;
};

describe('failover: kill -9 of the writer', () => {
  it('five rounds under 16 clients: takeover within 5 s, nothing acknowledged lost, no number reused', async () => {
    let living = [await start()];
    living.push(await start());
    expect(await living[0].isWriter()).toBe(true);
    expect(await living[1].isWriter()).toBe(false);
    const load = new TicketLoad(() => living.map((h) => h.url), 16, ['pendaftaran', 'barang'], 60);
    const takeovers: number[] = [];
    try {
      for (let round = 0; round < 5; round++) {
        const before = load.acked.length;
        await waitFor('tickets acknowledged in this round', () => load.acked.length >= before + 20 + Math.floor(Math.random() * 20), 30_000);
        const writer = (await Promise.all(living.map(async (h) => ((await h.isWriter()) ? h : null)))).find(Boolean)!;
        expect(writer).toBeTruthy();
        const killedAt = Date.now();
        writer.kill('SIGKILL');
        living = living.filter((h) => h !== writer);
        // The bound the issue sets: a standby writes again within 5 s.
        await waitFor('a standby to take over', async () => (await Promise.all(living.map((h) => h.isWriter()))).some(Boolean), 5_000);
        takeovers.push(Date.now() - killedAt);
        living.push(await start());
        console.log(`round ${round + 1}: takeover ${takeovers.at(-1)} ms, ${load.acked.length} acknowledged`);
      }
      await waitFor('tickets after the last takeover', () => load.acked.length >= 20, 10_000);
    } finally {
      await load.stop();
    }
    console.log(`takeover after kill -9 (ms): ${takeovers.join(', ')}; acknowledged tickets: ${load.acked.length}; refused answers meanwhile: ${load.failures.length}`);

    const inDb = await issuedInDb(url, 'kill');
    const byId = new Map(inDb.map((t) => [t.id, t]));
    for (const a of load.acked) expect(byId.get(a.id)?.number, `acknowledged ${a.number} (${a.id})`).toBe(a.number);
    // No number reused or skipped per service; one ticket per key.
    for (const service of ['pendaftaran', 'barang']) {
      const numbers = inDb.filter((t) => t.service === service).map((t) => Number(t.number.split('-')[1]));
      expect(numbers).toEqual(numbers.map((_, i) => i + 1));
    }
    const keys = inDb.map((t) => t.key);
    expect(new Set(keys).size).toBe(keys.length);
    // Five takeovers: six epochs wrote (the first writer and one per round) at most.
    expect(new Set(inDb.map((t) => t.epoch)).size).toBeGreaterThanOrEqual(5);

    // The hubs left converge on one state.
    const head = inDb.at(-1)!.seq;
    await waitFor('hubs to converge', async () => {
      const states = await Promise.all(living.map((h) => api(h.url, '/api/state')));
      return states.every((s) => s.body.seq >= head && s.body.seq === states[0].body.seq && JSON.stringify(s.body.services) === JSON.stringify(states[0].body.services));
    });
  }, 90_000);
});
