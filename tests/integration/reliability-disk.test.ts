// DATA_DIR full or read-only: callers get a clear 503, no file is left corrupt, and the hub
// recovers by itself when the disk does. Uses a real small tmpfs (needs root, as CI runs).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { io } from 'socket.io-client';
import { afterEach, describe, expect, it } from 'vitest';
import { dayEvents } from '../helpers/data-files.js';
import { api, startTestHub, type TestHub } from '../helpers/test-hub.js';
import { waitFor } from '../helpers/wait-for.js';

function tryMount(dir: string, size: string): boolean {
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const probeDir = mkdtempSync(join(tmpdir(), 'giliran-mnt-probe-'));
const canMount = tryMount(probeDir, '16k');
if (canMount) execFileSync('umount', [probeDir]);

let hub: TestHub | undefined;
let mounted: string | undefined;
afterEach(async () => {
  await hub?.close();
  hub = undefined;
  if (mounted) execFileSync('umount', ['-l', mounted]);
  mounted = undefined;
});

function fill(dir: string): string {
  const filler = join(dir, 'filler.bin');
  const chunk = Buffer.alloc(4096, 1);
  let data = Buffer.alloc(0);
  for (;;) {
    try {
      data = Buffer.concat([data, chunk]);
      writeFileSync(filler, data);
    } catch {
      // Take the last few bytes too, so no small write fits.
      for (let n = 2048; n >= 1; n = n >> 1) {
        try {
          writeFileSync(join(dir, `filler-${n}-${Math.random()}`), Buffer.alloc(n));
        } catch {
          /* full */
        }
      }
      return filler;
    }
  }
}

const issue = (url: string) => api(url, '/api/tickets', { body: { service: 'pendaftaran' } });

describe.skipIf(!canMount)('disk full or read-only (real tmpfs)', () => {
  it('a full disk: 503 with a clear message, no corrupt file, recovery when space returns', async () => {
    mounted = mkdtempSync(join(tmpdir(), 'giliran-full-'));
    tryMount(mounted, '512k');
    hub = await startTestHub({ dataDir: mounted });
    for (let i = 0; i < 3; i++) expect((await issue(hub.url)).status).toBe(201);

    const health: { writable: boolean }[] = [];
    const socket = io(hub.url, { transports: ['websocket'], forceNew: true });
    socket.on('hub:health', (h) => health.push(h));
    await new Promise((r) => socket.once('state', r));

    fill(mounted);
    // The day log's last page may still hold a few appended lines: issue until the disk refuses.
    let accepted = 3;
    let refused = await issue(hub.url);
    while (refused.status === 201 && accepted < 200) {
      accepted++;
      refused = await issue(hub.url);
    }
    expect(refused.status).toBe(503);
    expect(refused.body.error.code).toBe('store_unavailable');
    expect(refused.body.error.message).toMatch(/disk penuh|ENOSPC/);
    expect((await api(hub.url, '/healthz')).status).toBe(503);
    expect((await issue(hub.url)).status).toBe(503);
    await waitFor(async () => health.some((h) => !h.writable), { intervalMs: 100 });

    const day = hub.hub.ctx.engine.state.day;
    const events = dayEvents(mounted, day);
    expect(events.filter((e: { type: string }) => e.type === 'ticket.issued')).toHaveLength(accepted);

    for (const f of (await import('node:fs')).readdirSync(mounted)) if (f.startsWith('filler')) rmSync(join(mounted, f));
    await waitFor(async () => (await api(hub!.url, '/healthz')).status === 200, { intervalMs: 100 });
    await waitFor(async () => health.at(-1)?.writable === true, { intervalMs: 100 });
    const next = await issue(hub.url);
    expect(next.status).toBe(201);
    expect(next.body.number).toBe(`A-${String(accepted + 1).padStart(3, '0')}`);
    socket.close();
  });

  it('a read-only data folder: 503, then it works again once writable', async () => {
    mounted = mkdtempSync(join(tmpdir(), 'giliran-ro-'));
    tryMount(mounted, '1m');
    hub = await startTestHub({ dataDir: mounted });
    expect((await issue(hub.url)).status).toBe(201);
    execFileSync('mount', ['-o', 'remount,ro', mounted]);
    const refused = await issue(hub.url);
    expect(refused.status).toBe(503);
    expect(refused.body.error.message).toMatch(/hanya-baca|EROFS/);
    execFileSync('mount', ['-o', 'remount,rw', mounted]);
    await waitFor(async () => (await api(hub!.url, '/healthz')).status === 200, { intervalMs: 100 });
    const next = await issue(hub.url);
    expect(next.body.number).toBe('A-002');
  });
});
