// The wire between the hub and a print agent (a kiosk PC with its own printer, `giliran
// print-agent`). The agent connects out to the hub's socket.io namespace below, authenticated as
// a device (`auth: { deviceKey }`); the hub hands it that device's print jobs and the agent
// reports outcomes and its printer's DLE EOT status.
//
// Exactly once across the network: the hub keeps each job (durably) until the agent reports a
// final outcome, and sends every job it keeps again after each (re)connect; the agent prints
// through its own durable PrintQueue and takes a job it already holds (same ticket, same copy)
// only as a question about its outcome. So a job is never lost when either side goes away, and
// never printed twice.
import type { PrinterState } from '../protocol/live.js';
import type { PrintOutcome } from '../protocol/ticket.js';
import type { PrintableTicket, PrintSettings } from './print-types.js';

export const PRINT_AGENT_NAMESPACE = '/print-agent';

export interface AgentJob {
  id: string;
  ticket: PrintableTicket;
  /** 0 = the ticket's first print; a reprint (CETAK ULANG) has its own number (its time in ms). */
  copy: number;
  settings: PrintSettings;
  createdAt: string;
}

export interface AgentStatus {
  state: PrinterState;
  queued: number;
  failed: number;
  checkedAt: string | null;
  message: string;
}

export interface AgentOutcome {
  jobId: string;
  ticketId: string;
  outcome: PrintOutcome;
}

export interface HubToAgentEvents {
  /** A job to print; the ack answers with the job's outcome as the agent knows it now. */
  job: (job: AgentJob, ack: (outcome: PrintOutcome) => void) => void;
}

export interface AgentToHubEvents {
  outcome: (o: AgentOutcome) => void;
  status: (s: AgentStatus) => void;
}

/** Outcomes after which the hub forgets the job (an officer handles check/failed). */
export function isFinalOutcome(o: PrintOutcome): boolean {
  return o === 'printed' || o === 'check' || o === 'failed';
}
