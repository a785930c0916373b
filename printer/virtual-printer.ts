// A printer you can see: a real TCP server (like a network printer's port 9100) that decodes what
// it receives into tickets, answers DLE EOT with the state it is told to report, and can misbehave
// on purpose for tests. PRINTER=virtual runs one in-process; admin previews its last tickets.
import net from 'node:net';
import type { PrinterState } from '../protocol/live.js';
import { EscPosDecoder, type DecodedTicket } from './escpos-decoder.js';
import { statusAnswer } from './printer-status.js';

/**
 * normal            decode and answer
 * never-read        accept connections and never read a byte (a wedged printer)
 * stall-after-status answer status, then stop reading once job data arrives
 * drop-mid-job      answer status, then reset the connection once job data arrives
 */
export type VirtualPrinterMode = 'normal' | 'never-read' | 'stall-after-status' | 'drop-mid-job';

export interface VirtualTicket extends DecodedTicket {
  /** 1, 2, ... in order of arrival since start. */
  seq: number;
  receivedAt: string;
}

export interface VirtualPrinterOptions {
  host?: string;
  /** 0 picks a free port. */
  port?: number;
  /** How many decoded tickets to keep. */
  keep?: number;
}

export class VirtualPrinter {
  private readonly server = net.createServer((socket) => this.accept(socket));
  private readonly sockets = new Set<net.Socket>();
  private readonly listeners = new Set<(ticket: VirtualTicket) => void>();
  private recent: VirtualTicket[] = [];
  private state: PrinterState = 'online';
  private behaviour: VirtualPrinterMode = 'normal';
  private seq = 0;
  /** Counters for tests: connections accepted, and connections that carried job data. */
  readonly stats = { connections: 0, jobConnections: 0, statusRequests: 0 };

  constructor(private readonly options: VirtualPrinterOptions = {}) {}

  /** Starts listening; resolves with the port. */
  listen(): Promise<number> {
    return new Promise((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(this.options.port ?? 9100, this.options.host ?? '127.0.0.1', () => {
        this.server.off('error', reject);
        resolve(this.port);
      });
    });
  }

  get port(): number {
    const address = this.server.address();
    return typeof address === 'object' && address ? address.port : 0;
  }

  /** The PRINTER value that reaches this printer. */
  get url(): string {
    return `tcp://127.0.0.1:${this.port}`;
  }

  setStatus(state: PrinterState): void {
    this.state = state;
  }

  status(): PrinterState {
    return this.state;
  }

  setMode(mode: VirtualPrinterMode): void {
    this.behaviour = mode;
  }

  /** The last tickets, oldest first. */
  tickets(): VirtualTicket[] {
    return [...this.recent];
  }

  clear(): void {
    this.recent = [];
  }

  onTicket(listener: (ticket: VirtualTicket) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Resolves with the next ticket that matches, or rejects after timeoutMs. */
  waitForTicket(match: (ticket: VirtualTicket) => boolean = () => true, timeoutMs = 5000): Promise<VirtualTicket> {
    const already = this.recent.find(match);
    if (already) return Promise.resolve(already);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        off();
        reject(new Error(`no matching ticket within ${timeoutMs} ms`));
      }, timeoutMs);
      const off = this.onTicket((ticket) => {
        if (!match(ticket)) return;
        clearTimeout(timer);
        off();
        resolve(ticket);
      });
    });
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    if (!this.server.listening) return;
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private accept(socket: net.Socket): void {
    this.stats.connections++;
    this.sockets.add(socket);
    socket.on('close', () => this.sockets.delete(socket));
    socket.on('error', () => undefined); // a client going away is normal
    if (this.behaviour === 'never-read') return void socket.pause();
    const mode = this.behaviour;
    const decoder = new EscPosDecoder();
    let carriedJob = false;
    socket.on('data', (chunk: Buffer) => {
      if (!carriedJob && !isOnlyStatusRequests(chunk)) {
        carriedJob = true;
        this.stats.jobConnections++;
        if (mode === 'stall-after-status') return void socket.pause();
        if (mode === 'drop-mid-job') return void socket.resetAndDestroy();
      }
      for (const event of decoder.push(chunk)) {
        if (event.type === 'status-request') {
          this.stats.statusRequests++;
          socket.write(Buffer.from([statusAnswer(this.state, event.n)]));
        } else this.printed(event.ticket);
      }
    });
  }

  private printed(ticket: DecodedTicket): void {
    const printed: VirtualTicket = { ...ticket, seq: ++this.seq, receivedAt: new Date().toISOString() };
    this.recent = [...this.recent, printed].slice(-(this.options.keep ?? 20));
    for (const listener of this.listeners) listener(printed);
  }
}

/** True when the chunk holds nothing but DLE EOT n requests. */
function isOnlyStatusRequests(chunk: Buffer): boolean {
  if (chunk.length % 3 !== 0) return false;
  for (let i = 0; i < chunk.length; i += 3) if (chunk[i] !== 0x10 || chunk[i + 1] !== 0x04) return false;
  return true;
}
