// One configured printer: its transport, its last known state, and the status poll. Polls and jobs
// take turns, because many network printers serve one connection at a time on port 9100.
import type { PrinterState } from '../protocol/live.js';
import { canPrint, type StatusReport } from './printer-status.js';
import { PrintInterruptedError, PrintNotSentError, type PrinterTransport, type SendHooks } from './transports/printer-transport.js';

export interface ChannelState {
  state: PrinterState;
  message: string;
  checkedAt: string | null;
}

export class PrinterChannel {
  private current: ChannelState = { state: 'offline', message: 'not checked yet', checkedAt: null };
  private turn: Promise<unknown> = Promise.resolve();
  private timer: NodeJS.Timeout | null = null;
  private closed = false;

  constructor(
    readonly id: string,
    readonly transport: PrinterTransport,
    private readonly onChange: (channel: PrinterChannel) => void,
  ) {}

  get state(): ChannelState {
    return this.current;
  }

  /** Worth sending a job: ready, or not checked yet (the job's own status exchange will tell). */
  ready(): boolean {
    return this.current.checkedAt === null || canPrint(this.current.state);
  }

  /** Polls now and then every intervalMs; resolves after the first poll. */
  async startPolling(intervalMs: number): Promise<void> {
    await this.poll();
    const tick = () => {
      if (this.closed) return;
      this.timer = setTimeout(() => void this.poll().finally(tick), intervalMs);
      this.timer.unref();
    };
    tick();
  }

  poll(): Promise<void> {
    return this.inTurn(async () => {
      if (!this.closed) this.record(await this.transport.queryStatus());
    });
  }

  /** Sends one job; what the attempt learns about the printer becomes its state. */
  print(bytes: Uint8Array, hooks: SendHooks): Promise<void> {
    return this.inTurn(async () => {
      try {
        await this.transport.send(bytes, hooks);
        // a job went through: the printer is ready (keep 'paper-low', which still prints)
        this.record(canPrint(this.current.state) ? this.current : { state: 'online', message: 'ready' });
      } catch (error) {
        if (error instanceof PrintNotSentError && error.state) this.record({ state: error.state, message: error.message });
        if (error instanceof PrintInterruptedError) this.record({ state: 'offline', message: error.message });
        throw error;
      }
    });
  }

  close(): void {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
  }

  /** Waits for the poll or job in progress. */
  idle(): Promise<void> {
    return this.turn.then(() => undefined);
  }

  private inTurn<T>(work: () => Promise<T>): Promise<T> {
    const result = this.turn.then(work, work);
    this.turn = result.catch(() => undefined);
    return result;
  }

  private record(report: StatusReport): void {
    this.current = { ...report, checkedAt: new Date().toISOString() };
    this.onChange(this);
  }
}
