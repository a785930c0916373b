// The hub's side of print agents. Once a kiosk device's agent has connected, that device's
// tickets are printed by its agent: each job is kept in DATA_DIR/agent-jobs.json until the agent
// reports a final outcome, and sent again after every reconnect (see printer/agent-protocol.ts).
// The agent's printer shows in the printer status under the device's id.
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { Namespace, Server, Socket } from 'socket.io';
import type { PrinterStatusView } from '../../protocol/live.js';
import type { PrintOutcome } from '../../protocol/ticket.js';
import { isFinalOutcome, PRINT_AGENT_NAMESPACE, type AgentJob, type AgentOutcome, type AgentStatus, type AgentToHubEvents, type HubToAgentEvents } from '../../printer/agent-protocol.js';
import type { PrintableTicket, PrintSettings } from '../../printer/print-types.js';
import type { DeviceRegistry } from '../devices/device-registry.js';
import { DurableJsonFile, writeFileDurably } from '../store/durable-json-file.js';

export const AGENT_JOBS_FILE = 'agent-jobs.json';

interface KeptJob extends AgentJob {
  device: string;
}

interface RelayFile {
  /** Devices whose tickets go to their agent. */
  agents: string[];
  jobs: KeptJob[];
}

type AgentSocket = Socket<AgentToHubEvents, HubToAgentEvents>;

export interface AgentRelayOptions {
  dataDir: string;
  devices: Pick<DeviceRegistry, 'authenticate'>;
  settings: () => PrintSettings;
  log: (msg: string) => void;
}

export class PrintAgentRelay {
  private data: RelayFile = { agents: [], jobs: [] };
  private readonly file: string;
  private writing: Promise<void> = Promise.resolve();
  private readonly sockets = new Map<string, AgentSocket>();
  private readonly statuses = new Map<string, PrinterStatusView>();
  private readonly outcomes = new Map<string, PrintOutcome>();
  private readonly statusListeners = new Set<(s: PrinterStatusView) => void>();
  private readonly outcomeListeners = new Set<(ticketId: string, o: PrintOutcome) => void>();
  private namespace: Namespace | null = null;

  constructor(private readonly opts: AgentRelayOptions) {
    this.file = join(opts.dataDir, AGENT_JOBS_FILE);
  }

  async load(): Promise<void> {
    this.data = (await new DurableJsonFile<RelayFile>(this.file).read()) ?? { agents: [], jobs: [] };
    for (const job of this.data.jobs) this.outcomes.set(job.ticket.id, 'waiting');
    for (const device of this.data.agents) this.statuses.set(device, this.offlineView(device, 'the print agent is not connected'));
  }

  /** True when `device` prints through its agent. */
  handles(device: string | undefined): boolean {
    return !!device && this.data.agents.includes(device);
  }

  enqueue(t: PrintableTicket, reprint: boolean): void {
    const job: KeptJob = { id: randomUUID(), device: t.device!, ticket: t, copy: reprint ? Date.now() : 0, settings: this.opts.settings(), createdAt: new Date().toISOString() };
    this.data.jobs.push(job);
    this.setOutcome(t.id, 'waiting');
    this.refreshCounts(job.device);
    // Durable before it goes out: the agent may print it at once.
    void this.save().then(
      () => this.send(job),
      (err: unknown) => this.opts.log(`print agent job for ticket ${t.number} not saved: ${(err as Error).message}`),
    );
  }

  outcome(ticketId: string): PrintOutcome | undefined {
    return this.outcomes.get(ticketId);
  }

  status(): PrinterStatusView[] {
    return [...this.statuses.values()];
  }

  onStatus(cb: (s: PrinterStatusView) => void): () => void {
    this.statusListeners.add(cb);
    return () => this.statusListeners.delete(cb);
  }

  onOutcome(cb: (ticketId: string, o: PrintOutcome) => void): () => void {
    this.outcomeListeners.add(cb);
    return () => this.outcomeListeners.delete(cb);
  }

