// 2. From an officer's call request to the LAST of 500 (then 1,000) boards receiving that
// `ticket:called`. Officers call 20 times a second, round robin over the four desks (call-next
// also finishes the counter's previous ticket and passes it on: one message carries all of it).
// Baseline: a bare socket.io server in its own process, poked over HTTP at the same rate,
// broadcasting the very payloads the hub sent (captured from the hub's boards) to 500 sockets.
// Both servers run side by side and are measured in alternating rounds, so the noise of the
// shared machine falls on both alike. The boards live in this process: their receiving cost is
// in both figures.
import { BoardCrowd } from './board-crowd.js';
import { COUNTERS, issueMany, staffTokens, startHub } from './bench-hub.js';
import { startChild } from './child.js';
import { HttpClient } from './http-client.js';
import { atSteadyRate } from './pace.js';
import { scratchDir } from './scratch.js';
import { fixed, percentile, times } from './stats.js';
import type { Row } from './summary.js';

const BOARD_COUNTS = [500, 1000];
const PER_SECOND = 20;
const ROUNDS = 3;
const WARM_UP = 10;
const PER_ROUND = 100;

/** Sends call number k; resolves with the key the boards will see (the call's number). */
type Call = (k: number) => Promise<string>;

interface Side {
  crowd: BoardCrowd;
  call: Call;
  /** Call-to-last-board latencies, ms. */
  measured: number[];
  missing: number;
  calls: number;
}

async function round(side: Side): Promise<void> {
  const sent = new Map<string, number>();
  await atSteadyRate(WARM_UP + PER_ROUND, PER_SECOND, async () => {
    const t0 = performance.now();
    sent.set(await side.call(side.calls++), t0);
  });
  const keys = [...sent.keys()];
  side.missing += (await side.crowd.settle(keys)).length;
  // a call some board never got counts as missing, not as a latency
  for (const k of keys.slice(WARM_UP)) {
    const receipt = side.crowd.receipts.get(k);
    if (receipt?.count === side.crowd.size) side.measured.push(receipt.last - sent.get(k)!);
  }
}

function withNumber(payload: unknown, number: string): unknown {
  const p = payload as { call: Record<string, unknown> };
  return { ...p, call: { ...p.call, number } };
}

export async function callToBoard(): Promise<Row[]> {
  const rows: Row[] = [];
  for (const boards of BOARD_COUNTS) rows.push(await measure(boards));
  return rows;
}

async function measure(BOARDS: number): Promise<Row> {
  console.log(`${BOARDS} board sockets (websocket) per server, ${PER_SECOND} calls/s; ${ROUNDS} alternating rounds of ${PER_ROUND} measured calls (after ${WARM_UP})`);
  const hubProcess = await startHub({ dataDir: await scratchDir('call-to-board') });
  const bareProcess = await startChild('bench/bare-broadcast-process.ts', {});
  const hubClient = new HttpClient(hubProcess.url, 20);
  const bareClient = new HttpClient(bareProcess.url, 20);
  const crowds: BoardCrowd[] = [];
  try {
    const { officer } = await staffTokens(hubProcess.url);
    // enough waiting tickets for every call: loket-1 and loket-2 share pendaftaran
    const perCounter = Math.ceil((ROUNDS * (WARM_UP + PER_ROUND)) / COUNTERS.length) + 5;
    await issueMany(hubClient, { pendaftaran: 2 * perCounter, barang: perCounter, informasi: perCounter });
    crowds.push(await BoardCrowd.connect(hubProcess.url, BOARDS), await BoardCrowd.connect(bareProcess.url, BOARDS));
    const answers: number[] = [];
    const hub: Side = {
      crowd: crowds[0],
      measured: [],
      missing: 0,
      calls: 0,
      async call(k) {
        const t0 = performance.now();
        const r = await hubClient.post<{ ticket: { number: string } }>(`/api/counters/${COUNTERS[k % COUNTERS.length]}/call-next`, undefined, { authorization: `Bearer ${officer}` });
        if (r.status !== 200) throw new Error(`call-next: ${r.status} ${JSON.stringify(r.body)}`);
        answers.push(performance.now() - t0);
        return r.body.ticket.number;
      },
    };
    // the first hub round captures the payloads; the bare server sends them with its own numbers
    let payloads: [string, unknown][] = [];
    const bare: Side = {
      crowd: crowds[1],
      measured: [],
      missing: 0,
      calls: 0,
      async call(k) {
        const key = `P-${k}`;
        const r = await bareClient.post('/poke', { events: payloads.map(([name, p]) => [name, name === 'ticket:called' ? withNumber(p, key) : p]) });
        if (r.status !== 204) throw new Error(`poke: ${r.status}`);
        return key;
      },
    };
    for (let r = 0; r < ROUNDS; r++) {
      await round(hub);
      // what one call-next puts on the wire: one ticket:called (the held ticket's finish and
      // pass-on ride in the same message)
      payloads = [['ticket:called', crowds[0].samples.get('ticket:called')]];
      await round(bare);
    }
    const show = (name: string, s: Side) =>
      console.log(`${name.padEnd(16)} p50 ${fixed(percentile(s.measured, 50)).padStart(7)} ms   p99 ${fixed(percentile(s.measured, 99)).padStart(7)} ms   calls not on every board: ${s.missing}`);
    show('hub (call-next)', hub);
    show('bare socket.io', bare);
    const [p50, p99, b50, b99] = [percentile(hub.measured, 50), percentile(hub.measured, 99), percentile(bare.measured, 50), percentile(bare.measured, 99)];
    console.log(`ratio hub / bare: p50 ${times(p50, b50)}, p99 ${times(p99, b99)}; call-next answered in p50 ${fixed(percentile(answers, 50))} ms, p99 ${fixed(percentile(answers, 99))} ms`);
    return {
      bench: `2. call to last of ${BOARDS.toLocaleString('en')} boards, p99`,
      target: BOARDS === 500 ? '<= 1.5x a bare socket.io broadcast, none lost' : 'reported (none lost)',
      measured: `${fixed(p99)} ms, p50 ${fixed(p50)} ms (bare socket.io: p99 ${fixed(b99)} ms, p50 ${fixed(b50)} ms; ${times(p99, b99)})`,
      met: BOARDS === 500 ? p99 <= 1.5 * b99 && hub.missing === 0 : hub.missing === 0,
    };
  } finally {
    for (const c of crowds) c.close();
    hubClient.close();
    bareClient.close();
    await Promise.all([hubProcess.stop(), bareProcess.stop()]);
  }
}
