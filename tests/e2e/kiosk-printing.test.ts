// The kiosk with the hub printing to its in-process virtual printer (PRINTER=virtual): the ticket
// really comes out, and the kiosk says so ("Silakan ambil tiket Anda").
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot } from '../helpers/browser.js';
import { startTestHub, type TestHub } from '../helpers/test-hub.js';
import { KIOSK, PRINT_TEXT, poll } from './kiosk-e2e-helpers.js';

let hub: TestHub;
let browser: Browser;

beforeAll(async () => {
  hub = await startTestHub({ env: { PRINTER: 'virtual' } });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await hub?.close();
});

describe('kiosk printing', { timeout: 90_000 }, () => {
  it('shows "take your ticket" once the printer has printed it, then goes back to the start', async () => {
    const page = await browser.newPage({ viewport: { width: 1080, height: 1920 }, hasTouch: true });
    await page.goto(hub.url + KIOSK);
    await page.locator('giliran-connection-badge[status=online]').waitFor();
    await page.locator('button[data-service=pendaftaran]').tap();
    const number = await page.locator('giliran-kiosk-ticket [data-testid=number]').textContent();
    await poll(() => page.locator('[data-testid=print]').textContent()).toBe(PRINT_TEXT.printed);
    const printed = await hub.hub.ctx.printer!.virtualPrinter!.waitForTicket();
    expect(JSON.stringify(printed)).toContain(number!);
    await screenshot(page, 'kiosk-printed');
    // Back to the start by itself, 12 s after printing.
    await page.locator('button[data-service=pendaftaran]').waitFor({ timeout: 20_000 });
    expect(await page.locator('giliran-kiosk-ticket').count()).toBe(0);
  });
});
