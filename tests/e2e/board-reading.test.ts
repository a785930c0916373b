// The board read from 5 m (docs/board.md): every secondary text at least 48 px at 1920x1080 and the
// same share of the screen at 1280x720 (computed sizes, not guesses); the hero card clears when its
// call is over; the "enable sound" prompt is a corner banner that leaves the board visible.
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot } from '../helpers/browser.js';
import { ROOT, api, login, officerToken, startTestHub, type TestHub } from '../helpers/test-hub.js';

const DIST = process.env.GILIRAN_DIST ?? join(ROOT, 'dist');
/** The reading-distance rule: 48 px at 1080 lines, i.e. 4.44% of the screen height. */
const MIN_SHARE = 48 / 1080;

let hub: TestHub;
let browser: Browser;
let token: string;

async function issue(service: string): Promise<{ id: string; number: string }> {
  const r = await api(hub.url, '/api/tickets', { body: { service }, headers: { 'Idempotency-Key': randomUUID() } });
  expect(r.status).toBe(201);
  return r.body;
}
async function post(path: string, body?: unknown): Promise<any> {
  const r = await api(hub.url, path, { method: 'POST', token, body });
  expect(r.status, JSON.stringify(r.body)).toBe(200);
  return r.body;
}

/** Computed font sizes of the board's secondary texts, by what they are. */
function fontSizes(page: Page): Promise<Record<string, number[]>> {
  return page.evaluate(() => {
    const board = document.querySelector('giliran-board')!.shadowRoot!;
    const inner = (sel: string, part: string): number[] =>
      [...board.querySelectorAll(sel)].flatMap((el) => [...(el.shadowRoot?.querySelectorAll(part) ?? [])]).map((e) => parseFloat(getComputedStyle(e).fontSize));
    const own = (sel: string): number[] => [...board.querySelectorAll(sel)].map((e) => parseFloat(getComputedStyle(e).fontSize));
    return {
      site: own('.site'),
      counterName: inner('giliran-board-counter', '.name'),
      counterState: inner('giliran-board-counter', '.state'),
      recentHeading: inner('giliran-board-recent', 'h2'),
      recentNumber: inner('giliran-board-recent', '.number'),
      recentCounter: inner('giliran-board-recent', '.counter'),
      waitingHeading: inner('giliran-board-waiting', 'h2'),
      waitingName: inner('giliran-board-waiting', '.name'),
      waitingCount: inner('giliran-board-waiting', '.count small'),
      ticker: inner('giliran-board-ticker', '.run'),
      heroLabel: inner('giliran-board-call', '.label'),
      heroGo: inner('giliran-board-call', '.go'),
      heroService: inner('giliran-board-call', '.service'),
      clockDate: inner('giliran-board-clock', '.date'),
    };
  });
}

/** Texts cut short with an ellipsis (scrollWidth beyond the box) would not be read at all. */
function clipped(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const board = document.querySelector('giliran-board')!.shadowRoot!;
    const out: string[] = [];
    for (const host of board.querySelectorAll('giliran-board-counter, giliran-board-waiting')) {
      for (const e of host.shadowRoot?.querySelectorAll('.name') ?? []) if (e.scrollWidth > e.clientWidth + 1) out.push(e.textContent ?? '');
    }
    return out;
  });
}

const hero = (page: Page) => page.evaluate(() => document.querySelector('giliran-board')!.shadowRoot!.querySelector('giliran-board-call')!.shadowRoot!.querySelector('.card')!.textContent!.replace(/\s+/g, ' ').trim());

beforeAll(async () => {
  if (!existsSync(join(DIST, 'board', 'index.html'))) throw new Error(`the board is not built in ${DIST}: run "npm run build" first`);
  hub = await startTestHub({ env: process.env.GILIRAN_DIST ? { GILIRAN_DIST: DIST } : {} });
  token = await officerToken(hub.url, await login(hub.url));
  browser = await launchBrowser();
  await api(hub.url, '/api/admin/settings', { method: 'PATCH', token: await login(hub.url), body: { runningText: 'Jam kunjungan 08:00-11:00. Siapkan KTP. Barang titipan diperiksa di Loket 3.' } });
});

afterAll(async () => {
  await browser?.close();
  await hub?.close();
});

