// Small layout faults of issue 20: the kiosk settings dialog is a real modal (Escape closes it,
// Tab stays inside, no pre-filled account), the ticket screen says what to do next and shows no
// printer icon without a printer, and offline badges squeeze neither the kiosk's site name
// (1080x1920) nor the phone page's header (390x844). Screenshots under test-artifacts/.
import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot } from '../helpers/browser.js';
import { api, startTestHub, type TestHub } from '../helpers/test-hub.js';
import { KIOSK, poll } from './kiosk-e2e-helpers.js';

const PORTRAIT = { width: 1080, height: 1920 };
let hub: TestHub;
let browser: Browser;

async function openKiosk(): Promise<Page> {
  const page = await browser.newPage({ viewport: PORTRAIT, hasTouch: true });
  await page.goto(hub.url + KIOSK);
  await page.locator('button[data-service=pendaftaran]:not([disabled])').waitFor();
  return page;
}

/** Is the focused element (through shadow roots) inside the settings dialog? */
const focusInDialog = (page: Page) =>
  page.evaluate(() => {
    let el: Element | null = document.activeElement;
    const path: string[] = [];
    while (el?.shadowRoot?.activeElement) {
      path.push(el.tagName.toLowerCase());
      el = el.shadowRoot.activeElement;
    }
    path.push(el?.tagName.toLowerCase() ?? '');
    return path.includes('giliran-kiosk-settings') ? path[path.length - 1] : `outside: ${path.join(' > ')}`;
  });

beforeAll(async () => {
  hub = await startTestHub(); // PRINTER unset: no printer
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await hub?.close();
});

describe('small layout faults', () => {
  it('the settings dialog closes on Escape, keeps the focus inside, and names no account', async () => {
    const page = await openKiosk();
    await page.locator('button.gear').tap();
    const dialog = page.locator('giliran-kiosk-settings');
    await dialog.waitFor();
    expect(await dialog.getAttribute('role')).toBe('dialog');
    expect(await dialog.locator('input[name=username]').inputValue()).toBe('');
    await poll(() => focusInDialog(page)).toBe('input');
    const seen = new Set<string>();
    for (let i = 0; i < 9; i++) {
      await page.keyboard.press(i % 4 === 3 ? 'Shift+Tab' : 'Tab');
      const where = await focusInDialog(page);
      expect(where, `after ${i + 1} tab presses`).not.toMatch(/^outside/);
      seen.add(where);
    }
    expect(seen).toEqual(new Set(['input', 'button']));
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await page.close();
  });

  it('the ticket screen says what to do next and shows no printer icon without a printer', async () => {
    const page = await openKiosk();
    await page.locator('button[data-service=pendaftaran]').tap();
    const next = page.locator('giliran-kiosk-ticket [data-testid=next-step]');
    await poll(() => next.textContent()).toBe('Tunggu di ruang tunggu dan pantau layar; siapkan KTP');
    expect(await page.locator('giliran-kiosk-ticket .print').getAttribute('data-outcome')).toBe('none');
    expect(await page.locator('giliran-kiosk-ticket .print .i').count()).toBe(0);
    await screenshot(page, 'kiosk-ticket-no-printer-1080x1920');
    await page.close();
  });

  it('offline: the kiosk keeps its site name readable and the phone header keeps its shape', async () => {
    const t = await api(hub.url, '/api/tickets', { body: { service: 'pendaftaran' }, headers: { 'Idempotency-Key': randomUUID() } });
    const kiosk = await openKiosk();
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    await phone.goto(`${hub.url}/t/${t.body.id}`);
    await phone.locator('[data-testid=number], .number').first().waitFor();
    const phoneHeader = async () => phone.evaluate(() => {
      const root = document.querySelector('giliran-phone-ticket')!.shadowRoot!;
      const h = root.querySelector('header')!.getBoundingClientRect();
      const site = root.querySelector('.site')!.getBoundingClientRect();
      return { height: h.height, siteHeight: site.height };
    });
    const onlineHeader = await phoneHeader();
    await hub.close();
    await kiosk.locator('giliran-connection-badge[status=offline]').waitFor({ timeout: 20_000 });
    await phone.locator('giliran-connection-badge[status=offline]').waitFor({ timeout: 20_000 });
    await kiosk.waitForTimeout(300); // the badge's text has rendered
    await screenshot(kiosk, 'kiosk-offline-1080x1920');
    await screenshot(phone, 'phone-offline-390x844');
    const site = await kiosk.evaluate(() => {
      const root = document.querySelector('giliran-kiosk')!.shadowRoot!;
      const el = root.querySelector('.site')!;
      return { width: el.getBoundingClientRect().width, text: el.textContent!.trim() };
    });
    // "Rutan Kelas IIA Balikpapan" in at most two lines of its own size: wider than ~30% of the screen.
    expect(site.width).toBeGreaterThan(PORTRAIT.width * 0.3);
    const offlineHeader = await phoneHeader();
    expect(offlineHeader.height).toBeLessThanOrEqual(onlineHeader.height + 1);
    expect(offlineHeader.siteHeight).toBeLessThanOrEqual(onlineHeader.siteHeight + 1);
  }, 60_000);
});