  /** Opens the namespace agents connect to. */
  attach(io: Server): void {
    const ns = io.of(PRINT_AGENT_NAMESPACE);
    this.namespace = ns;
    ns.use((socket, next) => {
      const { deviceKey, device: named } = socket.handshake.auth as { deviceKey?: unknown; device?: unknown };
      const device = this.opts.devices.authenticate(typeof deviceKey === 'string' ? deviceKey : undefined);
      if (!device) return next(new Error('device_key_invalid: unknown device key; make a new key for this kiosk in /admin/ -> Devices'));
      if (typeof named === 'string' && named !== device.id) return next(new Error(`device_key_invalid: this key belongs to device ${device.id}, not ${named}`));
      if (device.kind !== 'kiosk') return next(new Error(`device_not_kiosk: ${device.id} is a ${device.kind}; only kiosks print`));
      socket.data.device = device.id;
      next();
    });
    ns.on('connection', (raw) => void this.connected(raw as AgentSocket));
  }

  private async connected(socket: AgentSocket): Promise<void> {
    const device = socket.data.device as string;
    this.sockets.get(device)?.disconnect(true); // one agent per device: the newest wins
    this.sockets.set(device, socket);
    this.opts.log(`print agent for ${device} connected`);
    socket.on('status', (s) => this.agentStatus(device, s));
    socket.on('outcome', (o) => this.agentOutcome(device, o));
    socket.on('disconnect', () => {
      if (this.sockets.get(device) !== socket) return;
      this.sockets.delete(device);
      this.opts.log(`print agent for ${device} disconnected`);
      this.setStatus(this.offlineView(device, 'the print agent is not connected: jobs wait for it'));
    });
    if (!this.data.agents.includes(device)) {
      this.data.agents.push(device);
      await this.save().catch((err: unknown) => this.opts.log(`print agents not saved: ${(err as Error).message}`));
    }
    for (const job of this.data.jobs.filter((j) => j.device === device)) this.send(job);
  }

  private send(job: KeptJob): void {
    const socket = this.sockets.get(job.device);
    if (!socket) return;
    socket.timeout(30_000).emit('job', job, (err: Error | null, outcome: PrintOutcome) => {
      if (!err) this.agentOutcome(job.device, { jobId: job.id, ticketId: job.ticket.id, outcome });
    });
  }

  private agentOutcome(device: string, o: AgentOutcome): void {
    const job = this.data.jobs.find((j) => j.id === o.jobId || (j.ticket.id === o.ticketId && j.device === device));
    if (!job) {
      if (this.outcomes.has(o.ticketId)) this.setOutcome(o.ticketId, o.outcome);
      return;
    }
    this.setOutcome(job.ticket.id, o.outcome);
    if (isFinalOutcome(o.outcome)) {
      this.data.jobs = this.data.jobs.filter((j) => j !== job);
      this.refreshCounts(device);
      this.save().catch((err: unknown) => this.opts.log(`print agent jobs not saved: ${(err as Error).message}`));
    }
  }

  private agentStatus(device: string, s: AgentStatus): void {
    this.setStatus({ id: device, state: s.state, queued: Math.max(s.queued, this.pending(device)), failed: s.failed, checkedAt: s.checkedAt, message: `print agent: ${s.message}` });
  }

  private pending(device: string): number {
    return this.data.jobs.filter((j) => j.device === device).length;
  }

  private refreshCounts(device: string): void {
    const current = this.statuses.get(device) ?? this.offlineView(device, 'the print agent is not connected');
    this.setStatus({ ...current, queued: this.pending(device) });
  }

  private offlineView(device: string, message: string): PrinterStatusView {
    return { id: device, state: 'offline', queued: this.pending(device), failed: 0, checkedAt: null, message };
  }

  private setStatus(view: PrinterStatusView): void {
    this.statuses.set(view.id, view);
    for (const cb of this.statusListeners) cb(view);
  }

  private setOutcome(ticketId: string, outcome: PrintOutcome): void {
    if (this.outcomes.get(ticketId) === outcome) return;
    this.outcomes.set(ticketId, outcome);
    for (const cb of this.outcomeListeners) cb(ticketId, outcome);
  }

  private save(): Promise<void> {
    const text = JSON.stringify(this.data);
    this.writing = this.writing.catch(() => {}).then(() => writeFileDurably(this.file, text));
    return this.writing;
  }

  async close(): Promise<void> {
    this.namespace?.disconnectSockets(true);
    await this.writing.catch(() => {});
  }
}
