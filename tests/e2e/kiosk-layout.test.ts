// The kiosk's service grid with as many services as a site really configures: 5 and 8 buttons
// (one closed by its opening hours with a long reason, long Indonesian and English names, and an
// inactive service that must not show) fit portrait 1080x1920, landscape 1920x1080 and 1280x800
// without scrolling, every touch target >= 64 px, and no text spills out of its button.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpeningSession, ServiceConfig, SiteConfig } from '../../protocol/config.js';
import { launchBrowser, screenshot } from '../helpers/browser.js';
import { api, login, startTestHub, type TestHub } from '../helpers/test-hub.js';
import { KIOSK, allButtons, poll } from './kiosk-e2e-helpers.js';

const SIZES = [
  ['portrait', { width: 1080, height: 1920 }],
  ['landscape', { width: 1920, height: 1080 }],
  ['1280x800', { width: 1280, height: 800 }],
] as const;

let hub: TestHub;
let browser: Browser;
let token: string;
let original: SiteConfig;
const pageErrors: string[] = [];

/** Services added to the four of the default site: long names in both languages. */
const EXTRA: Array<Pick<ServiceConfig, 'id' | 'name' | 'icon'>> = [
  { id: 'legalisir', name: { id: 'Legalisir Dokumen', en: 'Document Legalisation' }, icon: 'ticket' },
  {
    id: 'penitipan',
    name: { id: 'Penitipan Barang dan Makanan untuk Warga Binaan', en: 'Deposit of Goods and Food for Inmates' },
    icon: 'package',
  },
  {
    id: 'konsultasi',
    name: { id: 'Layanan Pengaduan Masyarakat dan Konsultasi Hukum', en: 'Public Complaints and Legal Consultation Service' },
    icon: 'info',
  },
  {
    id: 'integrasi',
    name: { id: 'Pengurusan Pembebasan Bersyarat dan Cuti Bersyarat', en: 'Parole and Conditional Leave Applications' },
  },
];
const INACTIVE: Pick<ServiceConfig, 'id' | 'name'> = { id: 'kunjungan-daring', name: { id: 'Kunjungan Daring (Panggilan Video)', en: 'Online Visit (Video Call)' } };

/** Two opening sessions that both lie well away from the site's local time now: closed now. */
function sessionsClosedNow(timezone: string): OpeningSession[] {
  const [h, m] = new Intl.DateTimeFormat('en-GB', { timeZone: timezone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
    .format(new Date())
    .split(':')
    .map(Number);
  const now = h * 60 + m;
  const min = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3));
  const candidates: OpeningSession[] = [
    { start: '08:00', end: '11:00' },
    { start: '13:00', end: '15:30' },
    { start: '17:00', end: '19:00' },
    { start: '21:00', end: '23:00' },
    { start: '02:00', end: '05:00' },
  ];
  const away = candidates.filter((s) => now < min(s.start) - 60 || now > min(s.end) + 60);
  return away.slice(0, 2).sort((a, b) => a.start.localeCompare(b.start));
}

function service(base: Pick<ServiceConfig, 'id' | 'name' | 'icon'>, prefix: string, extra: Partial<ServiceConfig> = {}): ServiceConfig {
  return { ...base, prefix, active: true, dailyQuota: null, sessions: [], next: null, averageServiceMinutes: 6, ...extra };
}

/**
 * Puts `shown` services on the kiosk: the original ones, then the extras (the first closed by its
 * hours), each with the next free prefix letter; plus an inactive service that must not show.
 */
