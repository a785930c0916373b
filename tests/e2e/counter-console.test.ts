// Working one counter with the keyboard against the real hub: priority first, recalls until no-show
// is due (then one tap), a guarded early no-show, start, finish, an out-of-order call with its
// reason in the audit log, transfer, pause/open, the hub's refusals in Indonesian, and the visit
// room's session countdown and alert (the browser clock is moved on). Screenshots at both sizes.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot } from '../helpers/browser.js';
import { ADMIN_PASSWORD, api, login, officerToken, startTestHub, type TestHub } from '../helpers/test-hub.js';
import { FULL_HD, HUB_ENV, LAPTOP, OFFICER_PASSWORD, action, assertBuilt, currentNumber, idle, issueTicket, message, newPage, openConsole, press, waitCurrent } from './counter-pages.js';

let hub: TestHub;
let browser: Browser;
let adminToken: string;

beforeAll(async () => {
  assertBuilt();
  hub = await startTestHub({ env: HUB_ENV });
  adminToken = await login(hub.url);
  await officerToken(hub.url, adminToken, 'petugas1');
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await hub?.close();
});

const says = async (page: Page, text: string) => {
  await expect.poll(() => message(page).textContent(), { timeout: 5000 }).toContain(text);
};
const noCurrent = async (page: Page) => {
  await page.locator('giliran-counter-current .empty').waitFor();
  await idle(page);
};

