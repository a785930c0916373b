// The phone's check-and-cancel flow: the code is the only key; cancelling gives the place back.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot } from '../helpers/browser.js';
import { api, login, startTestHub, type TestHub } from '../helpers/test-hub.js';
import { visitSite } from '../unit/booking-fixtures.js';
import { HUB_ENV, assertBuilt, newPage } from './counter-pages.js';
import { poll } from './kiosk-e2e-helpers.js';

let hub: TestHub;
let browser: Browser;
const clock = { t: new Date('2026-11-28T00:30:00Z'), now: () => clock.t };

beforeAll(async () => {
  assertBuilt();
  hub = await startTestHub({ clock, env: HUB_ENV });
  const token = await login(hub.url);
  expect((await api(hub.url, '/api/admin/config', { method: 'PUT', body: visitSite(), token })).status).toBe(200);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await hub?.close();
});

describe('booking page: check and cancel', { timeout: 90_000 }, () => {
  it('finds a booking by its code typed loosely, cancels it after a confirmation, and refuses a wrong code', async () => {
    const made = await api(hub.url, '/api/bookings', { body: { service: 'pendaftaran', day: '2026-11-30', session: 2 } });
    const code = made.body.code as string;
    const { page, context } = await newPage(browser, { width: 390, height: 844 });
    await page.goto(`${hub.url}/booking/`);
    await page.locator('giliran-booking #tab-mine').click();
    const input = page.locator('giliran-booking-lookup input#code');
    await input.fill(`${code.slice(0, 3).toLowerCase()}-${code.slice(3).toLowerCase()}`);
    await page.locator('giliran-booking-lookup button[type=submit]').click();
    await page.locator(`giliran-booking-lookup giliran-booking-code .code[data-code="${code}"]`).waitFor();
    await screenshot(page, 'booking-phone-lookup-portrait');
    await page.locator('giliran-booking-lookup #cancel').click();
    await page.locator('giliran-booking-lookup #confirm-cancel').click();
    await page.locator('giliran-booking-lookup .ok').waitFor();
    expect(await page.locator('giliran-booking-lookup giliran-booking-code .status').first().textContent()).toBe('Dibatalkan');
    await poll(async () => (await api(hub.url, '/api/booking/slots?service=pendaftaran&from=2026-11-30&to=2026-11-30')).body.slots[1].booked).toBe(0);

    // A wrong code, in English.
    await page.locator('giliran-booking button', { hasText: 'EN' }).click();
    await input.fill('ZZZZZZ');
    await page.locator('giliran-booking-lookup button[type=submit]').click();
    const err = page.locator('giliran-booking-lookup .error');
    await err.waitFor();
    expect(await err.textContent()).toBe('Code not found. Please check it again.');
    await page.setViewportSize({ width: 844, height: 390 });
    await screenshot(page, 'booking-phone-lookup-landscape-en');
    await context.close();
  });
});
