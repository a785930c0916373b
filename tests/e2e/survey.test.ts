// SKM end to end in Chromium against the real hub: a visitor served at a counter answers on the
// phone page (390x844), the admin's survey tab shows the figure and publishes it, the board's
// running text shows the published index, and the exit tablet (1280x800) takes a typed number.
import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot } from '../helpers/browser.js';
import { api, login, officerToken, startTestHub, type TestHub } from '../helpers/test-hub.js';
import { poll } from './kiosk-e2e-helpers.js';

let hub: TestHub;
let browser: Browser;
let officer: string;

const PHONE = { width: 390, height: 844 };
const TABLET = { width: 1280, height: 800 };
/** Seven elements "4", two "3": IKM = 34/9, index 94.44, A. */
const ANSWERS = [4, 4, 4, 4, 4, 4, 4, 3, 3];

async function served(): Promise<{ id: string; number: string }> {
  const r = await api(hub.url, '/api/tickets', { body: { service: 'informasi' }, headers: { 'Idempotency-Key': randomUUID() } });
  expect(r.status).toBe(201);
  for (const path of ['/api/counters/loket-4/call-next', `/api/tickets/${r.body.id}/finish`]) {
    const x = await api(hub.url, path, { body: {}, token: officer });
    expect(x.status, JSON.stringify(x.body)).toBe(200);
  }
  return r.body;
}

/** Answers the nine questions in the form under `root`, waiting for each screen. */
async function answerAll(page: Page, root: string): Promise<void> {
  for (let i = 0; i < 9; i++) {
    await poll(() => page.locator(`${root} [data-testid=progress]`).textContent()).toContain(`${i + 1} dari 9`);
    if (i === 0) await screenshot(page, root.includes('phone') ? 'survey-phone-question' : 'survey-tablet-question');
    await page.locator(`${root} [data-testid=answer-${ANSWERS[i]}]`).click();
  }
}

beforeAll(async () => {
  hub = await startTestHub();
  browser = await launchBrowser();
  officer = await officerToken(hub.url, await login(hub.url));
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await hub?.close();
});

describe('survey (SKM) in the browser', { timeout: 120_000 }, () => {
  it('a served visitor answers on the phone; the admin sees and publishes; the board shows it', async () => {
    const t = await served();
    const phone = await browser.newPage({ viewport: PHONE, isMobile: true, hasTouch: true });
    phone.on('pageerror', (e) => console.error('phone page error:', e.message));
    await phone.goto(`${hub.url}/t/${t.id}`);
    const root = 'giliran-phone-survey';
    await phone.locator(`${root} [data-testid=survey-offer]`).waitFor();
    await screenshot(phone, 'survey-phone-offer');
    await phone.locator(`${root} [data-testid=survey-start]`).click();
    await answerAll(phone, root);
    await phone.locator(`${root} [data-testid=gender-P]`).click();
    await phone.locator(`${root} [data-testid=age-30-39]`).click();
    await screenshot(phone, 'survey-phone-profile');
    await phone.locator(`${root} [data-testid=profile-next]`).click();
    await phone.locator(`${root} [data-testid=suggestion]`).fill('Tambah kursi di ruang tunggu');
    await phone.locator(`${root} [data-testid=send]`).click();
    await phone.locator(`${root} [data-testid=survey-answered]`).waitFor();
    await screenshot(phone, 'survey-phone-thanks');
    // The hub holds it: a second answer for this ticket is refused.
    const again = await api(hub.url, '/api/surveys', { body: { ticketId: t.id, answers: ANSWERS } });
    expect(again.body.error.code).toBe('survey_already_answered');

    // Admin: the survey tab shows the index for this year, then publishes it.
    const admin = await browser.newPage({ viewport: TABLET });
    admin.on('pageerror', (e) => console.error('admin page error:', e.message));
    await admin.goto(`${hub.url}/admin/`);
    await admin.getByLabel('Nama pengguna').fill('admin');
    await admin.getByLabel('Kata sandi').fill(hub.adminPassword);
    await admin.getByRole('button', { name: 'Masuk', exact: true }).click();
    await admin.getByRole('link', { name: 'Survei (SKM)' }).click();
    await poll(() => admin.locator('[data-testid=ikm-index] b').textContent()).toBe('94,44');
    expect(await admin.locator('[data-testid=ikm-grade] b').textContent()).toBe('A · Sangat Baik');
    expect(await admin.locator('[data-testid=ikm-respondents] b').textContent()).toBe('1');
    await screenshot(admin, 'survey-admin-report');
    // The print view opens in its own tab with the admin's cookie, laid out like the regulation.
    const [print] = await Promise.all([admin.context().waitForEvent('page'), admin.getByRole('link', { name: 'Cetak laporan' }).click()]);
    await print.waitForLoadState();
    expect(await print.locator('h1').textContent()).toBe('HASIL SURVEI KEPUASAN MASYARAKAT');
    expect(await print.locator('body').textContent()).toContain('94,44');
    await print.setViewportSize({ width: 900, height: 1200 });
    await screenshot(print, 'survey-print');
    await print.close();
    await admin.locator('[data-testid=publish]').click();
    const year = new Date().getFullYear();
    await poll(() => admin.locator('[data-testid=published-now]').textContent()).toContain(`Indeks Kepuasan Masyarakat ${year}: 94,44 — A, Sangat Baik`);

    // The board's running text carries the published figure (live, no reload needed).
    const board = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await board.goto(`${hub.url}/board/`);
    await poll(() => board.locator('giliran-board-ticker .run').textContent()).toContain(`Indeks Kepuasan Masyarakat ${year}: 94,44 — A, Sangat Baik`);
    await screenshot(board, 'survey-board-published');
    // The phone page, still open after the survey, shows the published figure live.
    await poll(() => phone.locator(`${root} [data-testid=phone-ikm]`).textContent()).toContain('94,44 — A, Sangat Baik');
    await screenshot(phone, 'survey-phone-published');
    await Promise.all([phone.close(), admin.close(), board.close()]);
  });

  it('the exit tablet takes a typed number and thanks with the published index', async () => {
    const t = await served();
    const page = await browser.newPage({ viewport: TABLET, hasTouch: true });
    page.on('pageerror', (e) => console.error('survey page error:', e.message));
    await page.goto(`${hub.url}/survey/`);
    const [letter, digits] = t.number.split('-');
    await page.getByRole('button', { name: letter, exact: true }).click();
    for (const d of digits) await page.getByRole('button', { name: d, exact: true }).click();
    expect(await page.locator('[data-testid=typed]').textContent()).toBe(t.number);
    await screenshot(page, 'survey-tablet-entry');
    await page.locator('[data-testid=entry-ok]').click();
    await answerAll(page, 'giliran-survey-form');
    await page.locator('giliran-survey-form [data-testid=profile-next]').click();
    await page.locator('giliran-survey-form [data-testid=send]').click();
    await poll(() => page.locator('giliran-survey-form [data-testid=published]').textContent()).toContain('94,44 — A, Sangat Baik');
    await screenshot(page, 'survey-tablet-thanks');
    // The same number again: refused at the entry with a clear message.
    await page.locator('giliran-survey').evaluate((el) => (el as unknown as { reset(): void }).reset());
    await page.keyboard.type(`${hub.url}/t/${t.id}`);
    await page.keyboard.press('Enter');
    await poll(() => page.locator('[data-testid=entry-error]').textContent()).toContain('sudah diisi');
    await screenshot(page, 'survey-tablet-already');
    await page.close();
  });
});
