// Transports over real sockets and files: the virtual printer on 127.0.0.1 port 0, temp files,
// a FIFO nobody reads. What matters is telling "never sent" from "may have printed".
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { decodeEscPos } from '../../printer/escpos-decoder.js';
import { layoutTicket } from '../../printer/ticket-layout.js';
import { DeviceTransport } from '../../printer/transports/device-transport.js';
import { PrintInterruptedError, PrintNotSentError } from '../../printer/transports/printer-transport.js';
import { TcpTransport } from '../../printer/transports/tcp-transport.js';
import { VirtualPrinter } from '../../printer/virtual-printer.js';
import { freePort, sampleTicket, settings58, stuckDevice, tempDir } from './printer-fixtures.js';

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function virtualPrinter(): Promise<VirtualPrinter> {
  const printer = new VirtualPrinter({ port: 0 });
  await printer.listen();
  cleanups.push(() => printer.close());
  return printer;
}

const tcp = (port: number, writeTimeoutMs = 500) => new TcpTransport({ host: '127.0.0.1', port, connectTimeoutMs: 500, writeTimeoutMs, statusQueries: true });
const job = () => layoutTicket(sampleTicket({ number: 'C-007' }), settings58);

describe('TcpTransport', () => {
  it('prints one job over one connection and the virtual printer decodes it', async () => {
    const printer = await virtualPrinter();
    let hookCalls = 0;
    await tcp(printer.port).send(job(), { beforeFirstByte: async () => void hookCalls++ });
    const ticket = await printer.waitForTicket();
    expect(ticket.lines.map((l) => l.text)).toContain('C-007');
    expect(hookCalls).toBe(1);
    expect(printer.stats).toMatchObject({ connections: 1, jobConnections: 1, statusRequests: 4 }); // 1, 2, 4 and the receipt
  });

  it.each(['paper-out', 'cover-open', 'paper-low', 'offline'] as const)('reports %s from DLE EOT', async (state) => {
    const printer = await virtualPrinter();
    printer.setStatus(state);
    expect((await tcp(printer.port).queryStatus()).state).toBe(state);
  });

  it('does not send a job to a printer out of paper: not sent, safe to retry', async () => {
    const printer = await virtualPrinter();
    printer.setStatus('paper-out');
    const error = await tcp(printer.port).send(job(), { beforeFirstByte: async () => expect.fail('must not start writing') }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PrintNotSentError);
    expect(error).toMatchObject({ state: 'paper-out' });
    expect(printer.stats.jobConnections).toBe(0);
  });

  it('refused connection: not sent, offline', async () => {
    const port = await freePort();
    await expect(tcp(port).send(job())).rejects.toBeInstanceOf(PrintNotSentError);
    expect(await tcp(port).queryStatus()).toMatchObject({ state: 'offline', message: expect.stringMatching(/ECONNREFUSED/) });
  });

  it('a printer that accepts and never reads: not sent, within the write timeout', async () => {
    const printer = await virtualPrinter();
    printer.setMode('never-read');
    const error = await tcp(printer.port, 300).send(job()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PrintNotSentError);
    expect((error as Error).message).toMatch(/no status answer/);
  });

  it('a connection reset in the middle of the job: interrupted (may have printed)', async () => {
    const printer = await virtualPrinter();
    printer.setMode('drop-mid-job');
    let wrote = false;
    const error = await tcp(printer.port).send(job(), { beforeFirstByte: async () => void (wrote = true) }).catch((e: unknown) => e);
    expect(wrote).toBe(true);
    expect(error).toBeInstanceOf(PrintInterruptedError);
    expect(printer.tickets()).toEqual([]);
  });

  it('a printer that stops answering once the job is sent: interrupted within the write timeout', async () => {
    const printer = await virtualPrinter();
    printer.setMode('stall-after-status');
    const error = await tcp(printer.port, 300).send(job()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PrintInterruptedError);
    expect((error as Error).message).toMatch(/no answer within 300 ms after the job/);
  });

  it('connect timeout: not sent', async () => {
    // a non-routable address (TEST-NET-1) never answers the SYN; some sandboxes refuse at once
    const transport = new TcpTransport({ host: '192.0.2.1', port: 9100, connectTimeoutMs: 200, writeTimeoutMs: 200, statusQueries: true });
    await expect(transport.send(job())).rejects.toBeInstanceOf(PrintNotSentError);
  });
});

describe('DeviceTransport', () => {
  function dir(): string {
    const d = tempDir();
    cleanups.push(d.remove);
    return d.path;
  }

  it('writes raw bytes to the device file, appending job after job', async () => {
    const path = join(dir(), 'lp0');
    writeFileSync(path, '');
    const transport = new DeviceTransport({ path, writeTimeoutMs: 500 });
    expect(await transport.queryStatus()).toMatchObject({ state: 'online' });
    await transport.send(job());
    await transport.send(job());
    const { tickets } = decodeEscPos(readFileSync(path));
    expect(tickets.map((t) => t.lines[3].text)).toEqual(['C-007', 'C-007']);
  });

  it('a missing device: offline with a hint, and a job is not sent', async () => {
    const transport = new DeviceTransport({ path: join(dir(), 'lp9'), writeTimeoutMs: 500 });
    expect(await transport.queryStatus()).toMatchObject({ state: 'offline', message: expect.stringMatching(/not found/) });
    await expect(transport.send(job())).rejects.toBeInstanceOf(PrintNotSentError);
  });

  it('a device that takes nothing: not sent, within the write timeout, no thread left blocked', async () => {
    const path = join(dir(), 'stuck-printer');
    cleanups.push(stuckDevice(path));
    const transport = new DeviceTransport({ path, writeTimeoutMs: 300 });
    const error = await transport.send(job()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PrintNotSentError);
    expect((error as Error).message).toMatch(/took nothing/);
  });
});