describe('board reading distance', () => {
  it('secondary text is at least 48 px at 1920x1080 and the same share of the height at 1280x720', async () => {
    for (let i = 0; i < 4; i++) await issue('pendaftaran');
    for (let i = 0; i < 3; i++) await issue('barang');
    await issue('informasi');
    await issue('kunjungan');
    for (const c of ['loket-1', 'loket-2', 'loket-3', 'loket-4', 'ruang-kunjungan', 'loket-1']) await post(`/api/counters/${c}/call-next`);
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    await page.goto(`${hub.url}/board/`);
    await page.waitForSelector('giliran-board[data-seq]:not([data-seq=""])');
    for (const [w, h] of [[1920, 1080], [1280, 720]] as const) {
      await page.setViewportSize({ width: w, height: h });
      await page.waitForFunction((width) => innerWidth === width, w);
      await page.waitForTimeout(3700); // the first-call flash has ended: the picture shows the resting board
      await screenshot(page, `board-reading-${w}x${h}`);
      const sizes = await fontSizes(page);
      const min = MIN_SHARE * h - 0.5;
      for (const [what, list] of Object.entries(sizes)) {
        expect(list.length, `${what} present at ${w}x${h}`).toBeGreaterThan(0);
        for (const px of list) expect(px, `${what} at ${w}x${h}`).toBeGreaterThanOrEqual(min);
      }
      expect(await clipped(page), `names cut at ${w}x${h}`).toEqual([]);
      // Nothing spills off the screen: the ticker's bottom is on it.
      const bottom = await page.evaluate(() => document.querySelector('giliran-board')!.shadowRoot!.querySelector('giliran-board-ticker')!.getBoundingClientRect().bottom);
      expect(bottom).toBeLessThanOrEqual(h + 1);
    }
    await page.close();
  }, 90_000);

  it('the hero card clears when its call is over (transferred, finished, counter paused)', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto(`${hub.url}/board/`);
    await page.waitForSelector('giliran-board[data-seq]:not([data-seq=""])');
    await issue('pendaftaran');
    const called = (await post('/api/counters/loket-2/call-next')).ticket as { id: string; number: string };
    await page.waitForFunction((n) => document.querySelector('giliran-board')!.dataset.hero === n, called.number);
    expect(await hero(page)).toContain(called.number);
    await post(`/api/tickets/${called.id}/transfer`, { service: 'barang' });
    await page.waitForFunction(() => document.querySelector('giliran-board')!.dataset.hero === '');
    expect(await hero(page)).not.toContain(called.number);
    await screenshot(page, 'board-hero-cleared-1280x720');
    // The ended call is listed with the earlier ones.
    expect(await page.evaluate(() => document.querySelector('giliran-board')!.shadowRoot!.querySelector('giliran-board-recent')!.shadowRoot!.textContent)).toContain(called.number);

    await issue('informasi');
    const next = (await post('/api/counters/loket-4/call-next')).ticket as { id: string; number: string };
    await page.waitForFunction((n) => document.querySelector('giliran-board')!.dataset.hero === n, next.number);
    await post('/api/counters/loket-4/pause');
    await page.waitForFunction(() => document.querySelector('giliran-board')!.dataset.hero === '');
    await post('/api/counters/loket-4/open');
    await page.close();
  }, 60_000);

  it('asks for sound in a corner banner: the board stays visible and undimmed', async () => {
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    await page.addInitScript(() => {
      const Real = window.AudioContext;
      window.AudioContext = class extends Real {
        constructor(o?: AudioContextOptions) {
          super(o);
          void this.suspend();
        }
      };
    });
    await page.goto(`${hub.url}/board/`);
    const banner = page.locator('giliran-sound-overlay');
    await banner.waitFor();
    const box = (await banner.boundingBox())!;
    expect(box.width * box.height).toBeLessThan(1920 * 1080 * 0.15);
    expect(box.x).toBeLessThan(1920 * 0.05); // in the top-left corner, not across the board
    expect(box.y).toBeLessThan(1080 * 0.05);
    // The board's middle is not covered: the element there belongs to the board.
    const covered = await page.evaluate(() => document.elementFromPoint(960, 540)?.tagName.toLowerCase());
    expect(covered).toBe('giliran-board');
    await screenshot(page, 'board-sound-banner');
    await banner.getByRole('button').click();
    await banner.waitFor({ state: 'detached' });
    await page.close();
  });
});
