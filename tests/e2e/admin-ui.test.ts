// The admin app in Chromium against the real hub serving the built apps: officers are turned
// away, an admin adds a service that appears on an open kiosk without a reload, validation errors
// read in Indonesian, and every tab is captured as a screenshot (look at them).
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot } from '../helpers/browser.js';
import { ROOT, api, login, officerToken, startTestHub, type TestHub } from '../helpers/test-hub.js';

const DIST = process.env.GILIRAN_DIST ?? join(ROOT, 'dist');
const ADMIN = '/admin/';
const SIZE = { width: 1440, height: 900 };

let hub: TestHub;
let browser: Browser;
let officer: string;

/** Device keys of the two kiosks (a kiosk names itself only with its key). */
const deviceKeys: Record<string, string> = {};

async function issue(service: string, priority = false, device?: string) {
  const headers: Record<string, string> = { 'Idempotency-Key': randomUUID(), ...(device ? { authorization: `Device ${deviceKeys[device]}` } : {}) };
  const r = await api(hub.url, '/api/tickets', { body: { service, priority, device }, headers });
  expect(r.status).toBe(201);
  return r.body as { id: string; number: string };
}

async function signIn(page: Page, username: string, password: string): Promise<void> {
  await page.goto(`${hub.url}${ADMIN}`);
  await page.getByLabel('Nama pengguna').fill(username);
  await page.getByLabel('Kata sandi').fill(password);
  await page.getByRole('button', { name: 'Masuk', exact: true }).click();
}

async function adminPage(hash = ''): Promise<Page> {
  const page = await browser.newPage({ viewport: SIZE });
  page.on('pageerror', (e) => console.error('admin page error:', e.message));
  await signIn(page, 'admin', hub.adminPassword);
  await page.getByRole('link', { name: 'Layanan' }).waitFor();
  if (hash) await page.goto(`${hub.url}${ADMIN}#${hash}`);
  return page;
}

// The hub's clock: a morning at the visitor service, 08:00-11:15 WITA, stepped a minute at a time.
const start = Date.parse('2026-11-28T00:00:00Z');
const clock = { t: new Date(start), now: () => clock.t };
const atMinute = (m: number) => (clock.t = new Date(start + m * 60_000));

/** Two officers on four counters; visits pass registration -> goods -> visit room. */
async function seedMorning(): Promise<void> {
  const arrivals = [0, 1, 3, 4, 6, 9, 12, 14, 15, 19, 24, 28, 33, 37, 41, 46, 52, 58, 61, 64, 66, 70, 77, 83, 90, 96, 104, 111, 118, 126, 133, 141, 150, 162, 171, 178];
  const counters = [
    { id: 'loket-1', token: officer, minutes: [4, 6, 5, 3] },
    { id: 'loket-2', token: officer2, minutes: [5, 7, 4, 6] },
    { id: 'loket-3', token: officer, minutes: [6, 4, 8] },
    { id: 'loket-4', token: officer2, minutes: [3, 5] },
    { id: 'ruang-kunjungan', token: officer3, minutes: [20, 25, 18] },
  ].map((c) => ({ ...c, current: null as string | null, until: 0, served: 0 }));
  for (let m = 0; m <= 180; m++) {
    atMinute(m);
    if (arrivals.includes(m)) await issue('pendaftaran', m % 7 === 0, m % 2 ? 'kiosk-lobi' : 'kiosk-2');
    if (m % 25 === 5) await issue('informasi');
    for (const c of counters) {
      if (c.current && m >= c.until) {
        // Every seventh person called does not come forward.
        const last = c.id === 'loket-4' || c.id === 'ruang-kunjungan';
        const path = c.served % 7 === 6 ? 'no-show' : last ? 'finish' : 'finish-and-next';
        await api(hub.url, `/api/tickets/${c.current}/${path}`, { method: 'POST', token: c.token });
        c.current = null;
      }
      if (c.current) continue;
      const r = await api(hub.url, `/api/counters/${c.id}/call-next`, { method: 'POST', token: c.token });
      if (r.status !== 200) continue;
      c.current = r.body.ticket.id;
      c.until = m + c.minutes[c.served % c.minutes.length];
      c.served++;
    }
  }
  atMinute(185);
  await issue('pendaftaran', true);
  const late = await issue('informasi');
  await api(hub.url, '/api/counters/loket-4/call', { body: { ticketId: late.id, reason: 'lansia, dipanggil lebih dulu' }, token: officer2 });
  await api(hub.url, '/api/login', { body: { username: 'admin', password: 'bukan-sandinya' } });
}

let officer2: string;
let officer3: string;

