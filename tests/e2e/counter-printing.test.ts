// Printing as the officer sees it, against a hub printing to its in-process virtual printer: the
// printer's trouble shows in the console's header, a ticket whose print broke off is flagged in
// the waiting list (live, from `ticket:print`), and "Cetak ulang" prints it again.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { VirtualPrinter } from '../../printer/print-service.js';
import { launchBrowser, screenshot } from '../helpers/browser.js';
import { login, officerToken, startTestHub, type TestHub } from '../helpers/test-hub.js';
import { HUB_ENV, LAPTOP, OFFICER_PASSWORD, assertBuilt, issueTicket, message, newPage, openConsole } from './counter-pages.js';

let hub: TestHub;
let browser: Browser;
let printer: VirtualPrinter;

beforeAll(async () => {
  assertBuilt();
  hub = await startTestHub({ env: { ...HUB_ENV, PRINTER: 'virtual' } });
  printer = hub.hub.ctx.printer!.virtualPrinter!;
  await officerToken(hub.url, await login(hub.url), 'petugas1');
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await hub?.close();
});

describe('counter console and the printer', () => {
  it('shows printer trouble, flags a ticket whose print broke off, and reprints it', async () => {
    const { context, page } = await newPage(browser, LAPTOP);
    await openConsole(page, hub.url, 'petugas1', OFFICER_PASSWORD, 'loket-1');
    await page.locator('giliran-counter-header .printer.ok', { hasText: 'Printer siap' }).waitFor();

    printer.setStatus('paper-out');
    await page.locator('giliran-counter-header .printer.pill', { hasText: 'kertas habis' }).waitFor();
    printer.setStatus('online');
    await page.locator('giliran-counter-header .printer.ok').waitFor();

    const fine = await issueTicket(hub.url, 'pendaftaran'); // printed: no flag
    await printer.waitForTicket((t) => JSON.stringify(t).includes(fine.number), 10_000);
    printer.setMode('drop-mid-job');
    const broken = await issueTicket(hub.url, 'pendaftaran');
    const row = page.locator(`giliran-counter-waiting li[data-number="${broken.number}"]`);
    await row.locator('[data-print="check"]').waitFor();
    expect(await page.locator('giliran-counter-waiting [data-print]').count()).toBe(1);
    await screenshot(page, 'counter-print-check');

    printer.setMode('normal');
    const reprinted = printer.waitForTicket((t) => JSON.stringify(t).includes(broken.number), 10_000);
    await row.locator('button.reprint').click();
    await expect.poll(() => message(page).textContent()).toContain(`Tiket ${broken.number} dikirim ke printer lagi`);
    await reprinted;
    await context.close();
  });
});
