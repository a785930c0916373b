// 1. Tickets issued per second over HTTP: 20 keep-alive clients, each taking a ticket as soon as
// its last one was answered, against the hub as `npm start` runs it (compiled, plain node) on:
// an empty day; a day that already holds 20,000 tickets; 100,000 tickets of past history.
// The floor, measured in the same run: a bare express endpoint that appends one line to a file
// and fdatasyncs per request (bench/fsync-floor-process.ts); group commit lets the hub beat it.
// Every window gets a fresh server on a fresh copy of its data; the cases take turns so the noise
// of the shared machine falls on all alike. BENCH_QUICK=1 runs one short window per case.
import { startChild, type Child } from './child.js';
import { busyTodayDataDir, copyDataDir, historyDataDir } from './history.js';
import { issueTicket, SERVICES, startHub } from './bench-hub.js';
import { HttpClient } from './http-client.js';
import { scratchDir } from './scratch.js';
import { fixed, median, sleep } from './stats.js';
import type { Row } from './summary.js';

const QUICK = process.env.BENCH_QUICK === '1';
const CLIENTS = 20;
const TODAY = 20_000;
const HISTORY = 100_000;
const REPETITIONS = QUICK ? 1 : 3;
const WINDOW_MS = QUICK ? 1500 : 3000;
/** A fresh server's code is cold (JIT); its first moments are not counted. */
const WARM_UP_MS = QUICK ? 500 : 1000;

type CaseKey = 'floor' | 'empty' | 'today' | 'history';
interface Case {
  key: CaseKey;
  label: string;
  /** A pristine data dir (copied per start), or null for an empty one. */
  pristine: string | null;
}

/** Runs the clients for a warm-up and one window; tickets/s in the window. */
async function window(url: string): Promise<number> {
  const client = new HttpClient(url, CLIENTS, 60_000);
  let answered = 0;
  let stop = false;
  const workers = Array.from({ length: CLIENTS }, async (_, w) => {
    for (let i = w; !stop; i += CLIENTS) {
      try {
        await issueTicket(client, SERVICES[i % SERVICES.length]);
        answered++;
      } catch (err) {
        if (!stop) throw err; // the server refused or failed: no figure is better than a wrong one
      }
    }
  });
  const failed = Promise.all(workers).then(() => new Promise<never>(() => {}));
  await Promise.race([sleep(WARM_UP_MS), failed]);
  const from = answered;
  const started = performance.now();
  await Promise.race([sleep(WINDOW_MS), failed]);
  const rate = (answered - from) / ((performance.now() - started) / 1000);
  stop = true;
  await Promise.all(workers);
  client.close();
  return rate;
}

async function start(c: Case): Promise<Child> {
  const dataDir = c.pristine ? await copyDataDir(c.pristine) : await scratchDir(`issue-${c.key}-${Math.random().toString(36).slice(2)}`);
  return c.key === 'floor' ? startChild('bench/fsync-floor-process.ts', { DATA_DIR: dataDir }) : startHub({ dataDir });
}

export async function issueThroughput(): Promise<Row[]> {
  console.log(`${CLIENTS} keep-alive clients; ${REPETITIONS} window(s) of ${WINDOW_MS / 1000} s per case, each on a fresh server after ${WARM_UP_MS / 1000} s warm-up`);
  const made = performance.now();
  const cases: Case[] = [
    { key: 'floor', label: 'floor: express + append + fdatasync per request', pristine: null },
    { key: 'empty', label: 'hub, empty day', pristine: null },
    { key: 'today', label: `hub, ${TODAY.toLocaleString('en')} tickets already today`, pristine: await busyTodayDataDir(TODAY) },
    { key: 'history', label: `hub, ${HISTORY.toLocaleString('en')} tickets of history`, pristine: await historyDataDir(HISTORY) },
  ];
  console.log(`data written in ${fixed((performance.now() - made) / 1000)} s`);
  const rates = new Map<CaseKey, number[]>(cases.map((c) => [c.key, []]));
  const starts = new Map<CaseKey, number[]>(cases.map((c) => [c.key, []]));
  for (let rep = 0; rep < REPETITIONS; rep++) {
    for (let i = 0; i < cases.length; i++) {
      const c = cases[(i + rep) % cases.length];
      const server = await start(c);
      try {
        rates.get(c.key)!.push(await window(server.url));
        starts.get(c.key)!.push(server.startMs);
      } finally {
        await server.stop();
      }
    }
  }
  const at = (k: CaseKey) => median(rates.get(k)!);
  console.log('case                                                tickets/s median   start (spawn to listening)   each window');
  for (const c of cases) {
    console.log(`${c.label.padEnd(50)} ${fixed(at(c.key)).padStart(17)}   ${fixed(median(starts.get(c.key)!), 0).padStart(20)} ms      ${rates.get(c.key)!.map((r) => fixed(r)).join(', ')}`);
  }
  const floor = at('floor');
  const empty = at('empty');
  return [
    {
      bench: '1. issue, 20 clients, empty day',
      target: '>= 1.0x the express + append + fsync floor',
      measured: `${fixed(empty, 0)}/s (floor ${fixed(floor, 0)}/s; ${fixed(empty / floor, 2)}x)`,
      met: empty >= floor,
    },
    {
      bench: `1. issue, ${TODAY.toLocaleString('en')} tickets already issued today`,
      target: '>= 0.9 of the empty day',
      measured: `${fixed(at('today'), 0)}/s (${fixed(at('today') / empty, 2)} of ${fixed(empty, 0)}/s)`,
      met: at('today') >= 0.9 * empty,
    },
    {
      bench: `1. issue, ${HISTORY.toLocaleString('en')} tickets of history`,
      target: '>= 0.95 of the empty day',
      measured: `${fixed(at('history'), 0)}/s (${fixed(at('history') / empty, 2)} of ${fixed(empty, 0)}/s)`,
      met: at('history') >= 0.95 * empty,
    },
  ];
}
