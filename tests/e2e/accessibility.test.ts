// axe-core (WCAG 2.1 A/AA rules) on every screen of every app, in headless Chromium against the
// real hub serving the built apps. A serious or critical violation fails; moderate and minor ones
// are written to test-artifacts/axe/<screen>.json (and docs/accessibility.md says why each that
// remains is accepted). To check a new screen, add one entry to SCREENS.
import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS_DIR, launchBrowser, screenshot } from '../helpers/browser.js';
import { api, login, officerToken, startTestHub, type TestHub } from '../helpers/test-hub.js';
import { allButtons, issuedToday, poll } from './kiosk-e2e-helpers.js';

const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
/** WCAG 2.1 A/AA, plus axe's best practices (one main landmark, an h1, regions) that we also keep. */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];
const MIN_TOUCH = 48;
const OFFICER_PASSWORD = 'petugas-rahasia-1';

const KIOSK = { width: 1080, height: 1920 };
const TV = { width: 1920, height: 1080 };
const LAPTOP = { width: 1366, height: 768 };
const PHONE = { width: 390, height: 844 };

/** What a screen may use: the hub and the tickets seeded for it. */
interface Fixture {
  hub: TestHub;
  /** Phone links: one waiting, one called, one done. */
  tickets: Record<'waiting' | 'called' | 'done', string>;
}

interface Screen {
  name: string;
  viewport: { width: number; height: number };
  mobile?: boolean;
  /** Touch screens (kiosk, phone): every button at least 48 x 48 CSS px. */
  touch?: boolean;
  /** Brings the page to the screen; resolves when it is drawn. */
  open(page: Page, f: Fixture): Promise<void>;
}

async function adminSignedIn(page: Page, f: Fixture, tab: string): Promise<void> {
  await page.goto(`${f.hub.url}/admin/#${tab}`);
  await page.getByLabel('Nama pengguna').fill('admin');
  await page.getByLabel('Kata sandi').fill(f.hub.adminPassword);
  await page.getByRole('button', { name: 'Masuk', exact: true }).click();
  await page.locator(`nav a[aria-current=page][href="#${tab}"]`).waitFor();
  await page.locator(`giliran-admin-${tab}`).waitFor();
  await page.waitForLoadState('networkidle');
}

async function counterSignedIn(page: Page, f: Fixture): Promise<void> {
  await page.goto(`${f.hub.url}/counter/`);
  await page.locator('giliran-counter-login input[name=username]').fill('petugas1');
  await page.locator('giliran-counter-login input[name=password]').fill(OFFICER_PASSWORD);
  await page.locator('giliran-counter-login button[type=submit]').click();
  await page.locator('giliran-counter-picker button[data-counter]').first().waitFor();
}

const phone = (state: keyof Fixture['tickets']): Screen => ({
  name: `phone-${state}`,
  viewport: PHONE,
  mobile: true,
  touch: true,
  async open(page, f) {
    await page.goto(`${f.hub.url}/t/${f.tickets[state]}`);
    await page.locator('giliran-phone-ticket [data-testid=number]').waitFor();
    await page.locator('giliran-connection-badge[status=online]').waitFor();
  },
});

const ADMIN_TABS = ['services', 'counters', 'devices', 'users', 'settings', 'printer', 'reports', 'audit', 'survey', 'booking', 'supervisor'];
const TABLET = { width: 1280, height: 800 };

