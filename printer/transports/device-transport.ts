// Raw writes to a printer device file such as /dev/usb/lp0 (Linux usblp). The file is opened
// non-blocking so a stuck printer returns EAGAIN instead of pinning one of libuv's few threads in a
// write that never ends; we retry until the write timeout. Status: usblp is bidirectional on most
// printers, so DLE EOT answers can be read back; when none come, a writable device counts online.
import { constants } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { canPrint, interpretStatus, isStatusByte, STATUS_REQUESTS, statusRequest, type StatusAnswers, type StatusReport } from '../printer-status.js';
import { errorMessage, PrintInterruptedError, PrintNotSentError, runBeforeFirstByte, type PrinterTransport, type SendHooks } from './printer-transport.js';

export interface DeviceTransportOptions {
  path: string;
  writeTimeoutMs: number;
}

const RETRY_MS = 20;

export class DeviceTransport implements PrinterTransport {
  readonly description: string;

  constructor(private readonly options: DeviceTransportOptions) {
    this.description = options.path;
  }

  async queryStatus(): Promise<StatusReport> {
    let handle: FileHandle;
    try {
      handle = await open(this.options.path, constants.O_WRONLY | constants.O_NONBLOCK | constants.O_APPEND);
    } catch (error) {
      return { state: 'offline', message: describeOpenError(this.options.path, error) };
    }
    await handle.close();
    // Only a character device can answer; a plain file (for tests and debugging) is just writable.
    const answers = await this.readStatus().catch(() => ({}) as StatusAnswers);
    if (Object.keys(answers).length === 0) return { state: 'online', message: 'writable (the device reports no status)' };
    return interpretStatus(answers);
  }

  async send(bytes: Uint8Array, hooks: SendHooks = {}): Promise<void> {
    const report = await this.queryStatus();
    if (!canPrint(report.state)) throw new PrintNotSentError(report.message, report.state);
    let handle: FileHandle;
    try {
      handle = await open(this.options.path, constants.O_WRONLY | constants.O_NONBLOCK | constants.O_APPEND);
    } catch (error) {
      throw new PrintNotSentError(describeOpenError(this.options.path, error), 'offline');
    }
    try {
      await runBeforeFirstByte(hooks);
      await this.writeAll(handle, bytes);
    } finally {
      await handle.close().catch(() => undefined);
    }
  }

  private async writeAll(handle: FileHandle, bytes: Uint8Array): Promise<void> {
    const deadline = Date.now() + this.options.writeTimeoutMs;
    let offset = 0;
    const fail = (message: string) =>
      offset === 0 ? new PrintNotSentError(message, 'offline') : new PrintInterruptedError(`${message} after ${offset} of ${bytes.length} bytes`);
    while (offset < bytes.length) {
      try {
        offset += (await handle.write(bytes, offset, bytes.length - offset)).bytesWritten;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw fail(`write failed: ${errorMessage(error)}`);
        if (Date.now() >= deadline) throw fail(`the printer took nothing for ${this.options.writeTimeoutMs} ms`);
        await sleep(RETRY_MS);
      }
    }
  }

  /** DLE EOT over a read-write handle of a character device; {} when it cannot answer. */
  private async readStatus(): Promise<StatusAnswers> {
    const handle = await open(this.options.path, constants.O_RDWR | constants.O_NONBLOCK);
    try {
      if (!(await handle.stat()).isCharacterDevice()) return {};
      const deadline = Date.now() + Math.min(this.options.writeTimeoutMs, 1000);
      const answers: StatusAnswers = {};
      for (const n of STATUS_REQUESTS) {
        await handle.write(statusRequest(n));
        const answer = await readByte(handle, deadline);
        if (answer === null) break;
        answers[n] = answer;
      }
      return answers;
    } finally {
      await handle.close();
    }
  }
}

async function readByte(handle: FileHandle, deadline: number): Promise<number | null> {
  const buffer = Buffer.alloc(1);
  while (Date.now() < deadline) {
    const { bytesRead } = await handle.read(buffer, 0, 1, null).catch(() => ({ bytesRead: 0 }));
    if (bytesRead === 1 && isStatusByte(buffer[0])) return buffer[0];
    if (bytesRead === 0) await sleep(RETRY_MS);
  }
  return null;
}

function describeOpenError(path: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return `${path} not found: is the printer plugged in and switched on?`;
  if (code === 'EACCES' || code === 'EPERM') return `no permission to write ${path}: add the hub's user to the lp group (docs/printing.md)`;
  if (code === 'EBUSY') return `${path} is busy: another program holds the printer`;
  if (code === 'ENXIO' || code === 'ENODEV') return `no printer behind ${path}`;
  return `cannot open ${path}: ${errorMessage(error)}`;
}
