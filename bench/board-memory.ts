// 5. The board page (/board/) in headless Chromium through 5,000 calls: JS heap growth, measured
// over CDP after forced garbage collections. Baseline: the heap after a 100-call warm-up in the
// same page. Calls are recalls of five called tickets (each one a `ticket:called` the board shows
// and queues for its announcer), sent 20 at a time, so 5,000 take a minute, not hours.
// The board has no URL option to mute it (only ?lang, ?services, ?counters), so the muted run
// turns voice and chime off in the site settings, as an administrator would. Each run gets a
// fresh hub, so both start from an empty day.
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../testkit/browser.js';
import { builtApps } from './build-apps.js';
import { COUNTERS, issueMany, staffTokens, startHub } from './bench-hub.js';
import { HttpClient } from './http-client.js';
import { scratchDir } from './scratch.js';
import { mb } from './stats.js';
import type { Row } from './summary.js';

const WARM_UP = 100;
const CALLS = 5000;
const SENDERS = 20;

interface Usage {
  heap: number;
  queue: number;
  log: number;
}

interface Result {
  label: string;
  base: Usage;
  end: Usage;
  maxQueue: number;
}

/** Heap after forced GCs, and the announcer's queue and log lengths. */
async function usage(page: Page, gc: () => Promise<number>): Promise<Usage> {
  const heap = await gc();
  const sizes = await page.evaluate(() => ({ queue: window.__giliranAnnouncer?.queue.length ?? -1, log: window.__giliranAnnouncer?.log.length ?? -1 }));
  return { heap, ...sizes };
}

async function run(browser: Browser, label: string, muted: boolean): Promise<Result> {
  const hub = await startHub({ dataDir: await scratchDir(`board-memory-${muted ? 'muted' : 'sound'}`), env: { GILIRAN_DIST: await builtApps() } });
  const client = new HttpClient(hub.url, SENDERS);
  const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  try {
    const { admin, officer } = await staffTokens(hub.url);
    if (muted) {
      const r = await fetch(`${hub.url}/api/admin/settings`, {
        method: 'PATCH',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${admin}` },
        body: JSON.stringify({ voice: { voice: false, chime: false } }),
      });
      if (r.status !== 200) throw new Error(`mute: ${r.status} ${await r.text()}`);
    }
    const auth = { authorization: `Bearer ${officer}` };
    await issueMany(client, { pendaftaran: 2, barang: 1, informasi: 1 });
    const called: string[] = [];
    for (const c of COUNTERS) called.push((await client.post<{ ticket: { id: string } }>(`/api/counters/${c}/call-next`, undefined, auth)).body.ticket.id);

    page.on('pageerror', (e) => console.error('board page error:', e.message));
    await page.goto(`${hub.url}/board/`);
    await page.waitForSelector('giliran-board[data-seq]:not([data-seq=""])');
    await page.evaluate(() => window.__giliranAnnouncer?.ready);
    const cdp = await page.context().newCDPSession(page);
    const gc = async () => {
      for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
      return (await cdp.send('Runtime.getHeapUsage')).usedSize;
    };
    let maxQueue = 0;
    const recalls = async (n: number) => {
      let next = 0;
      await Promise.all(
        Array.from({ length: SENDERS }, async () => {
          for (let k = next++; k < n; k = next++) {
            const r = await client.post(`/api/tickets/${called[k % called.length]}/recall`, undefined, auth);
            if (r.status !== 200) throw new Error(`recall: ${r.status} ${JSON.stringify(r.body)}`);
            if (k % 500 === 499) maxQueue = Math.max(maxQueue, await page.evaluate(() => window.__giliranAnnouncer?.queue.length ?? -1));
          }
        }),
      );
      const seq = String(((await (await fetch(`${hub.url}/api/state`)).json()) as { seq: number }).seq);
      await page.waitForFunction((s) => document.querySelector('giliran-board')?.dataset.seq === s, seq, { timeout: 120_000 });
    };

    const loaded = await usage(page, gc);
    await recalls(WARM_UP);
    const base = await usage(page, gc);
    const started = performance.now();
    await recalls(CALLS);
    const seconds = (performance.now() - started) / 1000;
    const end = await usage(page, gc);
    console.log(
      `${label.padEnd(34)} heap loaded ${mb(loaded.heap)}, after warm-up ${mb(base.heap)}, after ${CALLS} calls ${mb(end.heap)} ` +
        `(+${mb(end.heap - base.heap)}); announcer queue max ${maxQueue}, end ${end.queue}, log ${end.log}; ${(CALLS / seconds).toFixed(0)} calls/s`,
    );
    return { label, base, end, maxQueue };
  } finally {
    await page.close();
    client.close();
    await hub.stop();
  }
}

export async function boardMemory(): Promise<Row[]> {
  console.log(`${WARM_UP} warm-up calls, then ${CALLS}; heap = Runtime.getHeapUsage usedSize after 3 forced GCs`);
  const browser = await launchBrowser();
  try {
    const results = [await run(browser, 'sound on (site default)', false), await run(browser, 'voice and chime off (site setting)', true)];
    return results.map((r) => ({
      bench: `5. board heap growth over ${CALLS.toLocaleString('en')} calls, ${r.label}`,
      target: '<= 5 MB',
      measured: `+${mb(r.end.heap - r.base.heap)} (heap after ${WARM_UP}-call warm-up: ${mb(r.base.heap)}; announcer queue max ${r.maxQueue})`,
      met: r.end.heap - r.base.heap <= 5 * 1024 * 1024,
    }));
  } finally {
    await browser.close();
  }
}
