// Signing in to the counter console against the real hub: /counter/ without a session shows the
// sign-in, a wrong password says so clearly, the device remembers its counter across reloads, and
// an expired session leads back to the sign-in keeping that counter.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot } from '../helpers/browser.js';
import { ADMIN_PASSWORD, api, login, officerToken, startTestHub, type TestHub } from '../helpers/test-hub.js';
import { FULL_HD, HUB_ENV, LAPTOP, OFFICER_PASSWORD, action, assertBuilt, issueTicket, message, newPage, openConsole, press, signIn, waitCurrent } from './counter-pages.js';

let hub: TestHub;
let browser: Browser;

beforeAll(async () => {
  assertBuilt();
  hub = await startTestHub({ env: HUB_ENV });
  await officerToken(hub.url, await login(hub.url), 'petugas1');
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await hub?.close();
});

describe('counter sign-in', () => {
  it('shows the sign-in at /counter/ without a session, and a clear message for a wrong password', async () => {
    const { context, page } = await newPage(browser, LAPTOP);
    await page.goto(`${hub.url}/counter/`);
    await page.locator('giliran-counter-login input[name=username]').waitFor();
    expect(await page.locator('giliran-counter-console').count()).toBe(0);
    await screenshot(page, 'counter-login-1366x768');

    await signIn(page, 'petugas1', 'salah-sekali');
    const error = page.locator('giliran-counter-login .error');
    await error.waitFor();
    expect(await error.textContent()).toContain('Nama pengguna atau kata sandi salah');
    expect(await page.locator('giliran-counter-login input[name=password]').inputValue()).toBe('');
    await screenshot(page, 'counter-login-wrong-password');
    await context.close();
  });

  it('remembers the counter across a reload; an admin may sign in too', async () => {
    const { context, page } = await newPage(browser, FULL_HD);
    await page.goto(`${hub.url}/counter/`);
    await signIn(page, 'admin', ADMIN_PASSWORD);
    await page.locator('giliran-counter-picker button[data-counter="loket-4"]').waitFor();
    await screenshot(page, 'counter-picker-1920x1080');
    await page.locator('giliran-counter-picker button[data-counter="loket-4"]').click();
    await page.locator('giliran-counter-header [data-counter="loket-4"]').waitFor();
    await page.reload();
    await page.locator('giliran-counter-header [data-counter="loket-4"]').waitFor();
    expect(await page.locator('giliran-counter-picker').count()).toBe(0);
    await context.close();
  });

  it('an expired session sends the officer back to sign in, keeping the counter', async () => {
    const { context, page } = await newPage(browser, LAPTOP);
    await openConsole(page, hub.url, 'petugas1', OFFICER_PASSWORD, 'loket-2');
    const a = await issueTicket(hub.url, 'pendaftaran');

    // The hub forgets the session (as when it expires); the page still thinks it is signed in.
    const cookie = (await context.cookies()).find((c) => c.name === 'giliran_session')!;
    const out = await api(hub.url, '/api/logout', { method: 'POST', headers: { cookie: `giliran_session=${cookie.value}` } });
    expect(out.status).toBe(200);

    await press(page, 'n');
    await page.locator('giliran-counter-login .notice').waitFor();
    expect(await page.locator('giliran-counter-login .notice').textContent()).toContain('Sesi Anda berakhir');
    expect(await page.locator('giliran-counter-login .counter').textContent()).toContain('Loket 2');
    await screenshot(page, 'counter-login-session-expired');

    await signIn(page, 'petugas1', OFFICER_PASSWORD);
    await page.locator('giliran-counter-header [data-counter="loket-2"]').waitFor();
    expect(await page.locator('giliran-counter-picker').count()).toBe(0);
    await action(page, 'callNext').click();
    await waitCurrent(page, a.number);
    expect(await message(page).textContent()).toContain(`${a.number} dipanggil ke Loket 2`);
    await context.close();
  });
});
