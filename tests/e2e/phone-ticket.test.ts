// The phone ticket page against the real hub: it follows one ticket live through a whole visit
// (waiting -> called with the counter -> next stage after a transfer -> done), vibrates when
// called, and greets an unknown link kindly.
import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot } from '../helpers/browser.js';
import { api, login, officerToken, startTestHub, type TestHub } from '../helpers/test-hub.js';
import { poll } from './kiosk-e2e-helpers.js';

let hub: TestHub;
let browser: Browser;
let token: string;

const PHONE = { width: 390, height: 844 };

async function officer(path: string, body?: unknown): Promise<any> {
  const r = await api(hub.url, path, { method: 'POST', token, body });
  expect(r.status, `${path}: ${JSON.stringify(r.body)}`).toBe(200);
  return r.body;
}

async function openPhone(path: string): Promise<Page> {
  const page = await browser.newPage({ viewport: PHONE, isMobile: true, hasTouch: true });
  page.on('pageerror', (e) => console.error('phone page error:', e.message));
  // Record vibrations: headless Chromium has no motor to feel.
  await page.addInitScript(() => {
    const w = window as unknown as { __vibrations: unknown[] };
    w.__vibrations = [];
    navigator.vibrate = ((p: VibratePattern) => (w.__vibrations.push(p), true)) as Navigator['vibrate'];
  });
  await page.goto(hub.url + path);
  return page;
}

const text = (page: Page, testId: string) => page.locator(`giliran-phone-ticket [data-testid=${testId}]`).textContent();

beforeAll(async () => {
  hub = await startTestHub();
  browser = await launchBrowser();
  token = await officerToken(hub.url, await login(hub.url));
});

afterAll(async () => {
  await browser?.close();
  await hub?.close();
});

describe('phone ticket page', { timeout: 90_000 }, () => {
  it('follows a ticket live: waiting, called at its counter, the next stage, done', async () => {
    const issued = await api(hub.url, '/api/tickets', { body: { service: 'pendaftaran' }, headers: { 'Idempotency-Key': randomUUID() } });
    expect(issued.status).toBe(201);
    const ticket = issued.body as { id: string; number: string };
    const page = await openPhone(`/t/${ticket.id}`);
    await poll(() => text(page, 'number')).toBe(ticket.number);
    expect(await text(page, 'status')).toBe('Menunggu');
    expect(await text(page, 'service')).toBe('Pendaftaran Kunjungan');
    expect(await text(page, 'ahead')).toBe('0');
    await page.locator('giliran-connection-badge[status=online]').waitFor();
    await screenshot(page, 'phone-waiting');

    await officer('/api/counters/loket-2/open');
    const called = await officer('/api/counters/loket-2/call-next');
    expect(called.ticket.id).toBe(ticket.id);
    await poll(() => text(page, 'status')).toBe('Dipanggil');
    expect(await text(page, 'counter')).toBe('Loket 2');
    expect(await page.evaluate(() => (window as unknown as { __vibrations: unknown[] }).__vibrations.length)).toBeGreaterThan(0);
    await screenshot(page, 'phone-called');

    await officer(`/api/tickets/${ticket.id}/start`);
    await officer(`/api/tickets/${ticket.id}/finish-and-next`);
    await poll(() => text(page, 'service')).toBe('Pemeriksaan Barang');
    expect(await text(page, 'status')).toBe('Menunggu');
    expect(await text(page, 'number')).toBe(ticket.number);
    expect(await page.locator('giliran-phone-ticket .stages li.past').textContent()).toContain('Pendaftaran Kunjungan');
    await screenshot(page, 'phone-transferred');

    // English, remembered for the next visit of the page.
    await page.locator('giliran-phone-ticket .langs button', { hasText: 'EN' }).tap();
    await poll(() => text(page, 'service')).toBe('Goods Inspection');
    await page.locator('giliran-phone-ticket .langs button', { hasText: 'ID' }).tap();

    await officer('/api/counters/loket-3/open');
    await officer('/api/counters/loket-3/call-next');
    await poll(() => text(page, 'counter')).toBe('Loket 3');
    await officer(`/api/tickets/${ticket.id}/start`);
    await officer(`/api/tickets/${ticket.id}/finish-and-next`);
    await officer('/api/counters/ruang-kunjungan/open');
    await officer('/api/counters/ruang-kunjungan/call-next');
    await poll(() => text(page, 'counter')).toBe('Ruang Kunjungan');
    await officer(`/api/tickets/${ticket.id}/start`);
    await officer(`/api/tickets/${ticket.id}/finish`);
    await poll(() => text(page, 'status')).toBe('Selesai');
    expect(await text(page, 'ended')).toContain('Terima kasih');
    await screenshot(page, 'phone-done');
    await page.close();
  });

  it('an unknown link gets a friendly message', async () => {
    const page = await openPhone('/t/tidakAdaTiketIni123');
    await poll(() => text(page, 'unknown')).toContain('Nomor antrian tidak ditemukan');
    await screenshot(page, 'phone-unknown');
    await page.close();
  });
});
