// Many officers at once and a whole visit, in real browsers against the real hub:
// - two officers at the two registration counters press call-next at the same moment, round after
//   round: never the same ticket twice;
// - a number taken at the kiosk is called at Loket 1, passed on to goods inspection, called at
//   Loket 3, passed on to the visit room and called there: the same number each time, and the
//   board (its socket and its page) shows each call with the right counter.
import type { Browser } from 'playwright-core';
import { io, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LiveEvent } from '../../protocol/live.js';
import { launchBrowser, screenshot } from '../helpers/browser.js';
import { api, login, officerToken, startTestHub, type TestHub } from '../helpers/test-hub.js';
import { FULL_HD, HUB_ENV, LAPTOP, OFFICER_PASSWORD, assertBuilt, currentNumber, idle, issueTicket, message, newPage, openConsole, press, waitCurrent } from './counter-pages.js';

let hub: TestHub;
let browser: Browser;
let board: Socket;
const calls: { number: string; counter: string; counterName: string; recall: number }[] = [];

beforeAll(async () => {
  assertBuilt();
  hub = await startTestHub({ env: HUB_ENV });
  const admin = await login(hub.url);
  for (const name of ['petugas1', 'petugas2', 'petugas3', 'petugas4']) await officerToken(hub.url, admin, name);
  browser = await launchBrowser();
  board = io(hub.url, { transports: ['websocket'] });
  board.on('ticket:called', (e: LiveEvent) => e.call && calls.push({ number: e.call.number, counter: e.call.counter, counterName: e.call.counterName, recall: e.call.recall }));
  await new Promise<void>((ok) => board.once('state', () => ok()));
});

afterAll(async () => {
  board?.close();
  await browser?.close();
  await hub?.close();
});

describe('counter console with many officers', () => {
  it('two officers pressing call-next at the same moment get two different tickets', async () => {
    const a = await newPage(browser, LAPTOP);
    const b = await newPage(browser, LAPTOP);
    await Promise.all([openConsole(a.page, hub.url, 'petugas1', OFFICER_PASSWORD, 'loket-1'), openConsole(b.page, hub.url, 'petugas2', OFFICER_PASSWORD, 'loket-2')]);
    for (let i = 0; i < 6; i++) await issueTicket(hub.url, 'pendaftaran');

    const seen: string[] = [];
    for (let round = 0; round < 3; round++) {
      // Both consoles are idle here; the two presses go out together.
      await Promise.all([a.page.keyboard.press('Space'), b.page.keyboard.press('Space')]);
      await Promise.all([a.page, b.page].map((p) => p.locator('giliran-counter-current .number').waitFor()));
      await Promise.all([idle(a.page), idle(b.page)]);
      const [na, nb] = [await currentNumber(a.page), await currentNumber(b.page)];
      expect(na).not.toBe(nb);
      seen.push(na, nb);
      if (round === 0) await screenshot(a.page, 'counter-concurrent-loket-1');
      // Pass both on, so the next round starts from free counters.
      await Promise.all([press(a.page, 't'), press(b.page, 't')]);
      await Promise.all([a.page, b.page].map((p) => p.locator('giliran-counter-current .empty').waitFor()));
      await Promise.all([idle(a.page), idle(b.page)]);
    }
    expect(new Set(seen).size).toBe(6);
    await Promise.all([a.context.close(), b.context.close()]);
  }, 90_000);

  it('a whole visit keeps its number through registration, goods inspection and the visit room', async () => {
    // Clear what the first test passed on, so the visit's ticket is the next one at each stage.
    const admin = await login(hub.url);
    const staff = (await api(hub.url, '/api/staff/state', { token: admin })).body as { tickets: { id: string; status: string }[] };
    for (const t of staff.tickets.filter((x) => x.status === 'waiting')) await api(hub.url, `/api/tickets/${t.id}/cancel`, { method: 'POST', token: admin });

    const kiosk = await newPage(browser, FULL_HD);
    await kiosk.page.goto(`${hub.url}/kiosk/`);
    await kiosk.page.locator('button[data-service=pendaftaran]:not([disabled])').click();
    const numberEl = kiosk.page.locator('giliran-kiosk-ticket [data-testid=number]');
    await numberEl.waitFor();
    const number = (await numberEl.textContent())!.trim();
    expect(number).toMatch(/^A-\d{3}$/);

    const boardPage = await newPage(browser, FULL_HD);
    await boardPage.page.goto(`${hub.url}/board/`);
    await boardPage.page.locator('giliran-board[data-seq]:not([data-seq=""])').waitFor();

    const stages: { counter: string; name: string; user: string; pass: boolean }[] = [
      { counter: 'loket-1', name: 'Loket 1', user: 'petugas1', pass: true },
      { counter: 'loket-3', name: 'Loket 3', user: 'petugas3', pass: true },
      { counter: 'ruang-kunjungan', name: 'Ruang Kunjungan', user: 'petugas4', pass: false },
    ];
    for (const stage of stages) {
      const { context, page } = await newPage(browser, LAPTOP);
      await openConsole(page, hub.url, stage.user, OFFICER_PASSWORD, stage.counter);
      const before = calls.length;
      await press(page, 'n');
      // The visit room is a room with 20 places: N fills it (here with the one waiting number).
      if (stage.pass) await waitCurrent(page, number);
      else await page.locator('giliran-counter-room .nums', { hasText: number }).waitFor();
      await expect.poll(() => calls.length).toBe(before + 1);
      expect(calls.at(-1)).toEqual({ number, counter: stage.counter, counterName: stage.name, recall: 0 });
      await expect.poll(() => boardPage.page.locator('giliran-board-call .number').textContent()).toBe(number);
      expect(await boardPage.page.locator('giliran-board-call .counter').textContent()).toBe(stage.name);
      await screenshot(boardPage.page, `counter-visit-board-${stage.counter}`);
      if (stage.pass) {
        await screenshot(page, `counter-visit-${stage.counter}`);
        await press(page, 't');
        await expect.poll(() => message(page).textContent()).toContain(`${number} diteruskan ke`);
      } else {
        await press(page, 's');
        await page.locator('giliran-counter-room .left[data-left]').waitFor();
        await screenshot(page, `counter-visit-${stage.counter}`);
      }
      await context.close();
    }
    const ticket = (await api(hub.url, `/api/state`)).body as { counters: { id: string; current: { number: string } | null }[] };
    expect(ticket.counters.find((c) => c.id === 'ruang-kunjungan')?.current?.number).toBe(number);
    await Promise.all([kiosk.context.close(), boardPage.context.close()]);
  }, 120_000);
});