/** Every screen, in the order a visitor, the board, an officer and an admin meet them. */
export const SCREENS: Screen[] = [
  {
    name: 'kiosk-services',
    viewport: KIOSK,
    touch: true,
    async open(page, f) {
      await page.goto(`${f.hub.url}/kiosk/`);
      await page.locator('giliran-connection-badge[status=online]').waitFor();
      await page.locator('button[data-service]').first().waitFor();
    },
  },
  {
    name: 'kiosk-ticket',
    viewport: KIOSK,
    touch: true,
    async open(page, f) {
      await SCREENS[0]!.open(page, f);
      await page.locator('button[data-service=informasi]').click();
      await page.locator('giliran-kiosk-ticket [data-testid=number]').waitFor();
      await page.locator('giliran-kiosk-ticket .print[data-outcome]:not([data-outcome=printing])').waitFor();
    },
  },
  {
    name: 'kiosk-settings',
    viewport: KIOSK,
    touch: true,
    async open(page, f) {
      await SCREENS[0]!.open(page, f);
      await page.locator('button.gear').click();
      await page.locator('giliran-kiosk-settings input[name=password]').waitFor();
    },
  },
  {
    name: 'board',
    viewport: TV,
    async open(page, f) {
      await page.goto(`${f.hub.url}/board/`);
      await page.locator('giliran-board[data-latest]:not([data-latest=""])').waitFor();
    },
  },
  {
    name: 'counter-login',
    viewport: LAPTOP,
    async open(page, f) {
      await page.goto(`${f.hub.url}/counter/`);
      await page.locator('giliran-counter-login input[name=username]').waitFor();
    },
  },
  {
    name: 'counter-picker',
    viewport: LAPTOP,
    open: counterSignedIn,
  },
  {
    name: 'counter-console',
    viewport: LAPTOP,
    async open(page, f) {
      await counterSignedIn(page, f);
      await page.locator('giliran-counter-picker button[data-counter="loket-1"]').click();
      await page.locator('giliran-counter-current .number[data-number]').waitFor();
    },
  },
  {
    // Loket 2 holds nothing; A-003 is second in line, so calling it asks for a reason.
    name: 'counter-reason',
    viewport: LAPTOP,
    async open(page, f) {
      await counterSignedIn(page, f);
      await page.locator('giliran-counter-picker button[data-counter="loket-2"]').click();
      await page.locator('giliran-counter-waiting li[data-number="A-003"] button').click();
      await page.locator('giliran-counter-reason [data-testid=recorded]').waitFor();
    },
  },
  {
    name: 'admin-login',
    viewport: LAPTOP,
    async open(page, f) {
      await page.goto(`${f.hub.url}/admin/`);
      await page.getByLabel('Nama pengguna').waitFor();
    },
  },
  ...ADMIN_TABS.map((tab): Screen => ({ name: `admin-${tab}`, viewport: LAPTOP, open: (page, f) => adminSignedIn(page, f, tab) })),
  phone('waiting'),
  phone('called'),
  phone('done'),
  {
    name: 'booking',
    viewport: PHONE,
    mobile: true,
    touch: true,
    async open(page, f) {
      await page.goto(`${f.hub.url}/booking/`);
      await page.locator('giliran-booking').waitFor();
      await page.waitForLoadState('networkidle');
    },
  },
  {
    name: 'survey-tablet',
    viewport: TABLET,
    touch: true,
    async open(page, f) {
      await page.goto(`${f.hub.url}/survey/`);
      await page.locator('giliran-survey').waitFor();
      await page.waitForLoadState('networkidle');
    },
  },
];

interface AxeNode {
  target: unknown[];
  html: string;
  failureSummary?: string;
}
interface AxeViolation {
  id: string;
  impact: 'minor' | 'moderate' | 'serious' | 'critical' | null;
  help: string;
  nodes: AxeNode[];
}

/** The focused element through shadow roots, and whether it draws a focus indicator. */
function focused(page: Page): Promise<{ what: string; ring: boolean } | null> {
  return page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    if (!el || el === document.body) return null;
    const cs = getComputedStyle(el);
    const ring = (cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 2) || cs.boxShadow !== 'none';
    return { what: `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 30)}"`, ring };
  });
}

async function runAxe(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ path: AXE_PATH });
  return page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run(ctx: Document, opts: unknown): Promise<{ violations: AxeViolation[] }> } }).axe;
    const r = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target, html: n.html.slice(0, 200), failureSummary: n.failureSummary })) }));
  }, AXE_TAGS);
}

let hub: TestHub;
let browser: Browser;
let fixture: Fixture;
const summary: Record<string, Record<string, number>> = {};

async function issue(service: string): Promise<string> {
  const r = await api(hub.url, '/api/tickets', { body: { service }, headers: { 'Idempotency-Key': randomUUID() } });
  expect(r.status).toBe(201);
  return r.body.id;
}

beforeAll(async () => {
  hub = await startTestHub();
  browser = await launchBrowser();
  const officer = await officerToken(hub.url, await login(hub.url), 'petugas1');
  const post = async (path: string) => expect((await api(hub.url, path, { method: 'POST', token: officer, body: {} })).status).toBe(200);
  // A finished visit, a ticket called now, one waiting: the board has calls, the phone each state.
  const done = await issue('informasi');
  await post('/api/counters/loket-4/call-next');
  await post(`/api/tickets/${done}/finish`);
  const called = await issue('informasi');
  await post('/api/counters/loket-4/call-next');
  const waiting = await issue('informasi');
  // Loket 1 serves a registration: the console opens with a ticket in service.
  const serving = await issue('pendaftaran');
  await post('/api/counters/loket-1/call-next');
  await post(`/api/tickets/${serving}/start`);
  await issue('pendaftaran');
  await issue('pendaftaran');
  // A cancellation, so the supervisor's tab has a row.
  await post(`/api/tickets/${await issue('barang')}/cancel`);
  fixture = { hub, tickets: { waiting, called, done } };
});

