// The PrintService as the hub uses it, against virtual printers over real TCP: printed exactly
// once, waiting while the printer is down, status changes, timeouts, 'check', restarts.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createPrintService, parsePrinterSpec, PRINT_JOBS_FILE, type PrintService, type PrintServiceOptions } from '../../printer/print-service.js';
import { VirtualPrinter } from '../../printer/virtual-printer.js';
import type { PrinterStatusView } from '../../protocol/live.js';
import type { PrintOutcome } from '../../protocol/ticket.js';
import { freePort, sampleTicket, settings58, sleep, stuckDevice, tempDir } from './printer-fixtures.js';
import { waitFor } from '../helpers/wait-for.js';

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function dataDir(): string {
  const dir = tempDir();
  cleanups.push(dir.remove);
  return dir.path;
}

async function virtualPrinter(port = 0): Promise<VirtualPrinter> {
  const printer = new VirtualPrinter({ port });
  await printer.listen();
  cleanups.push(() => printer.close());
  return printer;
}

/** A started service with fast polling; closed after the test. */
async function service(options: Partial<PrintServiceOptions> & Pick<PrintServiceOptions, 'spec'>): Promise<PrintService> {
  const printService = createPrintService({
    dataDir: options.dataDir ?? dataDir(),
    settings: () => settings58,
    pollIntervalMs: 50,
    connectTimeoutMs: 300,
    writeTimeoutMs: 300,
    log: () => undefined,
    ...options,
  });
  cleanups.push(() => printService.close());
  await printService.start();
  return printService;
}

function recordOutcomes(printService: PrintService): Map<string, PrintOutcome[]> {
  const seen = new Map<string, PrintOutcome[]>();
  printService.onOutcome((id, outcome) => seen.set(id, [...(seen.get(id) ?? []), outcome]));
  return seen;
}

describe('PrintService', () => {
  it("PRINTER=virtual: prints over TCP to its own virtual printer, with the phone page in the QR", async () => {
    const printService = await service({ spec: parsePrinterSpec('virtual') });
    const outcomes = recordOutcomes(printService);
    const ticket = sampleTicket({ number: 'B-042' });
    printService.enqueue(ticket);
    expect(printService.outcome(ticket.id)).toBe('pending');
    const printed = await printService.virtualPrinter!.waitForTicket();
    expect(printed.lines.map((l) => l.text)).toContain('B-042');
    expect(printed.qrCodes[0].data).toBe(`${settings58.publicUrl}/t/${ticket.id}`);
    await waitFor(() => printService.outcome(ticket.id) === 'printed');
    expect(outcomes.get(ticket.id)).toEqual(['pending', 'printed']);
    expect(printService.status()).toEqual([expect.objectContaining({ id: 'default', state: 'online', queued: 0, failed: 0 })]);
  });

  it("PRINTER=none: no jobs, outcome 'none', status disabled", async () => {
    const printService = await service({ spec: parsePrinterSpec('none') });
    const ticket = sampleTicket();
    printService.enqueue(ticket);
    expect(printService.outcome(ticket.id)).toBe('none');
    expect(printService.status()).toEqual([{ id: 'default', state: 'disabled', queued: 0, failed: 0, checkedAt: null, message: expect.any(String) }]);
    expect(printService.virtualPrinter).toBeUndefined();
  });

  it("printer down when enqueued: 'waiting' at once, printed exactly once when it comes up", async () => {
    const port = await freePort();
    const printService = await service({ spec: parsePrinterSpec(`tcp://127.0.0.1:${port}`) });
    const ticket = sampleTicket();
    printService.enqueue(ticket); // synchronous: the outcome below is known at once
    expect(printService.outcome(ticket.id)).toBe('waiting');
    expect(printService.status()[0]).toMatchObject({ state: 'offline', queued: 1 });

    await sleep(300); // several polls while down: nothing is used up
    const printer = await virtualPrinter(port);
    await printer.waitForTicket();
    await waitFor(() => printService.outcome(ticket.id) === 'printed');
    await sleep(300); // more polls and retries: still one ticket
    expect(printer.tickets()).toHaveLength(1);
    expect(printer.stats.jobConnections).toBe(1);
    expect(printService.status()[0]).toMatchObject({ state: 'online', queued: 0 });
  });

  it('paper out: appears in status() and onStatus, the job waits, then prints when paper is back', async () => {
    const printer = await virtualPrinter();
    const printService = await service({ spec: parsePrinterSpec(printer.url) });
    const updates: PrinterStatusView[] = [];
    printService.onStatus((s) => updates.push(s));

    printer.setStatus('paper-out');
    await waitFor(() => printService.status()[0].state === 'paper-out', { what: 'paper-out' });
    expect(updates.at(-1)).toMatchObject({ id: 'default', state: 'paper-out', message: 'paper out' });
    expect(printService.status()[0].checkedAt).toEqual(expect.any(String));

    const ticket = sampleTicket();
    printService.enqueue(ticket);
    expect(printService.outcome(ticket.id)).toBe('waiting');
    await sleep(200); // a short wait to prove that nothing prints on paper-out
    expect(printer.tickets()).toEqual([]);

    printer.setStatus('online');
    await printer.waitForTicket();
    await waitFor(() => printService.outcome(ticket.id) === 'printed');
    expect(updates.map((u) => u.state)).toEqual(expect.arrayContaining(['paper-out', 'online']));
  });

  it('a printer that accepts and never reads: enqueue returns at once, the job times out and waits', async () => {
    const printer = await virtualPrinter();
    const printService = await service({ spec: parsePrinterSpec(printer.url), pollIntervalMs: 10_000 });
    expect(printService.status()[0].state).toBe('online'); // it was fine at the last poll
    printer.setMode('never-read');
    const ticket = sampleTicket();
    const started = performance.now();
    printService.enqueue(ticket); // synchronous: the outcome below is known at once
    expect(printService.outcome(ticket.id)).toBe('pending');
    await waitFor(() => printService.outcome(ticket.id) === 'waiting', { what: "'waiting' after the write timeout" });
    // A lower bound only (load can only make it later): the transport waited out its 300 ms.
    expect(performance.now() - started).toBeGreaterThanOrEqual(300 - 5);
    expect(printService.status()[0]).toMatchObject({ state: 'offline', message: expect.stringMatching(/no status answer/) });
    expect(printer.tickets()).toEqual([]);
  });

  it("connection broken mid-write: 'check', never retried; a reprint says CETAK ULANG", async () => {
    const printer = await virtualPrinter();
    const printService = await service({ spec: parsePrinterSpec(printer.url) });
    printer.setMode('drop-mid-job');
    const ticket = sampleTicket();
    printService.enqueue(ticket);
    await waitFor(() => printService.outcome(ticket.id) === 'check');
    printer.setMode('normal');
    await sleep(300); // polls see the printer ready again; the job must stay put
    expect(printer.stats.jobConnections).toBe(1);
    expect(printer.tickets()).toEqual([]);
    expect(printService.failedJobs()).toEqual([{ ticketId: ticket.id, number: ticket.number, outcome: 'check', attempts: 0, lastError: expect.any(String) }]);
    expect(printService.status()[0].failed).toBe(1);

    printService.reprint(ticket);
    const reprinted = await printer.waitForTicket();
    expect(reprinted.lines[0].text).toBe('*** CETAK ULANG ***');
    await waitFor(() => printService.outcome(ticket.id) === 'printed');
    expect(printService.failedJobs()).toEqual([]);
  });

  it("gives up after maxAttempts tries that never reached the printer: 'failed'", async () => {
    // a device that looks writable but takes nothing: each try times out before the first byte
    const dir = dataDir();
    const path = join(dir, 'stuck-lp0');
    cleanups.push(stuckDevice(path));
    const printService = await service({ spec: parsePrinterSpec(path), dataDir: dir, writeTimeoutMs: 100, maxAttempts: 2 });
    const ticket = sampleTicket();
    printService.enqueue(ticket);
    await waitFor(() => printService.outcome(ticket.id) === 'failed');
    expect(printService.failedJobs()).toEqual([{ ticketId: ticket.id, number: ticket.number, outcome: 'failed', attempts: 2, lastError: expect.stringMatching(/took nothing/) }]);
  });

  it('a kiosk bound to its own printer prints there; others use the default', async () => {
    const main = await virtualPrinter();
    const kioskPrinter = await virtualPrinter();
    const printService = await service({ spec: parsePrinterSpec(main.url), devicePrinters: { 'kiosk-2': parsePrinterSpec(kioskPrinter.url) } });
    printService.enqueue(sampleTicket({ number: 'A-101', device: 'kiosk-2' }));
    printService.enqueue(sampleTicket({ number: 'A-102', device: 'kiosk-1' }));
    expect((await kioskPrinter.waitForTicket()).lines[3].text).toBe('A-101');
    expect((await main.waitForTicket()).lines[3].text).toBe('A-102');
    expect(printService.status().map((s) => s.id)).toEqual(['default', 'kiosk-2']);
  });
});

