// A writer in its own process, for the lease tests (SIGSTOP, kill -9): takes the site lease,
// claims the writer's epoch, then appends on command from stdin ("append <seq>") and says what
// happened on stdout: "held <epoch>", "ok <seq>", "refused <seq> <message>", "lost <message>".
// It does NOT stop writing when it notices the loss: the tests show the epoch fence refuses it.
import { createInterface } from 'node:readline';
import { PostgresStore } from '../../hub/store/postgres/postgres-store.js';
import { SiteLease } from '../../hub/store/postgres/site-lease.js';

const url = process.env.DATABASE_URL!;
const site = process.env.SITE!;
const timeoutMs = Number(process.env.LEASE_TIMEOUT_MS ?? 1500);

const store = await PostgresStore.open({ url, site, log: () => {} });
const lease = new SiteLease({ url, site, timeoutMs });
lease.on('lost', (err) => console.log(`lost ${err.message}`));
await lease.acquire();
const { epoch } = await store.claimWriter(`holder:${process.pid}`);
console.log(`held ${epoch}`);

for await (const line of createInterface({ input: process.stdin })) {
  const m = /^append (\d+)$/.exec(line.trim());
  if (!m) continue;
  const seq = Number(m[1]);
  try {
    await store.appendEvents('2026-11-28', [{ type: 'counter.paused', seq, at: new Date().toISOString(), by: 'holder', counter: 'loket-1' }]);
    console.log(`ok ${seq}`);
  } catch (err) {
    console.log(`refused ${seq} ${(err as Error).message}`);
  }
}
