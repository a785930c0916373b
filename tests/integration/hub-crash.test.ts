// kill -9 in the middle of a burst: every ticket that got a 201 survives, no number is reused.
import { afterEach, describe, expect, it } from 'vitest';
import { api, exited, freePort, spawnHub, tempDataDir } from '../helpers/test-hub.js';
import type { ChildProcess } from 'node:child_process';
import { waitFor } from '../helpers/wait-for.js';

let child: ChildProcess | undefined;
afterEach(() => {
  child?.kill('SIGKILL');
});

describe('crash safety', () => {
  it('kill -9 during a burst of issues loses no acknowledged ticket and reuses no number', async () => {
    const dataDir = tempDataDir();
    const port = await freePort();
    const env = { DATA_DIR: dataDir, PORT: String(port) };
    const first = spawnHub(env);
    child = first.child;
    const url = await first.ready;

    const acknowledged: { id: string; number: string }[] = [];
    let stop = false;
    const worker = async () => {
      while (!stop) {
        try {
          const r = await api(url, '/api/tickets', { body: { service: 'pendaftaran' } });
          if (r.status === 201) acknowledged.push({ id: r.body.id, number: r.body.number });
        } catch {
          return; // connection refused/reset: the hub is gone
        }
      }
    };
    const workers = Array.from({ length: 16 }, worker);
    await waitFor(() => acknowledged.length >= 150, { timeoutMs: 30_000, intervalMs: 5, what: '150 acknowledged tickets' });
    first.child.kill('SIGKILL');
    stop = true;
    await Promise.all(workers);
    expect(acknowledged.length).toBeGreaterThanOrEqual(150);

    const second = spawnHub(env);
    child = second.child;
    const url2 = await second.ready;
    for (const t of acknowledged) {
      const r = await api(url2, `/api/tickets/${t.id}`);
      expect(r.status).toBe(200);
      expect(r.body.number).toBe(t.number);
    }
    const numbers = acknowledged.map((t) => Number(t.number.slice(2)));
    expect(new Set(numbers).size).toBe(numbers.length);
    const next = await api(url2, '/api/tickets', { body: { service: 'pendaftaran' } });
    expect(Number(next.body.number.slice(2))).toBeGreaterThan(Math.max(...numbers));
    const state = await api(url2, '/api/state');
    // Nothing beyond what the disk holds: issued count = last number (no gap, no reuse).
    expect(state.body.services[0].issuedToday).toBe(Number(next.body.number.slice(2)));
  }, 60_000);

  it('SIGTERM stops gracefully: requests in flight are answered, the store flushed, exit 0', async () => {
    const dataDir = tempDataDir();
    const port = await freePort();
    const h = spawnHub({ DATA_DIR: dataDir, PORT: String(port) });
    child = h.child;
    const url = await h.ready;
    const inFlight = Array.from({ length: 20 }, () => api(url, '/api/tickets', { body: { service: 'barang' } }).catch(() => null));
    h.child.kill('SIGTERM');
    const replies = await Promise.all(inFlight);
    await exited(h.child);
    expect(h.child.exitCode).toBe(0);
    expect(h.output()).toContain('stopped cleanly');
    const acked = replies.filter((r) => r?.status === 201).map((r) => r!.body.number as string);
    const again = spawnHub({ DATA_DIR: dataDir, PORT: String(port) });
    child = again.child;
    const url2 = await again.ready;
    const state = await api(url2, '/api/state');
    expect(state.body.services.find((s: { id: string }) => s.id === 'barang').issuedToday).toBeGreaterThanOrEqual(acked.length);
  }, 60_000);
});
