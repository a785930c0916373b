// 1. Tickets issued per second over HTTP: 20 keep-alive clients, each taking a ticket as soon as
// its last one was answered, against the durable store with 0, 10,000 and 100,000 tickets of
// history. Baseline: the same hub, same history, on the naive one-file store (bench/naive-store.ts).
// Hubs run as child processes, each on its own copy of the data. Every window of the product's
// store gets a fresh hub on a fresh copy, so each begins with an empty day; a fourth case begins
// with 5,000 tickets already issued today (the day file is rewritten whole on every flush, so a
// day's own tickets may matter where history does not). The product's cases take turns so the
// noise of the shared machine falls on all alike. The naive hubs get one continuous run cut into
// windows, then are ended (a fresh naive hub with 100,000 tickets takes long to start).
import type { Child } from './child.js';
import { busyTodayDataDir, copyDataDir, historyDataDirs } from './history.js';
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
const BUSY_TODAY = 5000;
/** A fresh hub's code is cold (JIT); its first second is not counted. */
const WARM_UP_MS = 1000;

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

interface Case {
  key: string;
  store: 'lowdb' | 'naive';
  pristine: string;
  /** Tickets the data already holds for today. */
  today: number;
}

async function startLoad(c: Case): Promise<Load> {
  const hub = await startHub({ dataDir: await copyDataDir(c.pristine), store: c.store });
  return { hub, client: new HttpClient(hub.url, CLIENTS, 180_000), issued: c.today };
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
      try {
        await issueTicket(load.client, SERVICES[i % SERVICES.length]);
        answered++;
        load.issued++;
      } catch (err) {
        if (!stop) throw err; // the hub refused or failed: no figure is better than a wrong one
      }
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
  console.log(`${CLIENTS} keep-alive clients; ${REPETITIONS} windows of ${WINDOW_MS / 1000} s per case after ${WARM_UP_MS / 1000} s warm-up (naive: at least ${MIN_ANSWERS} answers, at most ${MAX_WINDOW_MS / 1000} s)`);
  const rates = new Map<string, Window[]>();
  const starts = new Map<string, number[]>();
  const dirs = new Map<number, Awaited<ReturnType<typeof historyDataDirs>>>();
  const made = performance.now();
  for (const h of HISTORIES) dirs.set(h, await historyDataDirs(h));
  console.log(`history written in ${fixed((performance.now() - made) / 1000)} s`);

  const busy = await busyTodayDataDir(BUSY_TODAY);
  const run = async (c: Case, windows: number) => {
    const load = await startLoad(c);
    const result = await burst(load, WARM_UP_MS, windows, c.store === 'lowdb');
    await load.hub.stop();
    load.client.close();
    rates.set(c.key, [...(rates.get(c.key) ?? []), ...result]);
    starts.set(c.key, [...(starts.get(c.key) ?? []), load.hub.startMs]);
  };
  const product: Case[] = [
    ...HISTORIES.map((h): Case => ({ key: `lowdb-${h}`, store: 'lowdb', pristine: dirs.get(h)!.lowdb, today: 0 })),
    { key: 'busy', store: 'lowdb', pristine: busy, today: BUSY_TODAY },
  ];
  for (let rep = 0; rep < REPETITIONS; rep++) {
    for (let i = 0; i < product.length; i++) await run(product[(i + rep) % product.length], 1);
  }
  for (const h of HISTORIES) await run({ key: `naive-${h}`, store: 'naive', pristine: dirs.get(h)!.naive, today: 0 }, REPETITIONS);

  console.log('store   history   tickets/s median   hub start   each window: tickets/s (tickets already issued today when it began)');
  const at = (key: string) => median(rates.get(key)!.map((w) => w.perSecond));
  const line = (label: string, history: string, key: string) => {
    const windows = rates.get(key)!.map((w) => `${fixed(w.perSecond)} (${w.todayBefore})`).join(', ');
    console.log(`${label.padEnd(6)} ${history.padStart(8)}   ${fixed(at(key)).padStart(16)}   ${fixed(median(starts.get(key)!) / 1000, 1).padStart(7)} s   ${windows}`);
  };
  for (const h of HISTORIES) for (const store of ['lowdb', 'naive']) line(store, String(h), `${store}-${h}`);
  line('lowdb', '0', 'busy');
  const rows: Row[] = HISTORIES.map((h) => ({
    bench: `1. issue throughput, ${h.toLocaleString('en')} tickets of history`,
    target: '>= 500 tickets/s',
    measured: `${fixed(at(`lowdb-${h}`), 0)}/s (naive store: ${fixed(at(`naive-${h}`), 1)}/s; ${fixed(at(`lowdb-${h}`) / at(`naive-${h}`), 1)}x)`,
    met: at(`lowdb-${h}`) >= 500,
  }));
  const kept = at('lowdb-100000') / at('lowdb-0');
  rows.push({
    bench: '1. throughput at 100,000 history / at 0',
    target: '>= 0.8',
    measured: `${fixed(kept, 2)} (naive store: ${fixed(at('naive-100000') / at('naive-0'), 3)})`,
    met: kept >= 0.8,
  });
  rows.push({
    bench: `1. issue throughput, ${BUSY_TODAY.toLocaleString('en')} tickets already issued today`,
    target: '-',
    measured: `${fixed(at('busy'), 0)}/s (${fixed(at('busy') / at('lowdb-0'), 2)} of an empty day's)`,
    met: null,
  });
  return rows;
}