describe('counter console', () => {
  it('calls, recalls, starts, finishes, transfers and pauses with the keyboard', async () => {
    const { context, page } = await newPage(browser, LAPTOP);
    await openConsole(page, hub.url, 'petugas1', OFFICER_PASSWORD, 'loket-1');
    await noCurrent(page);
    await screenshot(page, 'counter-console-empty-1366x768');

    const a1 = await issueTicket(hub.url, 'pendaftaran');
    const a2 = await issueTicket(hub.url, 'pendaftaran');
    const a3 = await issueTicket(hub.url, 'pendaftaran', true);
    const rows = page.locator('giliran-counter-waiting li');
    await expect.poll(() => rows.count()).toBe(3);
    expect(await rows.first().getAttribute('data-number')).toBe(a3.number);
    expect(await rows.first().locator('.pill.prio').count()).toBe(1);

    // Priority first; three recalls make no-show due, and then one press is enough.
    await press(page, 'Space');
    await waitCurrent(page, a3.number);
    await says(page, `${a3.number} dipanggil ke Loket 1`);
    for (let i = 1; i <= 3; i++) {
      await press(page, 'r');
      await says(page, `${a3.number} dipanggil ulang`);
      await expect.poll(() => page.locator('giliran-counter-current .times b').nth(2).textContent()).toBe(`${i}/3`);
    }
    await expect.poll(() => action(page, 'noShow').getAttribute('class')).toContain('due');
    await screenshot(page, 'counter-console-no-show-due');
    await press(page, 'x');
    await says(page, `${a3.number} ditandai tidak hadir`);
    await noCurrent(page);

    // An early no-show needs a second press; starting makes it impossible.
    await press(page, 'n');
    await waitCurrent(page, a1.number);
    await press(page, 'x');
    await says(page, 'Tekan Tidak hadir sekali lagi');
    expect(await action(page, 'noShow').getAttribute('class')).toContain('armed');
    await press(page, 's');
    await says(page, `${a1.number} mulai dilayani`);
    await page.locator('giliran-counter-current [data-status="serving"]').waitFor();
    expect(await action(page, 'noShow').isDisabled()).toBe(true);
    await page.locator('giliran-counter-current .serving-time').waitFor();

    // Calling out of order while holding a ticket of a multi-stage visit: finish it first.
    const a4 = await issueTicket(hub.url, 'pendaftaran');
    await page.locator(`giliran-counter-waiting li[data-number="${a4.number}"] button`).click();
    await says(page, `Selesaikan atau teruskan ${a1.number} dulu`);
    // Its visit has a next stage: F asks (passing on is the default); E ends the visit here.
    await press(page, 'f');
    await page.locator('giliran-counter-pass-on').waitFor();
    await press(page, 'e');
    await says(page, `Kunjungan ${a1.number} diakhiri`);
    await noCurrent(page);

    // Out of order with a reason, which the audit log keeps.
    await page.locator(`giliran-counter-waiting li[data-number="${a4.number}"] button`).click();
    const reason = page.locator('giliran-counter-reason input');
    await reason.fill('ab');
    await reason.press('Enter');
    await page.locator('giliran-counter-reason .error').waitFor();
    await screenshot(page, 'counter-console-reason');
    await reason.fill('lansia, datang bersama anak');
    await reason.press('Enter');
    await waitCurrent(page, a4.number);
    const audit = await api(hub.url, '/api/admin/audit?action=ticket.calledOutOfOrder', { token: adminToken });
    expect(audit.body.entries.map((e: { detail: unknown }) => e.detail)).toContainEqual({ counter: 'loket-1', number: a4.number, reason: 'lansia, datang bersama anak' });

    // Transfer to a chosen service.
    await press(page, 'a');
    await page.locator('giliran-counter-transfer button[data-service="informasi"]').waitFor();
    await screenshot(page, 'counter-console-transfer');
    await page.locator('giliran-counter-transfer button[data-service="informasi"]').click();
    await says(page, `${a4.number} dialihkan ke Informasi & Pengaduan`);
    await noCurrent(page);

    // Pause: call-next is refused locally with the reason; open again.
    await press(page, 'p');
    await says(page, 'Loket dijeda');
    await page.locator('giliran-counter-header .pill', { hasText: 'Dijeda' }).waitFor();
    expect(await action(page, 'callNext').isDisabled()).toBe(true);
    await press(page, 'n');
    await says(page, 'Loket sedang dijeda atau ditutup');
    await press(page, 'p');
    await says(page, 'Loket dibuka');

    // Calling next while holding a multi-stage ticket would pass it on (the hub does); with
    // nothing waiting the hub refuses, the console says so in Indonesian and keeps the ticket.
    await press(page, 'n');
    await waitCurrent(page, a2.number);
    await press(page, 'n');
    await says(page, 'Tidak ada nomor yang menunggu untuk loket ini');
    expect(await currentNumber(page)).toBe(a2.number);
    await context.close();
  }, 120_000);

  it('looks right with a busy waiting list at 1366x768 and 1920x1080', async () => {
    for (let i = 0; i < 14; i++) await issueTicket(hub.url, i % 2 ? 'pendaftaran' : 'informasi', i % 5 === 0);
    for (const [size, name] of [
      [LAPTOP, '1366x768'],
      [FULL_HD, '1920x1080'],
    ] as const) {
      const { context, page } = await newPage(browser, size);
      await openConsole(page, hub.url, 'admin', ADMIN_PASSWORD, 'loket-4');
      if (!(await currentNumber(page))) {
        await press(page, 'n');
        await page.locator('giliran-counter-current .number').waitFor();
      }
      await screenshot(page, `counter-console-${name}`);
      if (size === FULL_HD) {
        await page.locator('giliran-counter-header .langs button', { hasText: 'EN' }).click();
        await page.locator('giliran-counter-actions button[data-action="callNext"]', { hasText: 'Call next' }).waitFor();
        await screenshot(page, `counter-console-en-${name}`);
      }
      const overflow = await page.evaluate(() => document.documentElement.scrollHeight > innerHeight || document.documentElement.scrollWidth > innerWidth);
      expect(overflow).toBe(false);
      await context.close();
    }
  }, 90_000);

  it('counts the visit session down and alerts when it ends', async () => {
    const { context, page } = await newPage(browser, LAPTOP);
    await page.clock.install();
    // A room without a capacity takes one ticket at a time (batches: counter-chain.test.ts).
    await api(hub.url, '/api/admin/counters/ruang-kunjungan', { method: 'PATCH', body: { capacity: null }, token: adminToken });
    const c = await issueTicket(hub.url, 'kunjungan');
    await openConsole(page, hub.url, 'petugas1', OFFICER_PASSWORD, 'ruang-kunjungan');
    await press(page, 'n');
    await waitCurrent(page, c.number);
    await page.locator('giliran-counter-current .session', { hasText: 'Sesi 30 menit dimulai' }).waitFor();
    await press(page, 's');
    const left = page.locator('giliran-counter-current .session[data-left]');
    await left.waitFor();
    expect(Number(await left.getAttribute('data-left'))).toBeGreaterThan(29 * 60);

    await page.clock.setSystemTime(Date.now() + 26 * 60_000);
    await page.locator('giliran-counter-current .session.warn').waitFor();
    await page.clock.setSystemTime(Date.now() + 31 * 60_000);
    await page.locator('giliran-counter-current[ended] .alert').waitFor();
    await screenshot(page, 'counter-console-session-ended');
    await page.locator('giliran-counter-current .alert button').click();
    expect(await page.locator('giliran-counter-current .alert').count()).toBe(0);
    expect(await page.locator('giliran-counter-current[ended]').count()).toBe(1);

    // Finishing clears the ticket, the alert and the per-second timer.
    await press(page, 'f');
    await noCurrent(page);
    expect(await page.locator('giliran-counter-current[ended]').count()).toBe(0);
    const ticking = await page.locator('giliran-counter-current').evaluate((el) => (el as unknown as { tick: { running: boolean } }).tick.running);
    expect(ticking).toBe(false);
    await context.close();
  }, 60_000);
});
