// The board against the real hub serving the built apps: calls show at once, are announced in
// order (observed through window.__giliranAnnouncer), recalls are spoken again, a hub restart is
// survived without a reload, every clip decodes, and the layouts are captured as screenshots.
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allClipNames } from '../../board/voice/clips.js';
import { launchBrowser, screenshot } from '../helpers/browser.js';
import { ROOT, api, login, officerToken, startTestHub, type TestHub } from '../helpers/test-hub.js';

const DIST = process.env.GILIRAN_DIST ?? join(ROOT, 'dist');
const BOARD = '/board/';

interface Spoken {
  number: string;
  recall: number;
  skipped: boolean;
  seq: number;
}

let hub: TestHub;
let browser: Browser;
let token: string;

async function issue(service: string): Promise<{ id: string; number: string }> {
  const r = await api(hub.url, '/api/tickets', { body: { service }, headers: { 'Idempotency-Key': randomUUID() } });
  expect(r.status).toBe(201);
  return r.body;
}

async function callNext(counter: string): Promise<{ id: string; number: string }> {
  const r = await api(hub.url, `/api/counters/${counter}/call-next`, { method: 'POST', token });
  expect(r.status, JSON.stringify(r.body)).toBe(200);
  return r.body.ticket;
}

async function recall(ticketId: string): Promise<void> {
  const r = await api(hub.url, `/api/tickets/${ticketId}/recall`, { method: 'POST', token });
  expect(r.status, JSON.stringify(r.body)).toBe(200);
}

async function openBoard(query = '', size = { width: 1920, height: 1080 }): Promise<Page> {
  const page = await browser.newPage({ viewport: size });
  page.on('pageerror', (e) => console.error('board page error:', e.message));
  await page.goto(`${hub.url}${BOARD}${query}`);
  await page.waitForSelector('giliran-board[data-seq]:not([data-seq=""])');
  await page.evaluate(() => window.__giliranAnnouncer?.ready); // clips decoded: the page is idle
  return page;
}

const spoken = (page: Page) =>
  page.evaluate(() => (window.__giliranAnnouncer?.log ?? []).map((a) => ({ number: a.number, recall: a.recall, skipped: a.skipped, seq: a.seq })));

async function waitSpoken(page: Page, count: number, timeout = 40_000): Promise<Spoken[]> {
  await page.waitForFunction((n) => (window.__giliranAnnouncer?.log ?? []).filter((a) => !a.skipped).length >= n, count, { timeout });
  return spoken(page);
}

const latest = (page: Page) => page.locator('giliran-board').getAttribute('data-latest');

beforeAll(async () => {
  if (!existsSync(join(DIST, 'board', 'index.html'))) throw new Error(`the board is not built in ${DIST}: run "npm run build" first`);
  hub = await startTestHub({ env: process.env.GILIRAN_DIST ? { GILIRAN_DIST: DIST } : {} });
  token = await officerToken(hub.url, await login(hub.url));
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await hub?.close();
});

