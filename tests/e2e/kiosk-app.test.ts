// The kiosk against the real hub serving the built app: a tap gives the next number with a QR code
// that opens its phone page; a double tap or a network retry gives one ticket; the layout fits
// both orientations without scrolling; settings need the admin password; a hub restart is survived.
import type { Browser, BrowserContext, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatNumber } from '../../protocol/ticket.js';
import { launchBrowser, screenshot } from '../helpers/browser.js';
import { api, startTestHub, type TestHub } from '../helpers/test-hub.js';
import { KIOSK, PRINT_TEXT, allButtons, issuedToday, overflowing, poll, qrEncodes } from './kiosk-e2e-helpers.js';

const PORTRAIT = { width: 1080, height: 1920 };
const LANDSCAPE = { width: 1920, height: 1080 };

let hub: TestHub;
let browser: Browser;
const contexts: BrowserContext[] = [];
const pageErrors: string[] = [];

async function openKiosk(viewport = PORTRAIT): Promise<Page> {
  const context = await browser.newContext({ viewport, hasTouch: true });
  contexts.push(context);
  const page = await context.newPage();
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.goto(hub.url + KIOSK);
  await page.locator('giliran-connection-badge[status=online]').waitFor();
  await page.locator('button[data-service]').first().waitFor();
  return page;
}

const serviceButton = (page: Page, id: string) => page.locator(`button[data-service=${id}]`);
const ticketNumber = (page: Page) => page.locator('giliran-kiosk-ticket [data-testid=number]');

beforeAll(async () => {
  hub = await startTestHub();
  browser = await launchBrowser();
});

afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => {});
  await browser?.close();
  await hub?.close();
});

