// The admin's booking parts in Chromium: session quota, booking share and weekdays in the service
// form; the booking settings and the per-session report in the "Pemesanan online" tab.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot } from '../helpers/browser.js';
import { api, login, startTestHub, type TestHub } from '../helpers/test-hub.js';
import { visitSite } from '../unit/booking-fixtures.js';
import { HUB_ENV, assertBuilt } from './counter-pages.js';
import { poll } from './kiosk-e2e-helpers.js';

let hub: TestHub;
let browser: Browser;
let token: string;
const clock = { t: new Date('2026-11-28T00:30:00Z'), now: () => clock.t }; // 08:30 WITA, Saturday

beforeAll(async () => {
  assertBuilt();
  hub = await startTestHub({ clock, env: HUB_ENV });
  token = await login(hub.url);
  expect((await api(hub.url, '/api/admin/config', { method: 'PUT', body: visitSite(), token })).status).toBe(200);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await hub?.close();
});

async function adminPage(hash: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
  page.on('pageerror', (e) => console.error('admin page error:', e.message));
  await page.goto(`${hub.url}/admin/`);
  await page.getByLabel('Nama pengguna').fill('admin');
  await page.getByLabel('Kata sandi').fill(hub.adminPassword);
  await page.getByRole('button', { name: 'Masuk', exact: true }).click();
  await page.getByRole('link', { name: 'Layanan' }).waitFor();
  await page.goto(`${hub.url}/admin/#${hash}`);
  return page;
}

describe('admin: online booking', { timeout: 90_000 }, () => {
  it('edits a session quota and share, the booking settings, and shows the report', async () => {
    const page = await adminPage('services');
    await page.locator('tr[data-service="pendaftaran"]').getByRole('button', { name: 'Ubah' }).click();
    const extras = page.locator('giliran-admin-session-extras').first();
    await extras.locator('input[name=session-quota]').fill('50');
    await extras.locator('input[name=session-share]').fill('40');
    await poll(() => extras.locator('.hint').textContent()).toBe('20 pesan online · 30 datang langsung');
    await screenshot(page, 'admin-session-quota');
    await page.getByRole('button', { name: 'Simpan' }).click();
    await poll(async () => (await api(hub.url, '/api/admin/config', { token })).body.services[0].sessions[0]).toMatchObject({ quota: 50, bookingShare: 40 });

    // A booking and a cancellation, then the settings tab and its report.
    const made = await api(hub.url, '/api/bookings', { body: { service: 'pendaftaran', day: '2026-11-30', session: 1 } });
    expect(made.status).toBe(201);
    await api(hub.url, '/api/bookings', { body: { service: 'pendaftaran', day: '2026-11-30', session: 2 } }).then((r) => api(hub.url, `/api/bookings/${r.body.code}`, { method: 'DELETE' }));
    await page.goto(`${hub.url}/admin/#booking`);
    // The tab takes its draft from the config once it arrives: fill the form only after that.
    await page.waitForLoadState('networkidle');
    await page.locator('giliran-admin-booking input[name=days-ahead]').waitFor();
    await page.locator('giliran-admin-booking input[name=days-ahead]').fill('3');
    await page.locator('giliran-admin-booking input[name=margin]').fill('45');
    await page.locator('giliran-admin-booking textarea[name=holidays]').fill('2026-12-25');
    await page.locator('giliran-admin-booking button[type=submit]').click();
    await poll(async () => (await api(hub.url, '/api/admin/config', { token })).body.settings).toMatchObject({
      booking: { daysAhead: 3, checkInMarginMinutes: 45, merge: { mode: 'first' } },
      calendar: { holidays: ['2026-12-25'], closedWeekdays: [] },
    });
    await page.locator('giliran-admin-booking input[type=date]').first().fill('2026-11-28');
    await page.locator('giliran-admin-booking input[type=date]').nth(1).fill('2026-11-30');
    await page.locator('giliran-admin-booking').getByRole('button', { name: 'Tampilkan' }).click();
    const row = page.locator('giliran-admin-booking tr[data-row="2026-11-30/pendaftaran/1"]');
    await row.waitFor();
    expect((await row.locator('td').allTextContents()).slice(3)).toEqual(['1', '0', '0', '0', '1']);
    await page.locator('giliran-admin-booking tr[data-row="2026-11-30/pendaftaran/2"]').waitFor();
    await screenshot(page, 'admin-booking-tab');
    const slots = await api(hub.url, '/api/booking/slots?service=pendaftaran');
    expect(slots.body.to).toBe('2026-12-01'); // 3 days ahead, live
    await page.close();
  });
});