afterAll(async () => {
  mkdirSync(join(ARTIFACTS_DIR, 'axe'), { recursive: true });
  writeFileSync(join(ARTIFACTS_DIR, 'axe', 'summary.json'), `${JSON.stringify(summary, null, 2)}\n`);
  await browser?.close();
  await hub?.close();
});

describe('accessibility (axe-core, WCAG 2.1 A/AA)', { timeout: 90_000 }, () => {
  for (const screen of SCREENS) {
    it(`${screen.name}: no serious or critical violation`, async () => {
      const context = await browser.newContext({ bypassCSP: true, viewport: screen.viewport, isMobile: screen.mobile, hasTouch: screen.mobile });
      context.setDefaultTimeout(15_000);
      const page = await context.newPage();
      page.on('pageerror', (e) => console.error(`${screen.name} page error:`, e.message));
      try {
        await screen.open(page, fixture);
        const violations = await runAxe(page);
        await screenshot(page, `axe-${screen.name}`);
        const counts: Record<string, number> = {};
        for (const v of violations) counts[v.impact ?? 'none'] = (counts[v.impact ?? 'none'] ?? 0) + v.nodes.length;
        summary[screen.name] = counts;
        mkdirSync(join(ARTIFACTS_DIR, 'axe'), { recursive: true });
        writeFileSync(join(ARTIFACTS_DIR, 'axe', `${screen.name}.json`), `${JSON.stringify(violations, null, 2)}\n`);
        const blocking = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
        expect(blocking.map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' > ')).join(', ')}`)).toEqual([]);
        if (screen.touch) {
          const small = (await allButtons(page)).filter((b) => b.width < MIN_TOUCH || b.height < MIN_TOUCH);
          expect(small.map((b) => `${b.text} ${Math.round(b.width)}x${Math.round(b.height)}`)).toEqual([]);
        }
        // Focus visible: the first few Tab stops each draw a ring.
        const stops: string[] = [];
        for (let i = 0; i < 5; i++) {
          await page.keyboard.press('Tab');
          const f = await focused(page);
          if (f && !f.ring) stops.push(f.what);
        }
        expect(stops, 'focused without a visible ring').toEqual([]);
      } finally {
        await context.close();
      }
    });
  }
});

/** The deep focused element's tag and data-service (through shadow roots). */
const focusedService = (page: Page) =>
  page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return el?.getAttribute('data-service') ?? (el?.classList.contains('done') ? 'done' : null);
  });

describe('keyboard and language', { timeout: 90_000 }, () => {
  it("kiosk: a scanner's characters and Enter issue nothing by themselves; Tab and Enter take a ticket and come back", async () => {
    const context = await browser.newContext({ viewport: KIOSK });
    const page = await context.newPage();
    try {
      await SCREENS[0]!.open(page, fixture);
      const before = await issuedToday(hub.url, 'informasi');
      // A keyboard-emulating barcode scanner, with nothing focused.
      await page.keyboard.type('BK-20261128-0042');
      await page.keyboard.press('Enter');
      await page.locator('button[data-service=informasi]').waitFor();
      expect(await issuedToday(hub.url, 'informasi')).toBe(before);
      // Keyboard only: Tab to the Information button, Enter.
      for (let i = 0; i < 20 && (await focusedService(page)) !== 'informasi'; i++) await page.keyboard.press('Tab');
      expect(await focusedService(page)).toBe('informasi');
      await page.keyboard.press('Enter');
      await page.locator('giliran-kiosk-ticket [data-testid=number]').waitFor();
      await poll(() => issuedToday(hub.url, 'informasi')).toBe(before + 1);
      for (let i = 0; i < 10 && (await focusedService(page)) !== 'done'; i++) await page.keyboard.press('Tab');
      expect(await focusedService(page)).toBe('done');
      await page.keyboard.press('Enter');
      await page.locator('button[data-service=informasi]').waitFor();
    } finally {
      await context.close();
    }
  });

  it('sets <html lang> to the language chosen on the kiosk and the phone page', async () => {
    const context = await browser.newContext({ viewport: PHONE });
    const page = await context.newPage();
    try {
      await SCREENS[0]!.open(page, fixture);
      const lang = () => page.evaluate(() => document.documentElement.lang);
      expect(await lang()).toBe('id');
      await page.locator('.langs button', { hasText: 'EN' }).click();
      await poll(lang).toBe('en');
      await page.locator('.langs button', { hasText: 'ID' }).click();
      await poll(lang).toBe('id');
      await page.goto(`${hub.url}/t/${fixture.tickets.waiting}`);
      await page.locator('giliran-phone-ticket .langs button', { hasText: 'EN' }).click();
      await poll(lang).toBe('en');
    } finally {
      await context.close();
    }
  });
});
