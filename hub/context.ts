// What routers and sockets share: one place to look for the hub's parts.
import type { LocalizedName } from '../protocol/config.js';
import type { PrinterStatusView } from '../protocol/live.js';
import type { PrintOutcome } from '../protocol/ticket.js';
import type { AuthService } from './auth/auth-service.js';
import type { HubConfig } from './config.js';
import type { Clock, QueueEngine } from './engine/queue-engine.js';
import type { AuditEntry, Store } from './store/store.js';

/** What the hub needs of printing (printer/print-service.ts implements it). */
export interface HubPrinter {
  start(): Promise<void>;
  enqueue(t: PrintableTicket): void;
  reprint(t: PrintableTicket): void;
  outcome(ticketId: string): PrintOutcome;
  status(): PrinterStatusView[];
  onStatus(cb: (s: PrinterStatusView) => void): () => void;
  onOutcome(cb: (ticketId: string, o: PrintOutcome) => void): () => void;
  close(): Promise<void>;
}

export interface PrintableTicket {
  id: string;
  number: string;
  serviceName: LocalizedName;
  issuedAt: string;
  ahead: number;
  estimatedWaitMinutes: number;
  priority: boolean;
  device?: string;
}

export interface HubContext {
  config: HubConfig;
  engine: QueueEngine;
  auth: AuthService;
  store: Store;
  clock: Clock;
  printer: HubPrinter | null;
  printOutcome(ticketId: string): PrintOutcome;
  printerStatus(): PrinterStatusView[];
  audit(entry: Omit<AuditEntry, 'at'>): Promise<void>;
  log(msg: string): void;
}
