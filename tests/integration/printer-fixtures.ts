// Shared by the printer tests: a sample ticket and settings, temp dirs, free ports, polling waits.
import { execFileSync } from 'node:child_process';
import { closeSync, constants, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PrintableTicket, PrintSettings } from '../../printer/print-types.js';

export const settings58: PrintSettings = {
  siteName: 'Rutan Kelas IIA Balikpapan',
  timezone: 'Asia/Makassar',
  publicUrl: 'http://192.168.1.10:3000',
  ticketFooter: 'Rutaba CERIA - Cepat, Ramah, Empatik, Responsif, Inovatif, Aman',
  paperWidth: 58,
};

export const settings80: PrintSettings = { ...settings58, paperWidth: 80 };

let counter = 0;
export function sampleTicket(overrides: Partial<PrintableTicket> = {}): PrintableTicket {
  counter += 1;
  return {
    id: `tk${String(counter).padStart(4, '0')}abcdefghijkl`,
    number: `A-${String(counter).padStart(3, '0')}`,
    serviceName: { id: 'Pendaftaran Kunjungan', en: 'Visit registration' },
    issuedAt: '2025-05-21T01:41:00.000Z', // 09:41 WITA
    ahead: 3,
    estimatedWaitMinutes: 12,
    priority: false,
    ...overrides,
  };
}

export function tempDir(): { path: string; remove: () => void } {
  const path = mkdtempSync(join(tmpdir(), 'giliran-printer-'));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

/** A port nothing listens on (bound, then released). */
export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (typeof address !== 'object' || !address) throw new Error('no port');
  return address.port;
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A FIFO at `path` that looks like a writable printer device but takes nothing: a reader that
 * never reads and a pipe already full. Returns the cleanup.
 */
export function stuckDevice(path: string): () => void {
  execFileSync('mkfifo', [path]);
  const reader = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  const filler = openSync(path, constants.O_WRONLY | constants.O_NONBLOCK);
  try {
    for (;;) writeSync(filler, Buffer.alloc(4096));
  } catch {
    // EAGAIN: the pipe is full
  }
  return () => {
    closeSync(filler);
    closeSync(reader);
  };
}