describe('PrintService restarts', () => {
  it('jobs queued at a restart are printed by the next start, once each, in order', async () => {
    const dir = dataDir();
    const port = await freePort();
    const spec = parsePrinterSpec(`tcp://127.0.0.1:${port}`);
    const first = await service({ spec, dataDir: dir });
    const tickets = [sampleTicket(), sampleTicket()];
    for (const ticket of tickets) first.enqueue(ticket);
    await first.close();

    const printer = await virtualPrinter(port);
    const second = await service({ spec, dataDir: dir });
    await waitFor(() => tickets.every((t) => second.outcome(t.id) === 'printed'));
    await sleep(200); // a short wait to prove that nothing is printed twice
    expect(printer.tickets().map((t) => t.lines[3].text)).toEqual(tickets.map((t) => t.number));
  });

  it("a job that was being written when the hub died becomes 'check', and is not sent again", async () => {
    const dir = dataDir();
    const ticket = sampleTicket();
    const now = new Date().toISOString();
    const crashed = { id: 'j1', seq: 1, printerId: 'default', ticket, reprint: false, state: 'sending', attempts: 0, lastError: '', createdAt: now, updatedAt: now };
    writeFileSync(join(dir, PRINT_JOBS_FILE), JSON.stringify({ version: 1, jobs: [crashed] }));
    const printer = await virtualPrinter();
    const printService = await service({ spec: parsePrinterSpec(printer.url), dataDir: dir });
    expect(printService.outcome(ticket.id)).toBe('check');
    await sleep(200); // a short wait to prove that nothing is sent again
    expect(printer.tickets()).toEqual([]);
    expect(printService.failedJobs()[0]).toMatchObject({ ticketId: ticket.id, outcome: 'check', lastError: expect.stringMatching(/stopped while/) });
    const onDisk = JSON.parse(readFileSync(join(dir, PRINT_JOBS_FILE), 'utf8')) as { jobs: { state: string }[] };
    expect(onDisk.jobs[0].state).toBe('check');
  });
});
