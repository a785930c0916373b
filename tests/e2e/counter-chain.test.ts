// A visit day in real browsers against the real hub:
// - at goods inspection, Selesai (F) on a multi-stage ticket asks; passing on is the default, so
//   F twice sends the family to the visit-room queue; ending the visit needs its own choice, and
//   a ticket ended by mistake is put back in the visit-room queue from the console (audited);
// - the visit room fills itself in one key press: the board shows the batch as one call and
//   reads it once, as a range; the room's console lists the batch with its session clock.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot } from '../helpers/browser.js';
import { ADMIN_PASSWORD, api, login, officerToken, startTestHub, type TestHub } from '../helpers/test-hub.js';
import { FULL_HD, HUB_ENV, LAPTOP, OFFICER_PASSWORD, assertBuilt, idle, issueTicket, message, newPage, openConsole, press, waitCurrent } from './counter-pages.js';

let hub: TestHub;
let browser: Browser;
let admin: string;

beforeAll(async () => {
  assertBuilt();
  hub = await startTestHub({ env: HUB_ENV });
  admin = await login(hub.url);
  for (const name of ['petugas1', 'petugas2']) await officerToken(hub.url, admin, name);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await hub?.close();
});

const ticket = async (id: string) => (await api(hub.url, `/api/tickets/${id}`)).body as { number: string; service: string; status: string };
const says = async (page: Page, text: string) => {
  await expect.poll(() => message(page).textContent(), { timeout: 5000 }).toContain(text);
};

/** A ticket taken at registration and passed on to goods inspection over REST. */
async function atGoods(): Promise<{ id: string; number: string }> {
  const t = await issueTicket(hub.url, 'pendaftaran');
  const r = await api(hub.url, `/api/tickets/${t.id}/transfer`, { body: { service: 'barang' }, token: admin });
  expect(r.status, JSON.stringify(r.body)).toBe(200);
  return t;
}

describe('the visit chain at the counter', () => {
  it('F at goods inspection asks, passes on by default, and the ticket reaches the visit-room queue', async () => {
    const { context, page } = await newPage(browser, LAPTOP);
    await openConsole(page, hub.url, 'petugas1', OFFICER_PASSWORD, 'loket-3');
    const a = await atGoods();
    await press(page, 'n');
    await waitCurrent(page, a.number);
    await press(page, 'f');
    const dialog = page.locator('giliran-counter-pass-on');
    await dialog.waitFor();
    expect(await dialog.locator('h2').textContent()).toBe(`Teruskan ${a.number} ke Ruang Kunjungan?`);
    await screenshot(page, 'counter-chain-pass-on-prompt');
    // Nothing is finished until the officer chooses.
    expect((await ticket(a.id)).status).toBe('called');
    await page.keyboard.press('f'); // F again = the default: pass on
    await says(page, `${a.number} diteruskan ke Ruang Kunjungan`);
    expect(await ticket(a.id)).toMatchObject({ number: a.number, service: 'kunjungan', status: 'waiting' });

    // Ending the visit is the explicit second choice; the console then offers to undo it.
    const b = await atGoods();
    await press(page, 'n');
    await waitCurrent(page, b.number);
    await press(page, 'f');
    await dialog.waitFor();
    await dialog.locator('button[data-choice=end]').click();
    await says(page, `Kunjungan ${b.number} diakhiri`);
    expect((await ticket(b.id)).status).toBe('done');
    const offer = page.locator(`giliran-counter-console .reopen[data-reopen="${b.number}"] button`);
    await offer.waitFor({ timeout: 10_000 }); // shown once the message line is free
    await screenshot(page, 'counter-chain-reopen-offer');
    await offer.click();
    const reason = page.locator('giliran-counter-reason input');
    await reason.fill('Selesai tertekan, keluarga masih mau berkunjung');
    await reason.press('Enter');
    await says(page, `${b.number} kembali ke antrian Ruang Kunjungan`);
    expect(await ticket(b.id)).toMatchObject({ service: 'kunjungan', status: 'waiting' });
    const audit = await api(hub.url, '/api/admin/audit?action=ticket.reopened', { token: admin });
    expect(audit.body.entries.map((e: { detail: unknown }) => e.detail)).toContainEqual({
      number: b.number,
      from: 'barang',
      to: 'kunjungan',
      reason: 'Selesai tertekan, keluarga masih mau berkunjung',
    });
    await context.close();
  }, 90_000);
});

