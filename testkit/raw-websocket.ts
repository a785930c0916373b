// Shared by the tests and the benches (bench/ never imports tests/).
// A bare WebSocket client over net, for abuse tests: it can send socket.io frames as fast as it
// likes and never read what comes back (socket.io-client always reads).
import { randomBytes } from 'node:crypto';
import { connect, type Socket } from 'node:net';

function frame(text: string): Buffer {
  const payload = Buffer.from(text);
  const mask = randomBytes(4);
  const len = payload.length;
  const head = len < 126 ? Buffer.from([0x81, 0x80 | len]) : Buffer.from([0x81, 0x80 | 126, len >> 8, len & 0xff]);
  const body = Buffer.alloc(len);
  for (let i = 0; i < len; i++) body[i] = payload[i] ^ mask[i % 4];
  return Buffer.concat([head, mask, body]);
}

export interface RawSocketIo {
  socket: Socket;
  /** Sends one socket.io text packet (engine.io message '4' + socket.io packet). */
  send(packet: string): void;
  /** Stops reading: whatever the hub sends piles up on its side. */
  stopReading(): void;
  closed: Promise<void>;
}

/** Opens /socket.io/ over a raw WebSocket and joins the default namespace. */
export async function rawSocketIo(url: string, headers: Record<string, string> = {}): Promise<RawSocketIo> {
  const { hostname, port } = new URL(url);
  const socket = connect(Number(port), hostname);
  const closed = new Promise<void>((r) => socket.once('close', () => r()));
  await new Promise<void>((ok, fail) => {
    socket.once('error', fail);
    socket.once('connect', () => ok());
  });
  const key = randomBytes(16).toString('base64');
  const extra = Object.entries(headers).map(([k, v]) => `${k}: ${v}\r\n`).join('');
  socket.write(
    `GET /socket.io/?EIO=4&transport=websocket HTTP/1.1\r\nHost: ${hostname}:${port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n` +
      `Sec-WebSocket-Key: ${key}\r\nSec-WebSocket-Version: 13\r\n${extra}\r\n`,
  );
  await new Promise<void>((ok, fail) => {
    let got = '';
    const onData = (d: Buffer) => {
      got += d.toString('latin1');
      if (got.includes('\r\n\r\n')) {
        socket.off('data', onData);
        if (!got.startsWith('HTTP/1.1 101')) fail(new Error(`no upgrade: ${got.split('\r\n')[0]}`));
        else ok();
      }
    };
    socket.on('data', onData);
  });
  const send = (packet: string) => socket.write(frame(`4${packet}`));
  send('0'); // join the default namespace
  return {
    socket,
    send,
    stopReading: () => socket.pause(),
    closed,
  };
}
