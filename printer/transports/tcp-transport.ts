// Raw TCP printing (port 9100), one connection per job:
//   connect -> ask DLE EOT 1/2/4 -> (printer ready?) -> job bytes -> DLE EOT 1 as a receipt.
// A failure before the job's first byte leaves nothing printed and is safe to retry; after it, the
// ticket may be on paper and the job is reported as interrupted. The receipt matters because the
// OS accepts a small job into its buffers even when the printer never reads it.
import { canPrint, interpretStatus, isStatusByte, STATUS_REQUESTS, statusRequest, type StatusAnswers, type StatusReport } from '../printer-status.js';
import { errorMessage, PrintInterruptedError, PrintNotSentError, runBeforeFirstByte, type PrinterTransport, type SendHooks } from './printer-transport.js';
import { SocketConversation } from './socket-conversation.js';

export interface TcpTransportOptions {
  host: string;
  port: number;
  connectTimeoutMs: number;
  /** For the status exchange, and again for writing the job and getting its receipt. */
  writeTimeoutMs: number;
  /** False for printers that never answer DLE EOT: then reachable means ready. */
  statusQueries: boolean;
}

export class TcpTransport implements PrinterTransport {
  readonly description: string;

  constructor(private readonly options: TcpTransportOptions) {
    this.description = `tcp://${options.host}:${options.port}`;
  }

  async queryStatus(): Promise<StatusReport> {
    let conversation: SocketConversation;
    try {
      conversation = await this.connect();
    } catch (error) {
      return { state: 'offline', message: errorMessage(error) };
    }
    try {
      return await this.askStatus(conversation);
    } catch (error) {
      return { state: 'offline', message: errorMessage(error) };
    } finally {
      conversation.close();
    }
  }

  async send(bytes: Uint8Array, hooks: SendHooks = {}): Promise<void> {
    let conversation: SocketConversation;
    try {
      conversation = await this.connect();
    } catch (error) {
      throw new PrintNotSentError(errorMessage(error), 'offline');
    }
    try {
      const report = await this.askStatus(conversation).catch((error: unknown) => ({ state: 'offline' as const, message: errorMessage(error) }));
      if (!canPrint(report.state)) throw new PrintNotSentError(report.message, report.state);
      await runBeforeFirstByte(hooks);
      await this.writeJob(conversation, bytes);
    } finally {
      conversation.close();
    }
  }

  private connect(): Promise<SocketConversation> {
    const { host, port, connectTimeoutMs } = this.options;
    return SocketConversation.connect(host, port, connectTimeoutMs);
  }

  private async askStatus(conversation: SocketConversation): Promise<StatusReport> {
    if (!this.options.statusQueries) return { state: 'online', message: 'reachable (status queries off)' };
    const deadline = Date.now() + this.options.writeTimeoutMs;
    const answers: StatusAnswers = {};
    for (const n of STATUS_REQUESTS) {
      await conversation.write(statusRequest(n), deadline);
      const answer = await readStatusByte(conversation, deadline);
      if (answer === null) {
        if (n === 1) return { state: 'offline', message: `connected, but no status answer within ${this.options.writeTimeoutMs} ms` };
        break; // some clones only answer n=1
      }
      answers[n] = answer;
    }
    return interpretStatus(answers);
  }

  private async writeJob(conversation: SocketConversation, bytes: Uint8Array): Promise<void> {
    const deadline = Date.now() + this.options.writeTimeoutMs;
    try {
      await conversation.write(bytes, deadline);
      if (!this.options.statusQueries) return;
      await conversation.write(statusRequest(1), deadline);
      const receipt = await readStatusByte(conversation, deadline);
      if (receipt === null) throw new Error(`no answer within ${this.options.writeTimeoutMs} ms after the job was sent`);
      if (receipt & 0x08) throw new Error('printer went offline while printing');
    } catch (error) {
      throw new PrintInterruptedError(errorMessage(error));
    }
  }
}

/** Skips bytes that cannot be a DLE EOT answer (automatic status back, noise). */
async function readStatusByte(conversation: SocketConversation, deadline: number): Promise<number | null> {
  for (;;) {
    const b = await conversation.readByte(deadline);
    if (b === null || isStatusByte(b)) return b;
  }
}
