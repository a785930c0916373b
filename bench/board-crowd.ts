// Many boards on one hub: socket.io-client sockets (websocket transport, one connection each)
// that note when each `ticket:called` reached them, keyed by the call's number. The first socket
// also keeps the last payload of every event name, so a baseline can send the very same bytes.
import { io, type Socket } from 'socket.io-client';
import type { LiveEvent } from '../protocol/live.js';
import { sleep } from './stats.js';

export interface Receipt {
  count: number;
  /** performance.now() when the last board got it. */
  last: number;
}

export class BoardCrowd {
  readonly receipts = new Map<string, Receipt>();
  /** Event name -> the latest payload the first board received. */
  readonly samples = new Map<string, LiveEvent>();

  private constructor(private readonly sockets: Socket[]) {}

  static async connect(url: string, count: number, batch = 50): Promise<BoardCrowd> {
    const crowd = new BoardCrowd([]);
    for (let i = 0; i < count; i += batch) {
      // batches: hundreds of simultaneous handshakes would only measure the connect storm
      const made = Array.from({ length: Math.min(batch, count - i) }, () => crowd.add(url));
      await Promise.all(made);
    }
    return crowd;
  }

  get size(): number {
    return this.sockets.length;
  }

  private add(url: string): Promise<void> {
    const socket = io(url, { transports: ['websocket'], forceNew: true, reconnection: false, timeout: 20_000 });
    if (this.sockets.length === 0) socket.onAny((name: string, payload: LiveEvent) => this.samples.set(name, payload));
    this.sockets.push(socket);
    socket.on('ticket:called', (e: LiveEvent) => {
      const key = e.call?.number;
      if (!key) return;
      const r = this.receipts.get(key);
      if (r) {
        r.count++;
        r.last = performance.now();
      } else this.receipts.set(key, { count: 1, last: performance.now() });
    });
    return new Promise((resolve, reject) => {
      socket.once('connect', () => resolve());
      socket.once('connect_error', reject);
    });
  }

  /** Waits until every key reached every board, or the timeout; returns the keys still short. */
  async settle(keys: string[], timeoutMs = 15_000): Promise<string[]> {
    const until = performance.now() + timeoutMs;
    const short = () => keys.filter((k) => (this.receipts.get(k)?.count ?? 0) < this.sockets.length);
    while (short().length && performance.now() < until) await sleep(100);
    return short();
  }

  close(): void {
    for (const s of this.sockets) s.disconnect();
  }
}
