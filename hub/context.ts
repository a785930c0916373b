// What routers and sockets share: one place to look for the hub's parts.
import type { PrinterStatusView } from '../protocol/live.js';
import type { PrintOutcome } from '../protocol/ticket.js';
import type { PrintService } from '../printer/print-service.js';
import type { AuthService, SessionPolicy } from './auth/auth-service.js';
import type { HubConfig } from './config.js';
import type { DeviceRegistry } from './devices/device-registry.js';
import type { Clock, QueueEngine } from './engine/queue-engine.js';
import type { AuditEntry } from '../protocol/audit.js';
import type { Store } from './store/store.js';

export interface HubContext {
  config: HubConfig;
  engine: QueueEngine;
  auth: AuthService;
  /** Kiosks and boards, and the keys that let a device act under its own name. */
  devices: DeviceRegistry;
  store: Store;
  clock: Clock;
  printer: PrintService | null;
  printOutcome(ticketId: string): PrintOutcome;
  printerStatus(): PrinterStatusView[];
  audit(entry: Omit<AuditEntry, 'at'>): Promise<void>;
  log(msg: string): void;
  /** Idle timeout and lifetime of staff sessions, from the site settings (live). */
  sessionPolicy(): SessionPolicy;
}