// Generous: Chromium on a shared 2-core machine can be slow, and a slow pass is not a failure here.
describe('kiosk', { timeout: 90_000 }, () => {
  it('a tap shows the next number, the print outcome and a QR code whose URL opens the ticket page', async () => {
    const page = await openKiosk();
    const expected = formatNumber('A', (await issuedToday(hub.url, 'pendaftaran')) + 1);
    await serviceButton(page, 'pendaftaran').tap();
    await poll(() => ticketNumber(page).textContent()).toBe(expected);

    const qr = page.locator('giliran-qr');
    const link = (await qr.getAttribute('data-value'))!;
    const id = new RegExp(`^${hub.url}/t/([A-Za-z0-9_-]{10,})$`).exec(link)?.[1];
    expect(id, link).toBeTruthy();
    expect(await qrEncodes(qr, link)).toBe(true);

    const ticket = (await api(hub.url, `/api/tickets/${id}`)).body;
    expect(ticket.number).toBe(expected);
    await poll(() => page.locator('[data-testid=print]').textContent()).toBe(PRINT_TEXT[ticket.print as keyof typeof PRINT_TEXT]);

    const phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await phone.goto(link);
    await poll(() => phone.locator('giliran-phone-ticket [data-testid=number]').textContent()).toBe(expected);
    await phone.close();

    // "Selesai" goes back to the start at once.
    await page.locator('giliran-kiosk-ticket button').tap();
    await serviceButton(page, 'pendaftaran').waitFor();
  });

  it('a double tap takes one ticket', async () => {
    const page = await openKiosk();
    const before = await issuedToday(hub.url, 'informasi');
    const posts: string[] = [];
    page.on('request', (r) => r.method() === 'POST' && r.url().endsWith('/api/tickets') && posts.push(r.headers()['idempotency-key']));
    // Two clicks in the same task, faster than any finger, then a real double tap.
    await serviceButton(page, 'informasi').evaluate((b: HTMLButtonElement) => {
      b.click();
      b.click();
    });
    await ticketNumber(page).waitFor();
    await page.locator('giliran-kiosk-ticket button').tap();
    await serviceButton(page, 'informasi').dblclick();
    await ticketNumber(page).waitFor();
    await page.waitForTimeout(500); // a short wait to prove that no third request follows
    expect(posts).toHaveLength(2);
    expect(await issuedToday(hub.url, 'informasi')).toBe(before + 2);
  });

  it('a request whose answer was lost is retried with the same key and yields one ticket', async () => {
    const page = await openKiosk();
    const before = await issuedToday(hub.url, 'pendaftaran');
    const keys: string[] = [];
    await page.route('**/api/tickets', async (route) => {
      keys.push(route.request().headers()['idempotency-key']);
      if (keys.length === 1) {
        await route.fetch(); // the hub issues the ticket...
        await route.abort('connectionreset'); // ...but the kiosk never hears back
      } else await route.continue();
    });
    await serviceButton(page, 'pendaftaran').tap();
    await poll(() => ticketNumber(page).textContent()).toBe(formatNumber('A', before + 1));
    expect(keys).toHaveLength(2);
    expect(keys[0]).toBe(keys[1]);
    expect(await issuedToday(hub.url, 'pendaftaran')).toBe(before + 1);
  });

  it('follows the print outcome from "Mencetak..." to what the printer did', async () => {
    // The test hub has no printer: the print field of the real answers is rewritten in flight.
    for (const final of ['printed', 'failed'] as const) {
      const page = await openKiosk(LANDSCAPE);
      let reads = 0;
      const rewrite = (print: () => string) => async (route: Route) => {
        const res = await route.fetch();
        await route.fulfill({ response: res, json: { ...(await res.json()), print: print() } });
      };
      await page.route('**/api/tickets', rewrite(() => 'pending'));
      await page.route('**/api/tickets/*', rewrite(() => (++reads < 3 ? 'pending' : final)));
      await serviceButton(page, 'informasi').tap();
      const print = page.locator('[data-testid=print]');
      await poll(() => print.textContent()).toBe(PRINT_TEXT.pending);
      await poll(() => print.textContent()).toBe(PRINT_TEXT[final]);
      await screenshot(page, `kiosk-print-${final}`);
    }
  });

  for (const [name, viewport] of [
    ['portrait', PORTRAIT],
    ['landscape', LANDSCAPE],
  ] as const) {
    it(`fits ${name} ${viewport.width}x${viewport.height} without scrolling, touch targets >= 64 px`, async () => {
      const page = await openKiosk(viewport);
      for (const lang of ['ID', 'EN']) {
        await page.locator('.langs button', { hasText: lang }).tap();
        const scroll = await page.evaluate(() => ({ h: document.documentElement.scrollHeight, w: document.documentElement.scrollWidth }));
        expect(scroll.h).toBeLessThanOrEqual(viewport.height);
        expect(scroll.w).toBeLessThanOrEqual(viewport.width);
        const buttons = await allButtons(page);
        expect(buttons.length).toBeGreaterThanOrEqual(6); // 2 services offered, priority, 2 languages, settings
        for (const b of buttons) {
          expect(Math.min(b.width, b.height), b.text).toBeGreaterThanOrEqual(64);
          expect(b.y + b.height, b.text).toBeLessThanOrEqual(viewport.height);
          expect(b.x + b.width, b.text).toBeLessThanOrEqual(viewport.width);
        }
        expect(await overflowing(page, 'button[data-service]')).toEqual([]);
      }
      await page.locator('.langs button', { hasText: 'ID' }).tap();
      await screenshot(page, `kiosk-${name}`);

      await page.locator('button.priority').tap();
      await serviceButton(page, 'pendaftaran').tap();
      await ticketNumber(page).waitFor();
      await page.locator('giliran-kiosk-ticket .print[data-outcome]:not([data-outcome=printing])').waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(viewport.height);
      for (const b of await allButtons(page)) expect(Math.min(b.width, b.height), b.text).toBeGreaterThanOrEqual(64);
      await screenshot(page, `kiosk-${name}-ticket`);
    });
  }

  it('device settings open only with the admin password, and the device name goes with each ticket', async () => {
    const page = await openKiosk(LANDSCAPE);
    await page.locator('button.gear').tap();
    const dialog = page.locator('giliran-kiosk-settings');
    await dialog.locator('input[name=username]').fill('admin'); // not pre-filled: the kiosk names no account
    await dialog.locator('input[name=password]').fill('bukan-sandinya');
    await dialog.locator('button[type=submit]').tap();
    await poll(() => dialog.locator('[role=alert]').textContent()).toContain('Kata sandi salah');
    await dialog.locator('input[name=password]').fill(hub.adminPassword);
    await dialog.locator('button[type=submit]').tap();
    await dialog.locator('input[name=deviceName]').fill('kios-lobi');
    await screenshot(page, 'kiosk-settings');
    await dialog.locator('button[type=submit]').tap();
    await dialog.waitFor({ state: 'detached' });

    const body = page.waitForRequest((r) => r.method() === 'POST' && r.url().endsWith('/api/tickets'));
    await serviceButton(page, 'pendaftaran').tap();
    expect((await body).postDataJSON()).toMatchObject({ service: 'pendaftaran', device: 'kios-lobi' });
    expect(await page.evaluate(() => JSON.parse(localStorage.getItem('giliran.kiosk.device')!).deviceName)).toBe('kios-lobi');
  });

  it('shows that it is reconnecting while the hub is down, and works again after a restart', async () => {
    const page = await openKiosk(LANDSCAPE);
    await hub.close();
    await page.locator('giliran-connection-badge[status=offline]').waitFor({ timeout: 15_000 });
    await poll(() => page.locator('.veil.offline').textContent()).toContain('Menghubungkan ulang');
    expect(await serviceButton(page, 'pendaftaran').isDisabled()).toBe(true);
    await screenshot(page, 'kiosk-reconnecting');

    await hub.restart();
    await page.locator('giliran-connection-badge[status=online]').waitFor({ timeout: 15_000 });
    await page.locator('.veil.offline').waitFor({ state: 'detached' });
    const expected = formatNumber('A', (await issuedToday(hub.url, 'pendaftaran')) + 1);
    await serviceButton(page, 'pendaftaran').tap();
    await poll(() => ticketNumber(page).textContent()).toBe(expected);
    expect(pageErrors).toEqual([]);
  });
});