async function configure(shown: number): Promise<string[]> {
  const current = (await api<SiteConfig>(hub.url, '/api/admin/config', { token })).body;
  const kept = original.services.slice(0, Math.min(shown - 1, original.services.length));
  const used = new Set(kept.map((s) => s.prefix));
  const free = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'].filter((l) => !used.has(l));
  const extras = EXTRA.slice(0, shown - kept.length).map((s, i) =>
    service(s, free[i], i === 0 ? { sessions: sessionsClosedNow(current.settings.timezone), dailyQuota: 40 } : {}),
  );
  const services = [...kept, ...extras, service(INACTIVE, free[extras.length], { active: false })];
  const ids = new Set(services.map((s) => s.id));
  const config: SiteConfig = {
    ...current,
    // Every kept service is offered here (the default site offers only the first stage).
    services: services.map((s) => ({ ...s, kiosk: true, next: s.next && ids.has(s.next) ? s.next : null })),
    counters: current.counters.filter((c) => c.services.every((id) => ids.has(id))),
  };
  const r = await api(hub.url, '/api/admin/config', { method: 'PUT', body: config, token });
  expect(r.status, JSON.stringify(r.body)).toBe(200);
  const state = (await api(hub.url, '/api/state')).body;
  const closed = state.services.find((s: { id: string }) => s.id === extras[0].id);
  expect(closed).toMatchObject({ open: false, closedReason: 'outside-hours' });
  return services.filter((s) => s.active).map((s) => s.id);
}

/** The kiosk at one size, once it shows `count` service buttons (browser.newPage: its own context). */
async function openKiosk(viewport: { width: number; height: number }, count: number): Promise<Page> {
  const page = await browser.newPage({ viewport, hasTouch: true });
  page.on('pageerror', (e) => pageErrors.push(`${viewport.width}x${viewport.height}: ${e.message}`));
  await page.goto(hub.url + KIOSK);
  await poll(() => page.locator('giliran-connection-badge').getAttribute('status')).toBe('online');
  await poll(() => page.locator('button[data-service]').count()).toBe(count);
  return page;
}

interface ButtonReport {
  id: string;
  /** Anything inside the button (element or line of text) that reaches outside it. */
  outside: string[];
  /** The button or its text box has more content than room (scrollHeight > clientHeight). */
  overflow: string[];
  nameFontPx: number;
  metaFontPx: number;
  box: { x: number; y: number; width: number; height: number };
}

/** Measures every service button from the inside: its elements and each line of its text. */
function inspectButtons(page: Page): Promise<ButtonReport[]> {
  return page.locator('button[data-service]').evaluateAll((buttons: HTMLElement[]) =>
    buttons.map((button) => {
      const b = button.getBoundingClientRect();
      const outside: string[] = [];
      const overflow: string[] = [];
      const check = (what: string, r: DOMRect) => {
        if (r.width === 0 && r.height === 0) return;
        if (r.left < b.left - 1 || r.top < b.top - 1 || r.right > b.right + 1 || r.bottom > b.bottom + 1)
          outside.push(`${what} [${Math.round(r.left)},${Math.round(r.top)} ${Math.round(r.width)}x${Math.round(r.height)}] outside [${Math.round(b.left)},${Math.round(b.top)} ${Math.round(b.width)}x${Math.round(b.height)}]`);
      };
      const tooMuch = (what: string, el: Element) => {
        if (el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1)
          overflow.push(`${what}: scroll ${el.scrollWidth}x${el.scrollHeight} > client ${el.clientWidth}x${el.clientHeight}`);
      };
      tooMuch('button', button);
      const walker = document.createTreeWalker(button, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node.nodeType === Node.TEXT_NODE) {
          const text = (node.textContent ?? '').trim();
          if (!text) continue;
          const range = document.createRange();
          range.selectNodeContents(node);
          for (const r of range.getClientRects()) check(`text "${text.slice(0, 40)}"`, r);
        } else {
          const el = node as Element;
          check(`<${el.tagName.toLowerCase()} class="${el.getAttribute('class') ?? ''}">`, el.getBoundingClientRect());
          if (el.classList.contains('text')) tooMuch('.text', el);
        }
      }
      const font = (sel: string) => parseFloat(getComputedStyle(button.querySelector(sel)!).fontSize);
      return {
        id: button.dataset.service!,
        outside,
        overflow,
        nameFontPx: font('.name'),
        metaFontPx: font('.meta, .reason'),
        box: { x: b.x, y: b.y, width: b.width, height: b.height },
      };
    }),
  );
}

