// Shared steps for the counter console's e2e tests: issue tickets over REST, sign in and pick a
// counter in a real page, read what the console shows. Playwright's CSS locators pierce shadow DOM.
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import { ROOT, api } from '../helpers/test-hub.js';

/** The password officerToken() gives the officers it creates. */
export const OFFICER_PASSWORD = 'petugas-rahasia-1';
export const DIST = process.env.GILIRAN_DIST ?? join(ROOT, 'dist');
export const HUB_ENV: Record<string, string> = process.env.GILIRAN_DIST ? { GILIRAN_DIST: DIST } : {};
export const FULL_HD = { width: 1920, height: 1080 };
export const LAPTOP = { width: 1366, height: 768 };

export function assertBuilt(): void {
  if (!existsSync(join(DIST, 'counter', 'index.html'))) throw new Error(`the counter is not built in ${DIST}: run "npm run build" first`);
}

export async function issueTicket(url: string, service: string, priority = false): Promise<{ id: string; number: string }> {
  const r = await api(url, '/api/tickets', { body: { service, priority }, headers: { 'Idempotency-Key': randomUUID() } });
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return r.body;
}

export async function newPage(browser: Browser, viewport = LAPTOP): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport });
  context.setDefaultTimeout(10_000); // fail at the step, well before the test's own timeout
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error('counter page error:', e.message));
  return { context, page };
}

export async function signIn(page: Page, username: string, password: string): Promise<void> {
  await page.locator('giliran-counter-login input[name=username]').fill(username);
  await page.locator('giliran-counter-login input[name=password]').fill(password);
  await page.locator('giliran-counter-login button[type=submit]').click();
}

/** Opens /counter/, signs in and picks the counter (unless the device remembers one). */
export async function openConsole(page: Page, url: string, username: string, password: string, counter: string): Promise<void> {
  await page.goto(`${url}/counter/`);
  await page.locator('giliran-counter-login').waitFor();
  await signIn(page, username, password);
  const picker = page.locator(`giliran-counter-picker button[data-counter="${counter}"]`);
  const console_ = page.locator('giliran-counter-console');
  await Promise.race([picker.waitFor(), console_.waitFor()]);
  if (await picker.isVisible()) await picker.click();
  await page.locator(`giliran-counter-header [data-counter="${counter}"]`).waitFor();
}

/** The number the console shows as current ('' when none). */
export async function currentNumber(page: Page): Promise<string> {
  const n = page.locator('giliran-counter-current .number');
  return (await n.count()) ? ((await n.getAttribute('data-number')) ?? '') : '';
}

/** Waits until the console shows `number` and the action that called it has had its answer. */
export async function waitCurrent(page: Page, number: string): Promise<void> {
  await page.locator(`giliran-counter-current .number[data-number="${number}"]`).waitFor();
  await idle(page);
}

/** The console takes one action at a time and ignores keys meanwhile: wait for the answer. */
export const idle = (page: Page) => page.locator('giliran-counter-actions:not([busy])').waitFor();

/** Presses a shortcut once the console takes keys again (keys during an action are ignored). */
export async function press(page: Page, key: string): Promise<void> {
  await idle(page);
  await page.keyboard.press(key);
}

export const action = (page: Page, name: string) => page.locator(`giliran-counter-actions button[data-action="${name}"]`);
export const message = (page: Page) => page.locator('giliran-counter-console .message');
