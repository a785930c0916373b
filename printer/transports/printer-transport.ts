// One interface for every way to reach a printer. The distinction that matters is whether any of
// the job's bytes may have reached the printer: before that, a failure is safe to retry; after,
// the ticket may have come out, so the job must not be sent again blindly.
import type { PrinterState } from '../../protocol/live.js';
import type { StatusReport } from '../printer-status.js';

export interface SendHooks {
  /** Awaited right before the first byte of the job is written (the queue persists 'sending'). */
  beforeFirstByte?: () => Promise<void>;
}

export interface PrinterTransport {
  /** For logs and the admin view, e.g. "tcp://10.0.0.5:9100". */
  readonly description: string;
  /** Sends one job. Rejects with PrintNotSentError or PrintInterruptedError. */
  send(bytes: Uint8Array, hooks?: SendHooks): Promise<void>;
  /** Never rejects: an unreachable printer is 'offline'. */
  queryStatus(): Promise<StatusReport>;
}

/** Nothing of the job was written: retrying cannot print it twice. */
export class PrintNotSentError extends Error {
  override readonly name = 'PrintNotSentError';
  constructor(
    message: string,
    /** What the failure says about the printer; undefined when it says nothing. */
    readonly state?: PrinterState,
  ) {
    super(message);
  }
}

/** Failed after the job's first byte was written: it may have printed, an officer checks. */
export class PrintInterruptedError extends Error {
  override readonly name = 'PrintInterruptedError';
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The hook failing (say the disk refused the 'sending' mark) means the job is not sent. */
export async function runBeforeFirstByte(hooks: SendHooks): Promise<void> {
  try {
    await hooks.beforeFirstByte?.();
  } catch (error) {
    throw new PrintNotSentError(`not sent, the job could not be recorded first: ${errorMessage(error)}`);
  }
}
