// 7. Hub memory under a flood of live sockets, against a quiet hub in the same run: for
// FLOOD_SECONDS (default 60) one staff socket asks for snapshots as fast as it can, raw sockets
// ask for snapshots and never read, and phone pages connect and disconnect in a loop with made-up
// ticket ids and with real ones. The hub keeps its default limits (SOCKETS_PER_ADDRESS 50, etc.).
// Printed: VmRSS every 10 s for both; the figure is the growth from the 10th second to the end.
import { randomBytes } from 'node:crypto';
import { io, type Socket } from 'socket.io-client';
import { rawSocketIo, type RawSocketIo } from '../testkit/raw-websocket.js';
import { residentBytes } from './child.js';
import { issueMany, startHub, staffTokens } from './bench-hub.js';
import { HttpClient } from './http-client.js';
import { scratchDir } from './scratch.js';
import { mb, sleep } from './stats.js';
import type { Row } from './summary.js';

const SECONDS = Number(process.env.FLOOD_SECONDS ?? 60);
const WAITING = 1000;

async function run(flood: boolean): Promise<number[]> {
  const hub = await startHub({ dataDir: await scratchDir(`live-flood-${flood ? 'on' : 'off'}`), env: { SOCKETS_PER_ADDRESS: '50' } });
  const client = new HttpClient(hub.url, 20);
  const sockets: Socket[] = [];
  const raws: RawSocketIo[] = [];
  let stop = false;
  try {
    const { officer } = await staffTokens(hub.url);
    await issueMany(client, { pendaftaran: WAITING / 2, barang: WAITING / 2 });
    const ids: string[] = [];
    for (let i = 0; i < 20; i++) ids.push((await client.post<{ id: string }>('/api/tickets', { service: 'informasi' })).body.id);
    // Ten boards in both runs.
    for (let i = 0; i < 10; i++) sockets.push(io(hub.url, { transports: ['websocket'], forceNew: true }));
    const loops: Promise<void>[] = [];
    if (flood) {
      const staff = io(hub.url, { transports: ['websocket'], forceNew: true, auth: { token: officer } });
      sockets.push(staff);
      loops.push(
        (async () => {
          while (!stop) {
            for (let i = 0; i < 500; i++) staff.emit('snapshot', () => {});
            await sleep(50);
          }
        })(),
      );
      for (let r = 0; r < 5; r++) {
        const raw = await rawSocketIo(hub.url, { authorization: `Bearer ${officer}` });
        raw.stopReading();
        raws.push(raw);
      }
      loops.push(
        (async () => {
          let n = 0;
          while (!stop) {
            for (const raw of raws) if (!raw.socket.destroyed) for (let i = 0; i < 200; i++) raw.send(`2${n++}["snapshot"]`);
            await sleep(100);
          }
        })(),
      );
      loops.push(
        (async () => {
          while (!stop) {
            const batch = Array.from({ length: 20 }, (_, i) =>
              io(hub.url, { transports: ['websocket'], forceNew: true, reconnection: false, auth: { ticket: i % 2 ? randomBytes(16).toString('base64url') : ids[i % ids.length] } }),
            );
            await sleep(200);
            for (const s of batch) s.close();
          }
        })(),
      );
    }
    const samples: number[] = [];
    for (let t = 0; t <= SECONDS; t += 10) {
      samples.push(residentBytes(hub.pid));
      if (t < SECONDS) await sleep(10_000);
    }
    stop = true;
    await Promise.all(loops);
    return samples;
  } finally {
    stop = true;
    for (const s of sockets) s.close();
    for (const r of raws) r.socket.destroy();
    client.close();
    await hub.stop();
  }
}

export async function liveFlood(): Promise<Row[]> {
  const quiet = await run(false);
  const flooded = await run(true);
  console.log(`VmRSS of the hub every 10 s over ${SECONDS} s, ${WAITING} tickets waiting, 10 boards connected`);
  console.log(`quiet:   ${quiet.map(mb).join('  ')}`);
  console.log(`flooded: ${flooded.map(mb).join('  ')}`);
  const growth = (xs: number[]) => xs[xs.length - 1] - xs[1];
  const g = growth(flooded);
  return [
    {
      bench: `7. hub memory under a ${SECONDS} s snapshot + phone-socket flood`,
      target: 'flat: growth after the first 10 s <= 20 MB',
      measured: `+${mb(g)} (${mb(flooded[1])} -> ${mb(flooded[flooded.length - 1])}); quiet hub +${mb(growth(quiet))}`,
      met: g <= 20 * 1024 * 1024,
    },
  ];
}