describe('the visit room takes batches', () => {
  it('Space fills the room: the board shows the batch once and reads it as a range', async () => {
    // Twelve more families reach the visit room (two are there from the chain test).
    for (let i = 0; i < 12; i++) {
      const t = await atGoods();
      await api(hub.url, `/api/tickets/${t.id}/transfer`, { body: { service: 'kunjungan' }, token: admin });
    }
    const board = await newPage(browser, FULL_HD);
    await board.page.goto(`${hub.url}/board/`);
    await board.page.locator('giliran-board[data-seq]:not([data-seq=""])').waitFor();
    await board.page.evaluate(() => window.__giliranAnnouncer?.ready);

    const { context, page } = await newPage(browser, LAPTOP);
    await openConsole(page, hub.url, 'petugas2', OFFICER_PASSWORD, 'ruang-kunjungan');
    await page.locator('giliran-counter-room h2', { hasText: '0 dari 20' }).waitFor();
    await press(page, 'Space');
    await page.locator('giliran-counter-room h2', { hasText: '14 dari 20' }).waitFor();
    await idle(page);
    const state = (await api(hub.url, '/api/state')).body as { counters: { id: string; batches?: { numbers: string[] }[] }[] };
    const numbers = state.counters.find((c) => c.id === 'ruang-kunjungan')!.batches![0].numbers;
    expect(numbers).toHaveLength(14);
    const sorted = [...numbers].sort();
    const range = `${sorted[0]} – ${sorted.at(-1)}`;

    const card = board.page.locator('giliran-board-batch .card[data-batch="14"]');
    await card.waitFor();
    expect(await card.locator('.range').textContent()).toBe(range);
    expect(await card.locator('.counter').textContent()).toBe('Ruang Kunjungan');
    await board.page.waitForFunction(() => (window.__giliranAnnouncer?.log ?? []).length >= 1, null, { timeout: 40_000 });
    const spoken = await board.page.evaluate(() => (window.__giliranAnnouncer?.log ?? []).map((a) => a.clips));
    expect(spoken).toHaveLength(1);
    expect(spoken[0]).toContain('sampai');

    // The session starts for the batch (S): its clock shows on the console and the board.
    await press(page, 's');
    await page.locator('giliran-counter-room li .left[data-left]').waitFor();
    await card.locator('.session[data-left]').waitFor();
    await screenshot(board.page, 'board-batch-1920x1080');
    await board.page.setViewportSize({ width: 1280, height: 720 });
    await screenshot(board.page, 'board-batch-1280x720');
    await screenshot(page, 'counter-room-batch');

    // Ending the session (F twice) ends each ticket of the batch.
    await press(page, 'f');
    await says(page, 'Tekan Selesai sekali lagi');
    await press(page, 'f');
    await says(page, 'Sesi berakhir untuk 14 nomor');
    await page.locator('giliran-counter-room h2', { hasText: '0 dari 20' }).waitFor();
    const after = (await api(hub.url, '/api/staff/state', { token: admin })).body as { tickets: { number: string; status: string }[] };
    for (const n of numbers) expect(after.tickets.find((t) => t.number === n)?.status).toBe('done');
    await Promise.all([context.close(), board.context.close()]);
  }, 120_000);
});

describe('shown on the kiosk', () => {
  it('the kiosk offers only the first stage; admin warns about an active service no counter serves', async () => {
    const kiosk = await newPage(browser, FULL_HD);
    await kiosk.page.goto(`${hub.url}/kiosk/`);
    await kiosk.page.locator('button[data-service=pendaftaran]').waitFor();
    const offered = await kiosk.page.locator('button[data-service]').evaluateAll((els) => els.map((e) => e.getAttribute('data-service')));
    expect(offered).toEqual(['pendaftaran', 'informasi']);
    await kiosk.context.close();

    // A service with no counter: active, offered, but nobody could call it.
    const add = await api(hub.url, '/api/admin/services', { body: { id: 'legalisir', prefix: 'E', name: { id: 'Legalisir', en: 'Legalisation' } }, token: admin });
    expect(add.status, JSON.stringify(add.body)).toBe(201);
    const { context, page } = await newPage(browser, LAPTOP);
    await page.goto(`${hub.url}/admin/#services`);
    await page.locator('giliran-admin-login input[name=username]').fill('admin');
    await page.locator('giliran-admin-login input[name=password]').fill(ADMIN_PASSWORD);
    await page.locator('giliran-admin-login button[type=submit]').click();
    const warning = page.locator('giliran-admin-services [data-warning=unserved]');
    await warning.waitFor();
    expect(await warning.textContent()).toContain('Legalisir');
    expect(await page.locator('giliran-admin-services tr[data-service=kunjungan] [data-kiosk=false]').count()).toBe(1);
    await screenshot(page, 'admin-services-unserved');
    await context.close();
  }, 90_000);
});
