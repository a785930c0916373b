// One TCP connection to a printer, spoken to in turns (write, then read the one-byte answer),
// every step against a deadline so a silent printer cannot hold a job forever.
import net from 'node:net';

export class SocketConversation {
  private readonly received: number[] = [];
  private wake: (() => void) | null = null;
  private failure: Error | null = null;
  private closed = false;

  private constructor(private readonly socket: net.Socket) {
    socket.on('data', (data: Buffer) => {
      this.received.push(...data);
      this.wake?.();
    });
    socket.on('error', (error) => {
      this.failure ??= error;
      this.wake?.();
    });
    socket.on('close', () => {
      this.closed = true;
      this.wake?.();
    });
  }

  /** Rejects when refused, unreachable or not connected within timeoutMs. */
  static connect(host: string, port: number, timeoutMs: number): Promise<SocketConversation> {
    return new Promise((resolve, reject) => {
      const socket = net.connect({ host, port });
      const fail = (message: string) => {
        clearTimeout(timer);
        socket.destroy();
        reject(new Error(message));
      };
      const timer = setTimeout(() => fail(`no connection to ${host}:${port} within ${timeoutMs} ms`), timeoutMs);
      socket.once('error', (error: NodeJS.ErrnoException) => fail(`cannot connect to ${host}:${port}: ${error.code ?? error.message}`));
      socket.once('connect', () => {
        clearTimeout(timer);
        socket.removeAllListeners('error');
        socket.setNoDelay(true);
        resolve(new SocketConversation(socket));
      });
    });
  }

  /** Resolves once the bytes are handed to the OS. */
  async write(bytes: Uint8Array, deadline: number): Promise<void> {
    this.throwIfBroken();
    let done = false;
    let error: Error | null | undefined;
    this.socket.write(bytes, (e) => {
      done = true;
      error = e;
      this.wake?.();
    });
    while (!done) {
      this.throwIfBroken();
      if (!(await this.waitUntil(deadline))) throw new Error(`write not accepted within the write timeout`);
    }
    if (error) throw error;
  }

  /** The next received byte, or null when none came before the deadline. */
  async readByte(deadline: number): Promise<number | null> {
    for (;;) {
      const next = this.received.shift();
      if (next !== undefined) return next;
      this.throwIfBroken();
      if (!(await this.waitUntil(deadline))) return null;
    }
  }

  /** Ends our side (FIN after the data) and frees the socket soon after. */
  close(): void {
    this.socket.end();
    setTimeout(() => this.socket.destroy(), 1000).unref();
  }

  private throwIfBroken(): void {
    if (this.failure) throw new Error(`connection broke: ${(this.failure as NodeJS.ErrnoException).code ?? this.failure.message}`);
    if (this.closed) throw new Error('connection closed by the printer');
  }

  /** True when something happened (data, error, close, write done), false at the deadline. */
  private waitUntil(deadline: number): Promise<boolean> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.wake = null;
        resolve(false);
      }, Math.max(0, deadline - Date.now()));
      this.wake = () => {
        clearTimeout(timer);
        this.wake = null;
        resolve(true);
      };
    });
  }
}