describe('board e2e', () => {
  it('every clip the playlist can name is served and decodes in Chromium', async () => {
    const page = await openBoard();
    const result = await page.evaluate(async (names) => {
      const urls = window.__giliranClips ?? {};
      const ctx = new OfflineAudioContext(1, 1, 16000);
      const bad: string[] = [];
      let seconds = 0;
      for (const name of names) {
        const url = urls[name];
        if (!url) {
          bad.push(`${name}: no URL`);
          continue;
        }
        try {
          const res = await fetch(url);
          if (!res.ok) throw new Error(`HTTP ${res.status}`);
          const buffer = await ctx.decodeAudioData(await res.arrayBuffer());
          if (buffer.duration < 0.1 || buffer.duration > 3) throw new Error(`duration ${buffer.duration}`);
          seconds += buffer.duration;
        } catch (e) {
          bad.push(`${name}: ${(e as Error).message}`);
        }
      }
      return { bad, seconds };
    }, allClipNames());
    expect(result.bad).toEqual([]);
    expect(result.seconds).toBeGreaterThan(10);
    await page.close();
  });

  it('shows a call within a second, announces quick calls in order, and a recall again', async () => {
    const page = await openBoard();
    const a = await issue('pendaftaran');
    const b = await issue('barang');
    const t0 = Date.now();
    const first = await callNext('loket-2');
    await page.waitForFunction((n) => document.querySelector('giliran-board')?.dataset.latest === n, first.number, { timeout: 1000 });
    expect(Date.now() - t0).toBeLessThan(1000);
    expect(first.number).toBe(a.number);
    // A second call while the first is being spoken: it waits, it is not dropped.
    const second = await callNext('loket-3');
    expect(second.number).toBe(b.number);
    await page.waitForFunction(() => (window.__giliranAnnouncer?.queue.length ?? 0) + (window.__giliranAnnouncer?.current ? 1 : 0) >= 1);
    await recall(first.id);
    const log = await waitSpoken(page, 3);
    expect(log.map((s) => [s.number, s.recall, s.skipped])).toEqual([
      [a.number, 0, false],
      [b.number, 0, false],
      [a.number, 1, false],
    ]);
    expect(await latest(page)).toBe(a.number);
    await screenshot(page, 'board-recall');
    await page.close();
  }, 60_000);

  it('shows only its own services or counters when filtered', async () => {
    const page = await openBoard('?services=kunjungan');
    const tiles = await page.locator('giliran-board-counter').evaluateAll((els) => els.map((e) => e.dataset.counter));
    expect(tiles).toEqual(['ruang-kunjungan']);
    await issue('pendaftaran');
    const visit = await issue('kunjungan');
    await callNext('loket-1');
    const called = await callNext('ruang-kunjungan');
    expect(called.number).toBe(visit.number);
    const log = await waitSpoken(page, 1);
    expect(log.map((s) => s.number)).toEqual([visit.number]);
    await page.close();
  }, 60_000);

  it('asks for a tap when sound is blocked, and speaks after it', async () => {
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    // As a browser without the autoplay flag: the context starts suspended.
    await page.addInitScript(() => {
      const Real = window.AudioContext;
      window.AudioContext = class extends Real {
        constructor(o?: AudioContextOptions) {
          super(o);
          void this.suspend();
        }
      };
    });
    await page.goto(`${hub.url}${BOARD}`);
    const overlay = page.locator('giliran-sound-overlay');
    await overlay.waitFor();
    expect(await overlay.getByRole('button').textContent()).toContain('Aktifkan suara');
    await screenshot(page, 'board-sound-blocked');
    await overlay.getByRole('button').click();
    await overlay.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => window.__giliranAnnouncer?.blocked)).toBe(false);
    await page.close();
  });

  it('keeps short lists after many calls; screenshots at 1920x1080, 1366x768 and portrait', async () => {
    const page = await openBoard();
    for (let i = 0; i < 4; i++) await issue('pendaftaran');
    for (let i = 0; i < 2; i++) await issue('barang');
    await issue('informasi');
    for (const counter of ['loket-1', 'loket-2', 'loket-3', 'loket-1', 'loket-4', 'loket-2']) await callNext(counter);
    await page.waitForFunction(() => (window.__giliranAnnouncer?.queue.length ?? 0) > 0);
    const recent = await page.locator('giliran-board-recent li').count();
    expect(recent).toBeLessThanOrEqual(6);
    const sizes = [
      ['board-1920x1080', 1920, 1080],
      ['board-1366x768', 1366, 768],
      ['board-portrait-1080x1920', 1080, 1920],
    ] as const;
    for (const [name, width, height] of sizes) {
      await page.setViewportSize({ width, height });
      await page.waitForTimeout(300); // layout settles; the flash animation is part of the picture
      await screenshot(page, name);
    }
    await page.close();
  }, 60_000);

  it('keeps memory and the DOM flat over many calls', async () => {
    const page = await openBoard();
    const cdp = await page.context().newCDPSession(page);
    const measure = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      const heap = (await cdp.send('Runtime.getHeapUsage')).usedSize;
      const nodes = await page.evaluate(() => {
        const count = (root: Document | ShadowRoot): number =>
          [...root.querySelectorAll('*')].reduce((n, el) => n + 1 + (el.shadowRoot ? count(el.shadowRoot) : 0), 0);
        return count(document);
      });
      return { heap, nodes };
    };
    const calls = async (n: number) => {
      for (let i = 0; i < n; i++) {
        await issue(i % 2 ? 'pendaftaran' : 'barang');
        await callNext(i % 2 ? 'loket-1' : 'loket-3');
      }
      const seq = (await api(hub.url, '/api/state')).body.seq;
      await page.waitForFunction((s) => document.querySelector('giliran-board')?.dataset.seq === String(s), seq);
    };
    await calls(80); // past the announcer's bounds (queue 30, log 50): from here on nothing should grow
    const before = await measure();
    await calls(120);
    const after = await measure();
    expect(after.nodes).toBe(before.nodes);
    expect(after.heap - before.heap).toBeLessThan(1024 * 1024);
    const sizes = await page.evaluate(() => ({ queue: window.__giliranAnnouncer!.queue.length, log: window.__giliranAnnouncer!.log.length }));
    expect(sizes.queue).toBeLessThanOrEqual(30);
    expect(sizes.log).toBeLessThanOrEqual(50);
    await page.close();
  }, 120_000);

  it('shows an offline notice when the hub is gone, and the current state after its restart, without a reload', async () => {
    const page = await openBoard();
    await page.evaluate(() => ((window as unknown as { loadMark: number }).loadMark = 42));
    await hub.close();
    await page.waitForSelector('giliran-board[offline]', { timeout: 10_000 });
    await screenshot(page, 'board-offline');
    await hub.restart();
    await page.waitForSelector('giliran-board:not([offline])', { timeout: 15_000 });
    const ticket = await issue('informasi');
    const called = await callNext('loket-4');
    expect(called.number).toBe(ticket.number);
    await page.waitForFunction((n) => document.querySelector('giliran-board')?.dataset.latest === n, ticket.number, { timeout: 2000 });
    const state = await api(hub.url, '/api/state');
    await page.waitForFunction((seq) => document.querySelector('giliran-board')?.dataset.seq === String(seq), state.body.seq, { timeout: 2000 });
    expect(await page.evaluate(() => (window as unknown as { loadMark?: number }).loadMark)).toBe(42);
    await waitSpoken(page, 1);
    await page.close();
  }, 60_000);
});
