// kill -9 at random moments during mixed operations, five rounds on the same data: every
// acknowledged change is in the store after restart, and no number is ever given twice.
import type { ChildProcess } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { allEvents } from '../helpers/data-files.js';
import { api, exited, freePort, login, spawnHub, tempDataDir } from '../helpers/test-hub.js';

type Ack = { kind: string; ticketId: string; extra?: string };

let child: ChildProcess | undefined;
afterEach(() => {
  child?.kill('SIGKILL');
});

/** A seeded generator, so a failing round can be replayed. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

const SERVICES = ['pendaftaran', 'barang', 'kunjungan', 'informasi'];
const COUNTERS = ['loket-1', 'loket-2', 'loket-3', 'ruang-kunjungan', 'loket-4'];

function readEvents(dataDir: string): { type: string; ticketId?: string; counter?: string; to?: string; ticket?: { id: string; number: string } }[] {
  return allEvents(dataDir);
}

describe('kill -9 during mixed operations', () => {
  it('five rounds: nothing acknowledged is lost, no number reused', async () => {
    const dataDir = tempDataDir();
    const port = await freePort();
    const env = { DATA_DIR: dataDir, PORT: String(port) };
    const acks: Ack[] = [];
    const random = rng(20261128);

    for (let round = 0; round < 5; round++) {
      const h = spawnHub(env);
      child = h.child;
      const url = await h.ready;
      const token = await login(url);
      const killAfter = 100 + Math.floor(random() * 800);
      let ops = 0;
      let dead = false;
      const held = new Map<string, string>(); // counter -> ticket id

      const op = async (counter: string): Promise<void> => {
        const r = random();
        const holding = held.get(counter);
        if (r < 0.45) {
          const service = SERVICES[Math.floor(random() * SERVICES.length)];
          const res = await api(url, '/api/tickets', { body: { service, priority: random() < 0.2 } });
          if (res.status === 201) acks.push({ kind: 'issued', ticketId: res.body.id, extra: res.body.number });
        } else if (!holding) {
          const res = await api(url, `/api/counters/${counter}/call-next`, { body: {}, token });
          if (res.status === 200) {
            held.set(counter, res.body.ticket.id);
            acks.push({ kind: 'called', ticketId: res.body.ticket.id, extra: counter });
          }
        } else {
          const action = ['recall', 'start', 'finish', 'finish-and-next', 'no-show'][Math.floor(random() * 5)];
          const res = await api(url, `/api/tickets/${holding}/${action}`, { body: {}, token });
          if (res.status === 200) {
            acks.push({ kind: action, ticketId: holding });
            if (action !== 'recall' && action !== 'start') held.delete(counter);
          } else if (res.status === 409) held.delete(counter);
        }
      };

      const worker = async (counter: string) => {
        while (!dead && ops < 1000) {
          ops++;
          try {
            await op(counter);
          } catch {
            return; // the hub is gone
          }
          if (ops >= killAfter && !dead) {
            dead = true;
            h.child.kill('SIGKILL');
          }
        }
      };
      await Promise.all(COUNTERS.map(worker));
      if (!dead) h.child.kill('SIGKILL');
      await exited(h.child);

      // Restart and check against what the disk holds.
      const again = spawnHub(env);
      child = again.child;
      const url2 = await again.ready;
      const events = readEvents(dataDir);
      const has = (pred: (e: (typeof events)[number]) => boolean) => events.some(pred);
      const eventType: Record<string, string> = {
        recall: 'ticket.recalled',
        start: 'ticket.started',
        finish: 'ticket.finished',
        'finish-and-next': 'ticket.transferred',
        'no-show': 'ticket.noShow',
      };
      for (const a of acks) {
        if (a.kind === 'issued') expect(has((e) => e.type === 'ticket.issued' && e.ticket!.id === a.ticketId && e.ticket!.number === a.extra)).toBe(true);
        else if (a.kind === 'called') expect(has((e) => e.type === 'ticket.called' && e.ticketId === a.ticketId && e.counter === a.extra)).toBe(true);
        else expect(has((e) => e.type === eventType[a.kind] && e.ticketId === a.ticketId), `${a.kind} ${a.ticketId}`).toBe(true);
      }
      const numbers = events.filter((e) => e.type === 'ticket.issued').map((e) => e.ticket!.number);
      expect(new Set(numbers).size).toBe(numbers.length);
      const state = await api(url2, '/api/state');
      expect(state.status).toBe(200);
      const fresh = await api(url2, '/api/tickets', { body: { service: 'informasi' } });
      expect(numbers).not.toContain(fresh.body.number);
      again.child.kill('SIGKILL');
      await exited(again.child);
    }
    expect(acks.length).toBeGreaterThan(500);
  }, 240_000);
});
