// `giliran print-agent`: runs on a kiosk PC with its own printer. Connects out to the hub as the
// kiosk's device, receives that device's print jobs and prints them through the same print
// service as the hub (durable PrintQueue: a job that never reached the printer is retried, one
// broken mid-write is flagged 'check', none is printed twice), and reports outcomes and the
// printer's DLE EOT status live. Keeps working through hub restarts and network cuts: the hub
// sends every job it still holds after each reconnect, and the agent answers the ones it already
// has with their outcome instead of printing them again.
import { join } from 'node:path';
import { io, type Socket } from 'socket.io-client';
import type { PrintOutcome } from '../protocol/ticket.js';
import { DurableJsonFile, writeFileDurably } from '../hub/store/durable-json-file.js';
import { PRINT_AGENT_NAMESPACE, type AgentJob, type AgentToHubEvents, type HubToAgentEvents } from './agent-protocol.js';
import { createPrintService, DEFAULT_PRINTER_ID, type PrintService } from './print-service.js';
import { DEFAULT_TICKET_FOOTER, type PrintSettings } from './print-types.js';
import { parsePrinterSpec } from './printer-spec.js';

export interface PrintAgentOptions {
  hubUrl: string;
  deviceId: string;
  deviceKey: string;
  /** A PRINTER value: /dev/usb/lp0, tcp://host:9100, virtual. */
  printer: string;
  /** The agent's own folder: its print queue and what it received. */
  dataDir: string;
  log: { info(msg: string): void; warn(msg: string): void; error(msg: string): void };
  pollIntervalMs?: number;
}

export interface PrintAgent {
  service: PrintService;
  connected(): boolean;
  close(): Promise<void>;
}

interface AgentState {
  settings: PrintSettings | null;
  /** `${ticketId}:${copy}` of every job taken, newest last (bounded). */
  received: string[];
}

const KEEP_RECEIVED = 5000;

export async function startPrintAgent(opts: PrintAgentOptions): Promise<PrintAgent> {
  const spec = parsePrinterSpec(opts.printer);
  if (spec.kind === 'none') throw new Error('--printer none: a print agent needs a printer (/dev/usb/lp0, tcp://host:9100 or virtual)');
  const stateFile = join(opts.dataDir, 'agent-state.json');
  const { mkdir } = await import('node:fs/promises');
  await mkdir(opts.dataDir, { recursive: true });
  const state: AgentState = (await new DurableJsonFile<AgentState>(stateFile).read()) ?? { settings: null, received: [] };
  const received = new Set(state.received);
  let saving: Promise<void> = Promise.resolve();
  const saveState = () => {
    state.received = [...received].slice(-KEEP_RECEIVED);
    const text = JSON.stringify(state);
    saving = saving.catch(() => {}).then(() => writeFileDurably(stateFile, text));
    return saving;
  };
  const fallbackSettings: PrintSettings = { siteName: 'Giliran', timezone: 'Asia/Makassar', publicUrl: opts.hubUrl, ticketFooter: DEFAULT_TICKET_FOOTER, paperWidth: 80 };

  const service = createPrintService({
    spec,
    dataDir: opts.dataDir,
    settings: () => state.settings ?? fallbackSettings,
    pollIntervalMs: opts.pollIntervalMs,
    log: (msg) => opts.log.info(msg),
  });
  /** Ticket id -> the hub's id of its newest job, for outcome reports. */
  const hubJobOf = new Map<string, string>();

  const socket: Socket<HubToAgentEvents, AgentToHubEvents> = io(`${opts.hubUrl.replace(/\/$/, '')}${PRINT_AGENT_NAMESPACE}`, {
    auth: { deviceKey: opts.deviceKey, device: opts.deviceId },
    transports: ['websocket'],
    reconnectionDelay: 500,
    reconnectionDelayMax: 5000,
  });

  const sendStatus = () => {
    const view = service.status().find((s) => s.id === DEFAULT_PRINTER_ID);
    if (view && socket.connected) socket.emit('status', { state: view.state, queued: view.queued, failed: view.failed, checkedAt: view.checkedAt, message: view.message });
  };
  service.onStatus((s) => s.id === DEFAULT_PRINTER_ID && sendStatus());
  service.onOutcome((ticketId, outcome) => {
    const jobId = hubJobOf.get(ticketId);
    if (jobId && socket.connected) socket.emit('outcome', { jobId, ticketId, outcome });
  });

  const take = async (job: AgentJob): Promise<PrintOutcome> => {
    const key = `${job.ticket.id}:${job.copy}`;
    hubJobOf.set(job.ticket.id, job.id);
    state.settings = job.settings;
    const known = service.outcome(job.ticket.id);
    if (received.has(key) || (job.copy === 0 && known !== 'none')) {
      // Already ours: answer, never print again. Pruned long ago: an officer checks.
      return known === 'none' ? 'check' : known;
    }
    service[job.copy === 0 ? 'enqueue' : 'reprint'](job.ticket);
    received.add(key);
    await saveState();
    return service.outcome(job.ticket.id);
  };
  socket.on('job', (job, ack) => {
    take(job).then(ack, (err: unknown) => {
      opts.log.error(`job for ticket ${job.ticket.number} not taken: ${(err as Error).message}`);
      ack(service.outcome(job.ticket.id));
    });
  });

  let closed = false;
  let retry: NodeJS.Timeout | null = null;
  socket.on('connect', () => {
    opts.log.info(`connected to ${opts.hubUrl} as device ${opts.deviceId}`);
    sendStatus();
  });
  socket.on('disconnect', (reason) => {
    if (!closed) opts.log.warn(`hub connection lost (${reason}); jobs received go on printing, reconnecting...`);
  });
  socket.on('connect_error', (err) => {
    const refused = /device_key_invalid|device_not_kiosk/.test(err.message);
    if (refused) opts.log.error(`the hub refused this agent: ${err.message}`);
    // A refusal by the hub's middleware does not reconnect by itself: try again later.
    if (!socket.active && !closed) {
      retry = setTimeout(() => socket.connect(), refused ? 30_000 : 2000);
      retry.unref();
    }
  });

  await service.start();
  return {
    service,
    connected: () => socket.connected,
    async close() {
      closed = true;
      if (retry) clearTimeout(retry);
      socket.close();
      await service.close();
      await saving.catch(() => {});
    },
  };
}