beforeAll(async () => {
  if (!existsSync(join(DIST, 'admin', 'index.html'))) throw new Error(`the admin app is not built in ${DIST}: run "npm run build" first`);
  hub = await startTestHub({ clock, env: { GILIRAN_DIST: DIST, PRINTER: 'virtual' } });
  const admin = await login(hub.url);
  for (const id of ['kiosk-lobi', 'kiosk-2']) deviceKeys[id] = (await api(hub.url, `/api/admin/devices/${id}/key`, { body: {}, token: admin })).body.key;
  officer = await officerToken(hub.url, admin, 'budi');
  officer2 = await officerToken(hub.url, admin, 'sari');
  officer3 = await officerToken(hub.url, admin, 'dewi');
  await seedMorning();
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await hub?.close();
});

describe('admin e2e', () => {
  it('an officer is told plainly that the page is for admins', async () => {
    const page = await browser.newPage({ viewport: SIZE });
    await signIn(page, 'budi', 'petugas-rahasia-1');
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('Halaman ini khusus admin');
    await expect.poll(() => page.getByRole('link', { name: 'Buka konsol petugas' }).count()).toBe(1);
    await screenshot(page, 'admin-officer-refused');
    // The API agrees.
    expect((await api(hub.url, '/api/admin/config', { token: officer })).status).toBe(403);
    await page.close();
  });

  it('a wrong password says so', async () => {
    const page = await browser.newPage({ viewport: SIZE });
    await signIn(page, 'admin', 'salah-salah-salah');
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('Nama pengguna atau kata sandi salah');
    await screenshot(page, 'admin-login-error');
    await page.close();
  });

  it('a service added in the admin appears on an open kiosk without a reload', async () => {
    const kiosk = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await kiosk.goto(`${hub.url}/kiosk/index.html`);
    await kiosk.locator('giliran-service-button').first().waitFor();
    const page = await adminPage();
    await screenshot(page, 'admin-services');
    await page.getByRole('button', { name: '+ Tambah layanan' }).click();
    await page.getByLabel('Nama (Indonesia)').fill('Legalisir Dokumen');
    await page.getByLabel('Nama (Inggris)').fill('Document Legalisation');
    await page.getByLabel('Huruf awalan').selectOption('E');
    await page.getByLabel('Kuota harian').fill('40');
    await page.getByRole('button', { name: '+ Tambah sesi' }).click();
    await screenshot(page, 'admin-service-form');
    await page.getByRole('button', { name: 'Simpan' }).click();
    await page.locator('tr[data-service="legalisir-dokumen"]').waitFor();
    await expect.poll(() => kiosk.locator('giliran-service-button', { hasText: 'Legalisir Dokumen' }).count(), { timeout: 10_000 }).toBe(1);
    await screenshot(kiosk, 'admin-kiosk-new-service');
    await kiosk.close();
    await page.close();
  });

  it('validation errors read in Indonesian and mark the field', async () => {
    const page = await adminPage();
    await page.locator('tr[data-service="legalisir-dokumen"]').getByRole('button', { name: 'Ubah' }).click();
    await page.getByLabel('Kuota harian').fill('-3');
    await page.getByRole('button', { name: 'Simpan' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('Kuota harian tidak boleh di bawah nol.');
    expect(await page.getByLabel('Kuota harian').getAttribute('aria-invalid')).toBe('true');
    await screenshot(page, 'admin-service-error');
    await page.getByLabel('Kuota harian').fill('40');
    await page.getByLabel('Huruf awalan').selectOption('A');
    await page.getByRole('button', { name: 'Simpan' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('Huruf awalan A sudah dipakai layanan Pendaftaran Kunjungan.');
    await page.close();
  });

  it('counters, users and settings tabs', async () => {
    const page = await adminPage('counters');
    await page.locator('tr[data-counter="loket-1"]').waitFor();
    await screenshot(page, 'admin-counters');
    // Add a counter, then delete it: the first click asks, the second deletes.
    await page.getByRole('button', { name: '+ Tambah loket' }).click();
    await page.getByLabel('Nama yang diucapkan').fill('Loket 9');
    await page.getByLabel('Informasi & Pengaduan').check();
    await screenshot(page, 'admin-counter-form');
    await page.getByRole('button', { name: 'Simpan' }).click();
    const row = page.locator('tr[data-counter="loket-9"]');
    await row.waitFor();
    await row.getByRole('button', { name: 'Hapus' }).click();
    await row.getByRole('button', { name: 'Yakin hapus?' }).click();
    await row.waitFor({ state: 'detached' });
    expect((await api(hub.url, '/api/state')).body.counters.some((c: { id: string }) => c.id === 'loket-9')).toBe(false);
    await page.getByRole('link', { name: 'Pengguna' }).click();
    await page.locator('tr[data-user="budi"]').waitFor();
    await page.locator('tr[data-user="budi"]').getByRole('button', { name: 'Atur ulang kata sandi' }).click();
    await page.getByPlaceholder('Kata sandi baru (min. 8 karakter)').fill('sandi-baru-budi-1');
    await page.locator('tr[data-user="budi"]').getByRole('button', { name: 'Simpan' }).click();
    await expect.poll(() => page.locator('.msg.ok').textContent()).toContain('sandi-baru-budi-1');
    await screenshot(page, 'admin-users');
    expect((await api(hub.url, '/api/login', { body: { username: 'budi', password: 'sandi-baru-budi-1' } })).status).toBe(200);
    await page.getByRole('link', { name: 'Pengaturan' }).click();
    await page.getByLabel('Teks berjalan di papan').fill('Kunjungan hari Jumat: 08.00-11.00 WITA.');
    await page.getByRole('button', { name: 'Simpan' }).click();
    await expect.poll(() => page.locator('.msg.ok').textContent()).toContain('Tersimpan');
    expect((await api(hub.url, '/api/state')).body.site.runningText).toBe('Kunjungan hari Jumat: 08.00-11.00 WITA.');
    await screenshot(page, 'admin-settings-saved');
    await page.evaluate(() => scrollTo(0, 0));
    await screenshot(page, 'admin-settings');
    await page.close();
  });

  it('devices: a kiosk that registered itself is named and placed', async () => {
    const page = await adminPage('devices');
    await page.locator('tr[data-device="kiosk-lobi"]').getByRole('button', { name: 'Ubah' }).click();
    await page.getByLabel('Nama', { exact: true }).fill('Kios Lobi Depan');
    await page.getByLabel('Lokasi').fill('Lobi, dekat pintu masuk');
    await page.getByRole('button', { name: 'Simpan' }).click();
    await expect.poll(() => page.locator('tr[data-device="kiosk-lobi"]').textContent(), { timeout: 10_000 }).toMatch(/Kios Lobi Depan/);
    expect(await page.locator('tr[data-seen="kiosk-lobi"]').count()).toBe(0);
    await screenshot(page, 'admin-devices');
    await page.close();
  });

  it('printer: live status and the virtual printer preview', async () => {
    const page = await adminPage('printer');
    await page.locator('.printer').first().waitFor();
    await expect.poll(() => page.locator('pre').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    // Enlarged text is letter-spaced in the preview: A - 0 0 1.
    expect((await page.locator('pre').first().textContent())?.replace(/ +/g, '')).toMatch(/[A-E]-00\d/);
    await screenshot(page, 'admin-printer');
    await page.close();
  });

  it('reports: figures, the arrivals chart, CSV links, the live view', async () => {
    const page = await adminPage('reports');
    await page.locator('tr[data-service="pendaftaran"]').waitFor();
    const bars = await page.locator('giliran-hour-chart rect.bar').count();
    expect(bars).toBeGreaterThanOrEqual(13);
    const href = await page.getByRole('link', { name: /CSV tiket/ }).getAttribute('href');
    expect(href).toMatch(/^\/api\/admin\/reports\/tickets\.csv\?from=\d{4}-\d{2}-\d{2}&to=/);
    const csv = await page.evaluate(async (url) => (await fetch(url)).text(), href!);
    expect(csv).toContain('A-001');
    const live = (await api(hub.url, '/api/admin/reports/live', { token: await login(hub.url) })).body;
    const waiting = live.perService.find((x: { service: string }) => x.service === 'pendaftaran').waiting;
    await expect.poll(() => page.locator('tr[data-live-service="pendaftaran"] td').nth(1).textContent()).toBe(String(waiting));
    await screenshot(page, 'admin-reports');
    await page.setViewportSize({ width: 1440, height: 1600 });
    await screenshot(page, 'admin-reports-tall');
    await page.close();
  });

  it('audit: who did what, filterable', async () => {
    const page = await adminPage('audit');
    await page.locator('tr[data-action="login.failed"]').first().waitFor();
    expect(await page.locator('tr[data-action="ticket.calledOutOfOrder"]').count()).toBe(1);
    expect(await page.locator('tr[data-action="service.created"]').count()).toBe(1);
    await screenshot(page, 'admin-audit');
    await page.getByLabel('Tindakan').selectOption({ label: 'Masuk dan gagal masuk' });
    await expect.poll(() => page.locator('tr[data-action="service.created"]').count()).toBe(0);
    expect(await page.locator('tr[data-action="login"]').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('speaks English when asked', async () => {
    const page = await adminPage('reports');
    await page.getByRole('button', { name: 'EN' }).click();
    await page.getByRole('link', { name: 'Reports' }).waitFor();
    await page.locator('tr[data-service="pendaftaran"]').waitFor();
    await screenshot(page, 'admin-reports-en');
    await page.getByRole('button', { name: 'ID' }).click();
    await page.close();
  });
});
