// 1. Tickets issued per second over HTTP: 20 keep-alive clients, each taking a ticket as soon as
// its last one was answered, against the durable store with 0, 10,000 and 100,000 tickets of
// history. Baseline: the same hub, same history, on the naive one-file store (bench/naive-store.ts).
// The hubs run as child processes on their own copy of the data. The product's three hubs are
// measured in turns (0, 10k, 100k, then 10k, 100k, 0, ...) so the noise of the shared machine falls
// on all of them alike; the naive hubs cannot be interleaved (their queued writes go on for
// seconds after the load stops), so each gets one continuous run cut into windows, then is ended.
import type { Child } from './child.js';
import { copyDataDir, historyDataDirs } from './history.js';
import { issueTicket, SERVICES, startHub } from './bench-hub.js';
import { HttpClient } from './http-client.js';
import { fixed, median, sleep } from './stats.js';
import type { Row } from './summary.js';

const CLIENTS = 20;
const HISTORIES = [0, 10_000, 100_000];
const REPETITIONS = 3;
const WINDOW_MS = 3000;
/** A naive store with much history answers once in seconds: a window waits for a few answers. */
const MIN_ANSWERS = 3;
const MAX_WINDOW_MS = 12_000;

interface Load {
  hub: Child;
  client: HttpClient;
  /** Tickets issued today so far: the durable store rewrites today's file on every flush. */
  issued: number;
}

interface Window {
  perSecond: number;
  /** Tickets already in today's file when the window began. */
  todayBefore: number;
}

async function startLoad(store: 'lowdb' | 'naive', pristine: string): Promise<Load> {
  const hub = await startHub({ dataDir: await copyDataDir(pristine), store });
  return { hub, client: new HttpClient(hub.url, CLIENTS, 180_000), issued: 0 };
}

/**
 * Runs the clients for a warm-up and then `windows` consecutive windows; returns tickets/s per
 * window. With `drain` it waits for the answers in flight at the end (the next burst starts idle).
 */
async function burst(load: Load, warmUpMs: number, windows: number, drain: boolean): Promise<Window[]> {
  let answered = 0;
  let stop = false;
  const workers = Array.from({ length: CLIENTS }, async (_, w) => {
    for (let i = w; !stop; i += CLIENTS) {
      await issueTicket(load.client, SERVICES[i % SERVICES.length]).catch((err: Error) => {
        if (!stop) throw err; // the hub refused or failed: no figure is better than a wrong one
      });
      answered++;
      load.issued++;
    }
  });
  const failed = Promise.all(workers).then(() => new Promise<never>(() => {}));
  await Promise.race([sleep(warmUpMs), failed]);
  const rates: Window[] = [];
  for (let k = 0; k < windows; k++) {
    const from = answered;
    const todayBefore = load.issued;
    const started = performance.now();
    const elapsed = () => performance.now() - started;
    while (elapsed() < WINDOW_MS || (answered - from < MIN_ANSWERS && elapsed() < MAX_WINDOW_MS)) await Promise.race([sleep(50), failed]);
    rates.push({ perSecond: (answered - from) / (elapsed() / 1000), todayBefore });
  }
  stop = true;
  if (drain) await Promise.all(workers);
  return rates;
}

export async function issueThroughput(): Promise<Row[]> {
  console.log(`${CLIENTS} keep-alive clients; ${REPETITIONS} windows of ${WINDOW_MS / 1000} s per case (naive: at least ${MIN_ANSWERS} answers, at most ${MAX_WINDOW_MS / 1000} s)`);
  const rates = new Map<string, Window[]>();
  const starts = new Map<string, number>();
  const dirs = new Map<number, Awaited<ReturnType<typeof historyDataDirs>>>();
  const made = performance.now();
  for (const h of HISTORIES) dirs.set(h, await historyDataDirs(h));
  console.log(`history written in ${fixed((performance.now() - made) / 1000)} s`);

  const product = new Map<number, Load>();
  for (const h of HISTORIES) product.set(h, await startLoad('lowdb', dirs.get(h)!.lowdb));
  for (let rep = 0; rep < REPETITIONS; rep++) {
    for (let i = 0; i < HISTORIES.length; i++) {
      const h = HISTORIES[(i + rep) % HISTORIES.length];
      const [rate] = await burst(product.get(h)!, 500, 1, true);
      rates.set(`lowdb-${h}`, [...(rates.get(`lowdb-${h}`) ?? []), rate]);
    }
  }
  for (const [h, load] of product) {
    starts.set(`lowdb-${h}`, load.hub.startMs);
    await load.hub.stop();
    load.client.close();
  }
  for (const h of HISTORIES) {
    const load = await startLoad('naive', dirs.get(h)!.naive);
    rates.set(`naive-${h}`, await burst(load, 1000, REPETITIONS, false));
    starts.set(`naive-${h}`, load.hub.startMs);
    await load.hub.stop();
    load.client.close();
  }

  console.log('store   history   tickets/s median   hub start   each window: tickets/s (tickets already issued today)');
  const at = (store: string, h: number) => median(rates.get(`${store}-${h}`)!.map((w) => w.perSecond));
  for (const h of HISTORIES) {
    for (const store of ['lowdb', 'naive']) {
      const windows = rates.get(`${store}-${h}`)!.map((w) => `${fixed(w.perSecond)} (${w.todayBefore})`).join(', ');
      console.log(`${store.padEnd(6)} ${String(h).padStart(8)}   ${fixed(at(store, h)).padStart(16)}   ${fixed(starts.get(`${store}-${h}`)! / 1000, 1).padStart(7)} s   ${windows}`);
    }
  }
  const rows: Row[] = HISTORIES.map((h) => ({
    bench: `1. issue throughput, ${h.toLocaleString('en')} tickets of history`,
    target: '>= 500 tickets/s',
    measured: `${fixed(at('lowdb', h), 0)}/s (naive store: ${fixed(at('naive', h), 1)}/s; ${fixed(at('lowdb', h) / at('naive', h), 1)}x)`,
    met: at('lowdb', h) >= 500,
  }));
  const kept = at('lowdb', 100_000) / at('lowdb', 0);
  rows.push({
    bench: '1. throughput at 100,000 history / at 0',
    target: '>= 0.8',
    measured: `${fixed(kept, 2)} (naive store: ${fixed(at('naive', 100_000) / at('naive', 0), 3)})`,
    met: kept >= 0.8,
  });
  return rows;
}
