// 6. The hub's resident memory (VmRSS of its process) and start-up time (spawn to listening)
// with 100,000 tickets of history, after it started and issued a few hundred tickets. The hub
// runs as `npm start` runs it: compiled, on plain node. Baseline: the same with an empty
// DATA_DIR, same run. Starts alternate (empty, history, empty, ...) so both see the same
// machine. For scale: a bare socket.io server (under tsx, as the benches run their floors).
import { residentBytes, startChild } from './child.js';
import { copyDataDir, historyDataDir } from './history.js';
import { issueMany, startHub } from './bench-hub.js';
import { HttpClient } from './http-client.js';
import { scratchDir } from './scratch.js';
import { mb, median, sleep } from './stats.js';
import type { Row } from './summary.js';

const HISTORY = 100_000;
const ISSUES = 300;
const REPETITIONS = process.env.BENCH_QUICK === '1' ? 1 : 3;

interface Sample {
  /** Spawn to "listening", ms. */
  startMs: number;
  afterStart: number;
  afterIssues: number;
  peak: number;
}

async function sample(dataDir: string): Promise<Sample> {
  const hub = await startHub({ dataDir });
  const client = new HttpClient(hub.url, 20);
  try {
    await sleep(500);
    const afterStart = residentBytes(hub.pid);
    await issueMany(client, { pendaftaran: ISSUES / 2, barang: ISSUES / 4, informasi: ISSUES / 4 });
    await sleep(1000); // let the last flushes and broadcasts settle
    return { startMs: hub.startMs, afterStart, afterIssues: residentBytes(hub.pid), peak: residentBytes(hub.pid, 'VmHWM') };
  } finally {
    client.close();
    await hub.stop();
  }
}

async function floor(): Promise<number> {
  const bare = await startChild('bench/bare-broadcast-process.ts', {});
  await sleep(1500);
  const rss = residentBytes(bare.pid);
  await bare.stop();
  return rss;
}

export async function hubMemory(): Promise<Row[]> {
  const lowdb = await historyDataDir(HISTORY);
  const empty: Sample[] = [];
  const full: Sample[] = [];
  const floors: number[] = [];
  for (let r = 0; r < REPETITIONS; r++) {
    empty.push(await sample(await scratchDir(`hub-memory-empty-${r}`)));
    full.push(await sample(await copyDataDir(lowdb)));
    floors.push(await floor());
  }
  const m = (xs: Sample[], key: keyof Sample) => median(xs.map((x) => x[key]));
  console.log(`VmRSS of the hub process, median of ${REPETITIONS} starts; ${ISSUES} tickets issued after start`);
  console.log('DATA_DIR            start (ms)   after start   after issues   peak (VmHWM)');
  for (const [name, xs] of [['empty', empty], [`${HISTORY.toLocaleString('en')} history`, full]] as const) {
    console.log(`${name.padEnd(18)} ${m(xs, 'startMs').toFixed(0).padStart(11)}   ${mb(m(xs, 'afterStart')).padStart(11)}   ${mb(m(xs, 'afterIssues')).padStart(12)}   ${mb(m(xs, 'peak')).padStart(12)}`);
  }
  console.log(`for scale: a bare socket.io server under node --import tsx: ${mb(median(floors))}`);
  const rss = m(full, 'afterIssues');
  const base = m(empty, 'afterIssues');
  return [
    {
      bench: '6. hub resident memory, 100,000 tickets of history',
      target: '<= 90 MB',
      measured: `${mb(rss)} (empty DATA_DIR: ${mb(base)}; +${mb(rss - base)})`,
      met: rss <= 90 * 1024 * 1024,
    },
    {
      bench: '6. hub start-up, 100,000 tickets of history',
      target: '< 1 s (spawn to listening)',
      measured: `${m(full, 'startMs').toFixed(0)} ms (empty DATA_DIR: ${m(empty, 'startMs').toFixed(0)} ms)`,
      met: m(full, 'startMs') < 1000,
    },
  ];
}
