// `npm run bench` runs every benchmark; `npm run bench -- throughput print` runs only those.
// Each prints its own baseline from the same run; the summary at the end is a Markdown table.
import { cpus, loadavg, totalmem } from 'node:os';
import { callToBoard } from './call-to-board.js';
import { bundleSize } from './bundle-size.js';
import { boardMemory } from './board-memory.js';
import { hubMemory } from './hub-memory.js';
import { issueThroughput } from './issue-throughput.js';
import { liveFlood } from './live-flood.js';
import { printLatency } from './print-latency.js';
import { storeAppend } from './store-append.js';
import { table, type Benchmark, type Row } from './summary.js';

const BENCHMARKS: Record<string, Benchmark> = {
  throughput: issueThroughput,
  'call-to-board': callToBoard,
  print: printLatency,
  bundle: bundleSize,
  'board-memory': boardMemory,
  'hub-memory': hubMemory,
  'live-flood': liveFlood,
  store: storeAppend,
};

// Ctrl-C still runs the exit handlers: server children are killed, temporary data removed.
process.once('SIGINT', () => process.exit(130));

const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !(name in BENCHMARKS));
if (unknown.length) {
  console.error(`unknown benchmark ${unknown.join(', ')}; choose from: ${Object.keys(BENCHMARKS).join(', ')}`);
  process.exit(2);
}

console.log(`Giliran benchmarks: ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), ${(totalmem() / 2 ** 30).toFixed(1)} GB, Node ${process.version}`);
console.log('Shared machine: figures are medians, each against a baseline measured in this same run.');
const rows: Row[] = [];
const started = performance.now();
for (const name of wanted.length ? wanted : Object.keys(BENCHMARKS)) {
  console.log(`\n== ${name} ==`);
  const t0 = performance.now();
  const load = loadavg()[0].toFixed(1);
  try {
    rows.push(...(await BENCHMARKS[name]()));
  } catch (err) {
    console.error(err);
    rows.push({ bench: name, target: '-', measured: `failed: ${(err as Error).message.split('\n')[0]}`, met: false });
  }
  // the machine is shared: its load beside each figure says how much to trust it
  console.log(`(${name}: ${((performance.now() - t0) / 1000).toFixed(0)} s; load average before ${load}, after ${loadavg()[0].toFixed(1)})`);
}
console.log(`\n== summary (${((performance.now() - started) / 1000).toFixed(0)} s) ==\n${table(rows)}`);
process.exit(rows.some((r) => r.met === false) ? 1 : 0);