beforeAll(async () => {
  hub = await startTestHub();
  browser = await launchBrowser();
  token = await login(hub.url);
  original = (await api<SiteConfig>(hub.url, '/api/admin/config', { token })).body;
  // People waiting, so the buttons show "17 menunggu · ± 340 menit" and not only the empty line.
  for (const [id, n] of [
    ['pendaftaran', 1],
    ['kunjungan', 17],
  ] as const)
    for (let i = 0; i < n; i++) expect((await api(hub.url, '/api/tickets', { body: { service: id } })).status).toBe(201);
});

afterAll(async () => {
  await browser?.close();
  await hub?.close();
});

// Generous: Chromium on a shared 2-core machine can be slow, and a slow pass is not a failure here.
describe('kiosk service grid', { timeout: 180_000 }, () => {
  for (const count of [5, 8]) {
    it(`${count} services fit every kiosk screen, no clipped text, touch targets >= 64 px`, async () => {
      const shown = await configure(count);
      for (const [name, viewport] of SIZES) {
        const page = await openKiosk(viewport, count);
        for (const lang of ['EN', 'ID']) {
          await page.locator('.langs button', { hasText: lang }).tap();
          await poll(() => page.locator(`giliran-service-button[lang=${lang.toLowerCase()}]`).count()).toBe(count);
          const where = `${count} services, ${name}, ${lang}`;

          const scroll = await page.evaluate(() => ({ h: document.documentElement.scrollHeight, w: document.documentElement.scrollWidth }));
          expect(scroll.h, where).toBeLessThanOrEqual(viewport.height);
          expect(scroll.w, where).toBeLessThanOrEqual(viewport.width);
          // The grid holds them all: its last-resort scrolling is not in use.
          const grid = await page.locator('.services').evaluate((el) => ({ scroll: el.scrollHeight, client: el.clientHeight }));
          expect(grid.scroll, where).toBeLessThanOrEqual(grid.client + 1);

          for (const b of await allButtons(page)) {
            expect(Math.min(b.width, b.height), `${where}: ${b.text}`).toBeGreaterThanOrEqual(64);
            expect(b.y + b.height, `${where}: ${b.text}`).toBeLessThanOrEqual(viewport.height);
            expect(b.x + b.width, `${where}: ${b.text}`).toBeLessThanOrEqual(viewport.width);
          }

          const reports = await inspectButtons(page);
          expect(reports.map((r) => r.id).sort(), where).toEqual([...shown].sort());
          for (const r of reports) {
            expect(r.outside, `${where}: ${r.id}`).toEqual([]);
            expect(r.overflow, `${where}: ${r.id}`).toEqual([]);
            // Still large type: small text on a kiosk is as bad as clipped text.
            expect(r.nameFontPx, `${where}: ${r.id} name`).toBeGreaterThanOrEqual(18);
            expect(r.metaFontPx, `${where}: ${r.id} second line`).toBeGreaterThanOrEqual(16);
          }
          // No two buttons overlap.
          for (const a of reports)
            for (const b of reports) {
              if (a === b) continue;
              const apart = a.box.x + a.box.width <= b.box.x + 1 || b.box.x + b.box.width <= a.box.x + 1 || a.box.y + a.box.height <= b.box.y + 1 || b.box.y + b.box.height <= a.box.y + 1;
              expect(apart, `${where}: ${a.id} overlaps ${b.id}`).toBe(true);
            }
          await screenshot(page, `kiosk-layout-${count}-${name}-${lang.toLowerCase()}`);
        }
        await page.close();
      }
      expect(pageErrors).toEqual([]);
    });
  }
});
