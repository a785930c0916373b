// What the hub calls. Printing is a side effect of an issued ticket: enqueue() returns at once and
// never throws; status and outcomes come back through listeners the hub turns into events.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { PrinterStatusView } from '../protocol/live.js';
import type { PrintOutcome } from '../protocol/ticket.js';
import { PrintJobStore, type PrintJob } from './print-job-store.js';
import type { FailedJob } from '../protocol/rest-types.js';
import { PrintQueue } from './print-queue.js';
import type { PrintableTicket, PrintSettings } from './print-types.js';
import { PrinterChannel } from './printer-channel.js';
import { describePrinterSpec, type PrinterSpec } from './printer-spec.js';
import { layoutTicket } from './ticket-layout.js';
import { createTransport } from './transports/create-transport.js';
import { errorMessage } from './transports/printer-transport.js';
import { VirtualPrinter } from './virtual-printer.js';

export type { PrintableTicket, PrintSettings } from './print-types.js';
export { parsePrinterSpec, type PrinterSpec } from './printer-spec.js';
export type { VirtualPrinter } from './virtual-printer.js';

export const DEFAULT_PRINTER_ID = 'default';

export interface PrintService {
  /** Begins status polling (resolves after the first poll) and resumes persisted jobs. */
  start(): Promise<void>;
  /** Never throws, never blocks the caller. */
  enqueue(t: PrintableTicket): void;
  /** A new job, printed with "CETAK ULANG". */
  reprint(t: PrintableTicket): void;
  /** 'none' when the ticket has no job. */
  outcome(ticketId: string): PrintOutcome;
  /** One per configured printer; id 'default' for the default one. */
  status(): PrinterStatusView[];
  onStatus(cb: (s: PrinterStatusView) => void): () => void;
  onOutcome(cb: (ticketId: string, o: PrintOutcome) => void): () => void;
  failedJobs(): FailedJob[];
  /** Present when the default printer (else the first device printer) is 'virtual'. */
  virtualPrinter?: VirtualPrinter;
  /** Every in-process virtual printer by printer id. */
  virtualPrinters?: Record<string, VirtualPrinter>;
  close(): Promise<void>;
}

export interface PrintServiceOptions {
  spec: PrinterSpec;
  dataDir: string;
  settings: () => PrintSettings;
  /** Kiosk device id -> its own printer. */
  devicePrinters?: Record<string, PrinterSpec>;
  pollIntervalMs?: number;
  connectTimeoutMs?: number;
  writeTimeoutMs?: number;
  /** Tries that never reached the printer before a job is 'failed'. */
  maxAttempts?: number;
  log?: (msg: string) => void;
}

export const PRINT_JOBS_FILE = 'print-jobs.json';

export function createPrintService(opts: PrintServiceOptions): PrintService {
  const log = opts.log ?? ((msg: string) => console.log(`[printer] ${msg}`));
  const timeouts = { connectTimeoutMs: opts.connectTimeoutMs ?? 3000, writeTimeoutMs: opts.writeTimeoutMs ?? 5000 };
  const specs = new Map<string, PrinterSpec>([[DEFAULT_PRINTER_ID, opts.spec], ...Object.entries(opts.devicePrinters ?? {})]);
  const statusListeners = new Set<(s: PrinterStatusView) => void>();
  const outcomeListeners = new Set<(ticketId: string, o: PrintOutcome) => void>();
  const lastStatus = new Map<string, string>();

  const virtualPrinters: Record<string, VirtualPrinter> = {};
  const channels = new Map<string, PrinterChannel>();
  for (const [id, spec] of specs) {
    if (spec.kind === 'virtual') virtualPrinters[id] = new VirtualPrinter({ host: '127.0.0.1', port: 0 });
    const transport = createTransport(spec, timeouts, virtualPrinters[id]);
    if (transport) channels.set(id, new PrinterChannel(id, transport, (channel) => channelChanged(channel)));
  }

  const notify = <A extends unknown[]>(listeners: Set<(...args: A) => void>, ...args: A) => {
    for (const listener of listeners) {
      try {
        listener(...args);
      } catch (error) {
        log(`a print listener threw: ${errorMessage(error)}`);
      }
    }
  };

  const view = (id: string): PrinterStatusView => {
    const channel = channels.get(id);
    if (!channel) return { id, state: 'disabled', queued: 0, failed: 0, checkedAt: null, message: 'printing is off (PRINTER=none)' };
    return { id, state: channel.state.state, ...queue.counts(id), checkedAt: channel.state.checkedAt, message: channel.state.message };
  };

  /** Emits when anything but checkedAt changed. */
  const emitStatus = (id: string) => {
    const current = view(id);
    const key = `${current.state}|${current.queued}|${current.failed}|${current.message}`;
    const previous = lastStatus.get(id);
    if (previous === key) return;
    if (previous?.split('|')[0] !== current.state) log(`printer ${id} (${describePrinterSpec(specs.get(id)!)}): ${current.state} - ${current.message}`);
    lastStatus.set(id, key);
    notify(statusListeners, current);
  };

  function channelChanged(channel: PrinterChannel): void {
    emitStatus(channel.id);
    queue.kick(channel.id);
  }

  const render = (job: PrintJob) => {
    const spec = specs.get(job.printerId);
    const paperWidth = spec?.kind === 'tcp' ? spec.paperWidth : undefined;
    return layoutTicket(job.ticket, opts.settings(), { reprint: job.reprint, paperWidth });
  };

  mkdirSync(opts.dataDir, { recursive: true });
  const queue = new PrintQueue({
    store: (snapshot) => new PrintJobStore(join(opts.dataDir, PRINT_JOBS_FILE), snapshot, log),
    channels,
    render,
    maxAttempts: opts.maxAttempts ?? 5,
    log,
    onOutcome: (ticketId, outcome) => notify(outcomeListeners, ticketId, outcome),
    onCounts: (printerId) => emitStatus(printerId),
  });
  queue.load();

  const add = (t: PrintableTicket, reprint: boolean) => {
    try {
      const printerId = t.device && specs.has(t.device) ? t.device : DEFAULT_PRINTER_ID;
      if (channels.has(printerId)) queue.enqueue(t, printerId, reprint);
    } catch (error) {
      log(`ticket ${t.number} not queued for printing: ${errorMessage(error)}`);
    }
  };

  let started: Promise<void> | null = null;
  const start = async () => {
    await Promise.all(Object.values(virtualPrinters).map((vp) => vp.listen()));
    await Promise.all([...channels.values()].map((channel) => channel.startPolling(opts.pollIntervalMs ?? 5000)));
    await queue.resume();
  };

  const firstVirtual = virtualPrinters[DEFAULT_PRINTER_ID] ?? Object.values(virtualPrinters)[0];
  return {
    start: () => (started ??= start()),
    enqueue: (t) => add(t, false),
    reprint: (t) => add(t, true),
    outcome: (ticketId) => queue.outcome(ticketId),
    status: () => [...specs.keys()].map(view),
    onStatus(cb) {
      statusListeners.add(cb);
      return () => statusListeners.delete(cb);
    },
    onOutcome(cb) {
      outcomeListeners.add(cb);
      return () => outcomeListeners.delete(cb);
    },
    failedJobs: () => queue.failedJobs(),
    ...(firstVirtual ? { virtualPrinter: firstVirtual, virtualPrinters } : {}),
    async close() {
      for (const channel of channels.values()) channel.close();
      await queue.close();
      await Promise.all([...channels.values()].map((channel) => channel.idle()));
      await Promise.all(Object.values(virtualPrinters).map((vp) => vp.close()));
    },
  };
}
