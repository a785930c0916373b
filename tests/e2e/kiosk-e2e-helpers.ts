// Shared by the kiosk and phone e2e tests: what the QR canvas really encodes, the print outcome
// words, and a deep walk of every button through the shadow roots.
import QRCode from 'qrcode';
import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import type { PrintOutcome } from '../../protocol/ticket.js';
import { api } from '../helpers/test-hub.js';

export const KIOSK = '/kiosk/';

/** The kiosk's words for each print outcome (kiosk/kiosk-strings.ts, Indonesian). */
export const PRINT_TEXT: Record<PrintOutcome, string> = {
  pending: 'Mencetak...',
  printed: 'Silakan ambil tiket Anda',
  waiting: 'Printer bermasalah - foto layar ini atau pindai QR',
  failed: 'Printer bermasalah - foto layar ini atau pindai QR',
  check: 'Printer bermasalah - foto layar ini atau pindai QR',
  none: 'Foto layar ini atau pindai QR',
};

/**
 * Reads the modules drawn on a <giliran-qr> canvas and compares them with the QR code of `text`
 * made in Node by the same library: equal means the picture encodes exactly that text.
 */
export async function qrEncodes(qr: Locator, text: string): Promise<boolean> {
  const expected = QRCode.create(text, { errorCorrectionLevel: 'M' }).modules;
  const drawn = await qr.evaluate((el, n) => {
    const canvas = el.shadowRoot!.querySelector('canvas')!;
    const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
    const scale = canvas.width / n;
    const out: number[] = [];
    for (let y = 0; y < n; y++)
      for (let x = 0; x < n; x++) {
        const px = Math.floor((x + 0.5) * scale);
        const py = Math.floor((y + 0.5) * scale);
        out.push(data[(py * canvas.width + px) * 4] < 128 ? 1 : 0);
      }
    return out;
  }, expected.size);
  return drawn.length === expected.data.length && drawn.every((v, i) => v === (expected.data[i] ? 1 : 0));
}

export async function issuedToday(url: string, service: string): Promise<number> {
  const r = await api(url, '/api/state');
  return r.body.services.find((s: { id: string }) => s.id === service).issuedToday;
}

export interface ButtonBox {
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Every visible <button> on the page, through open shadow roots. */
export function allButtons(page: Page): Promise<ButtonBox[]> {
  return page.evaluate(() => {
    const out: ButtonBox[] = [];
    const walk = (root: Document | ShadowRoot) => {
      for (const el of root.querySelectorAll('*')) {
        if (el.shadowRoot) walk(el.shadowRoot);
        if (el.tagName !== 'BUTTON') continue;
        const r = el.getBoundingClientRect();
        if (r.width === 0 && r.height === 0) continue;
        out.push({ text: (el.textContent ?? '').trim().slice(0, 40) || (el.getAttribute('aria-label') ?? ''), x: r.x, y: r.y, width: r.width, height: r.height });
      }
    };
    walk(document);
    return out;
  });
}

/** Elements whose content is taller or wider than their box (clipped text), through shadow roots. */
export function overflowing(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((sel) => {
    const out: string[] = [];
    const walk = (root: Document | ShadowRoot) => {
      for (const el of root.querySelectorAll('*')) {
        if (el.shadowRoot) walk(el.shadowRoot);
        if (el.matches(sel) && (el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1)) out.push((el.textContent ?? '').trim().slice(0, 60));
      }
    };
    walk(document);
    return out;
  }, selector);
}

/** expect.poll with room for a loaded machine (its default gives up after one second). */
export const poll = <T>(fn: () => T | Promise<T>, timeout = 15_000) => expect.poll(fn, { timeout });
