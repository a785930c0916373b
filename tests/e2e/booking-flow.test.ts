// The whole booking road in Chromium: a family books on a 390x844 phone, checks in on the kiosk by
// keypad, the ticket prints, and the counter lists it marked booked and calls it by the policy.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot } from '../helpers/browser.js';
import { api, login, officerToken, startTestHub, type TestHub } from '../helpers/test-hub.js';
import { visitSite } from '../unit/booking-fixtures.js';
import { HUB_ENV, OFFICER_PASSWORD, assertBuilt, issueTicket, newPage, openConsole, press, waitCurrent } from './counter-pages.js';
import { poll } from './kiosk-e2e-helpers.js';

let hub: TestHub;
let browser: Browser;
// Saturday 2026-11-28, 09:05 WITA: Sesi 1 (09:00-11:00) is running and open for check-in.
const clock = { t: new Date('2026-11-28T01:05:00Z'), now: () => clock.t };
const PHONE = { width: 390, height: 844 };
const PHONE_LANDSCAPE = { width: 844, height: 390 };
const KIOSK_PORTRAIT = { width: 1080, height: 1920 };
const KIOSK_LANDSCAPE = { width: 1920, height: 1080 };

beforeAll(async () => {
  assertBuilt();
  hub = await startTestHub({ clock, env: { ...HUB_ENV, PRINTER: 'virtual' } });
  const token = await login(hub.url);
  const put = await api(hub.url, '/api/admin/config', { method: 'PUT', body: visitSite(), token });
  expect(put.status).toBe(200);
  await officerToken(hub.url, token, 'petugas1');
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await hub?.close();
});

describe('booking, kiosk check-in, counter', { timeout: 120_000 }, () => {
  it('books on the phone, checks in by keypad, and the counter calls the booked ticket first', async () => {
    // Two walk-ins are already waiting.
    const w1 = await issueTicket(hub.url, 'pendaftaran');
    const w2 = await issueTicket(hub.url, 'pendaftaran');

    // 1. The phone: pick service, day and session; get a code.
    const phone = await newPage(browser, PHONE);
    await phone.page.goto(`${hub.url}/booking/`);
    await phone.page.locator('giliran-booking-form button[data-service=pendaftaran]').click();
    await phone.page.locator('giliran-booking-form button[data-day="2026-11-28"]').click();
    const session = phone.page.locator('giliran-booking-form button[data-session="1"]');
    expect(await session.textContent()).toContain('sisa 20 tempat');
    await session.click();
    await screenshot(phone.page, 'booking-phone-pick-portrait');
    await phone.page.locator('giliran-booking-form #book').click();
    const codeEl = phone.page.locator('giliran-booking-code .code');
    await codeEl.waitFor();
    const code = (await codeEl.getAttribute('data-code'))!;
    expect(code).toMatch(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{6}$/);
    expect(await codeEl.textContent()).toBe(`${code.slice(0, 3)} ${code.slice(3)}`);
    expect(await phone.page.locator('giliran-booking-code giliran-qr').getAttribute('data-value')).toBe(code);
    await screenshot(phone.page, 'booking-phone-code-portrait');
    await phone.page.setViewportSize(PHONE_LANDSCAPE);
    await screenshot(phone.page, 'booking-phone-code-landscape');
    // The page's weight on a slow link: everything it loaded, compressed as served.
    await phone.context.close();

    // 2. The kiosk: "Sudah daftar online", the code on the keypad, check in.
    const kiosk = await newPage(browser, KIOSK_PORTRAIT);
    await kiosk.page.goto(`${hub.url}/kiosk/`);
    await kiosk.page.locator('giliran-connection-badge[status=online]').waitFor();
    await screenshot(kiosk.page, 'kiosk-start-with-checkin-portrait');
    await kiosk.page.locator('giliran-kiosk .checkin-open').click();
    for (const c of code) await kiosk.page.locator(`giliran-kiosk-checkin button[data-key="${c}"]`).click();
    await poll(() => kiosk.page.locator('giliran-kiosk-checkin .code').getAttribute('data-code')).toBe(code);
    await screenshot(kiosk.page, 'kiosk-checkin-portrait');
    await kiosk.page.setViewportSize(KIOSK_LANDSCAPE);
    await screenshot(kiosk.page, 'kiosk-checkin-landscape');
    await kiosk.page.locator('giliran-kiosk-checkin #checkin-submit').click();
    const number = await kiosk.page.locator('giliran-kiosk-ticket [data-testid=number]').textContent();
    expect(number).toBe('A-003');
    await screenshot(kiosk.page, 'kiosk-checkin-ticket-landscape');
    // The same print path as any ticket: it comes out of the printer.
    const printed = await hub.hub.ctx.printer!.virtualPrinter!.waitForTicket((t) => t.lines.some((l) => l.kind === 'text' && l.text === 'A-003'), 15_000);
    expect(printed.qrCodes).toHaveLength(1);

    // A second try with the same code: a kind message, no second ticket.
    await kiosk.page.locator('giliran-kiosk-ticket button').first().click();
    await kiosk.page.locator('giliran-kiosk .checkin-open').click();
    await kiosk.page.keyboard.type(code.toLowerCase());
    await kiosk.page.keyboard.press('Enter'); // as a USB scanner does
    const msg = kiosk.page.locator('giliran-kiosk-checkin .message');
    await msg.waitFor();
    expect(await msg.textContent()).toContain('A-003');
    await screenshot(kiosk.page, 'kiosk-checkin-used-landscape');
    const state = await api(hub.url, '/api/state');
    expect(state.body.services[0].issuedToday).toBe(3);
    await kiosk.context.close();

    // 3. The counter: the booked ticket is marked and comes first (booked-first policy).
    const counter = await newPage(browser);
    await openConsole(counter.page, hub.url, 'petugas1', OFFICER_PASSWORD, 'loket-1');
    const rows = counter.page.locator('giliran-counter-waiting li');
    await poll(() => rows.count()).toBe(3);
    expect(await rows.first().getAttribute('data-number')).toBe('A-003');
    expect(await counter.page.locator('giliran-counter-waiting li[data-number="A-003"] .pill.booked').getAttribute('data-booked')).toBe(code);
    expect(await counter.page.locator(`giliran-counter-waiting li[data-number="${w1.number}"] .pill.booked`).count()).toBe(0);
    await screenshot(counter.page, 'counter-booked-badge');
    await press(counter.page, 'Space');
    await waitCurrent(counter.page, 'A-003');
    // Calling the next one passes the held visitor on to the next stage (the visit chain).
    await press(counter.page, 'Space');
    await waitCurrent(counter.page, w1.number);
    await press(counter.page, 'Space');
    await waitCurrent(counter.page, w2.number);
    await counter.context.close();

    // 4. The board: places left in today's sessions, live (19 booking + 18 walk-in places of 40).
    const board = await newPage(browser, { width: 1920, height: 1080 });
    await board.page.goto(`${hub.url}/board/`);
    const quota = board.page.locator('giliran-board-quota li[data-service=pendaftaran][data-session="1"]');
    await poll(() => quota.getAttribute('data-left')).toBe('37');
    expect(await quota.textContent()).toContain('Sesi 1 — sisa kuota: 37');
    await issueTicket(hub.url, 'pendaftaran');
    await poll(() => quota.getAttribute('data-left')).toBe('36');
    await screenshot(board.page, 'board-session-quota');
    await board.context.close();
  });
});
