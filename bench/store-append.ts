// `bench -- store`: events per second appended durably by the embedded store alone
// (EmbeddedStore.appendEvents: JSON Lines, one write + one fdatasync per flush), against the same
// loop written bare (a file opened 'a', one write and one fdatasync per batch), same batch sizes,
// same events, same disk, in this process. Each call waits for the one before (one batch = one
// flush), so the figure is the store's own cost per flush. BENCH_QUICK=1: short rounds.
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import type { DomainEvent } from '../hub/queue/events.js';
import { EmbeddedStore } from '../hub/store/embedded/embedded-store.js';
import { scratchDir } from './scratch.js';
import { fixed, median } from './stats.js';
import type { Row } from './summary.js';

const QUICK = process.env.BENCH_QUICK === '1';
const BATCHES = [1, 10, 100];
const ROUND_MS = QUICK ? 600 : 2000;
const ROUNDS = QUICK ? 2 : 5;
const DAY = '2026-12-01';

/** A ticket.issued event of realistic size (the bulk of a busy day's log). */
function issued(seq: number): DomainEvent {
  const id = `T${seq.toString(36).padStart(21, '0')}`;
  const at = '2026-12-01T02:00:00.000Z';
  return {
    type: 'ticket.issued',
    seq,
    at,
    by: null,
    idempotencyKey: `k-${seq}`,
    device: 'kiosk-1',
    ticket: {
      id,
      number: `A-${String(seq % 1000).padStart(3, '0')}`,
      service: 'pendaftaran',
      originService: 'pendaftaran',
      priority: false,
      status: 'waiting',
      issuedAt: at,
      arrivedAt: at,
      queuedAt: at,
      calledAt: null,
      startedAt: null,
      finishedAt: null,
      counter: null,
      recalls: 0,
      transferredFrom: null,
    },
  } as unknown as DomainEvent;
}

async function storeRound(batch: number): Promise<number> {
  const store = await EmbeddedStore.open(await scratchDir(`store-${batch}-${Math.random().toString(36).slice(2)}`), { log: () => {} });
  let seq = 0;
  const started = performance.now();
  while (performance.now() - started < ROUND_MS) {
    const events = Array.from({ length: batch }, () => issued(++seq));
    await store.appendEvents(DAY, events);
  }
  const rate = seq / ((performance.now() - started) / 1000);
  await store.close();
  return rate;
}

async function bareRound(batch: number): Promise<number> {
  const fd = await open(join(await scratchDir(`bare-${batch}-${Math.random().toString(36).slice(2)}`), `${DAY}.jsonl`), 'a', 0o600);
  let seq = 0;
  const started = performance.now();
  while (performance.now() - started < ROUND_MS) {
    let text = '';
    for (let i = 0; i < batch; i++) text += JSON.stringify(issued(++seq)) + '\n';
    await fd.write(text);
    await fd.datasync();
  }
  const rate = seq / ((performance.now() - started) / 1000);
  await fd.close();
  return rate;
}

export async function storeAppend(): Promise<Row[]> {
  console.log(`events/s appended durably, ${ROUNDS} rounds of ${ROUND_MS / 1000} s per batch size, store and bare loop taking turns`);
  const rows: Row[] = [];
  console.log('batch   store events/s   bare events/s   store / bare   (each round: store | bare)');
  for (const batch of BATCHES) {
    const store: number[] = [];
    const bare: number[] = [];
    for (let r = 0; r < ROUNDS; r++) {
      store.push(await storeRound(batch));
      bare.push(await bareRound(batch));
    }
    const ratio = median(store) / median(bare);
    console.log(`${String(batch).padStart(5)}   ${fixed(median(store), 0).padStart(14)}   ${fixed(median(bare), 0).padStart(13)}   ${fixed(ratio, 2).padStart(12)}   ${store.map((x) => fixed(x, 0)).join(' ')} | ${bare.map((x) => fixed(x, 0)).join(' ')}`);
    rows.push({
      bench: `store: append ${batch} event${batch > 1 ? 's' : ''} per flush`,
      target: '>= 0.9x the bare append + fdatasync loop',
      measured: `${fixed(median(store), 0)} events/s (bare ${fixed(median(bare), 0)}/s; ${fixed(ratio, 2)}x)`,
      met: ratio >= 0.9,
    });
  }
  return rows;
}
