// `giliran backup` while the queue runs under load, then `giliran restore` into an empty folder:
// a hub started on the restored folder shows the same staff snapshot, reports and audit; a backup
// taken in the middle of the load is a consistent prefix of the event stream (no gap, no torn
// file) and the hub continues from it.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';

// Runs the binary as its own process: seconds per start on a busy machine.
vi.setConfig({ testTimeout: 120_000 });
import { LowdbStore } from '../../hub/store/lowdb-store.js';
import type { DomainEvent } from '../../hub/queue/events.js';
import { runCli } from '../helpers/giliran-cli.js';
import { api, login, officerToken, startTestHub, tempDataDir, type TestHub } from '../helpers/test-hub.js';
import { waitFor } from '../helpers/wait-for.js';

const hubs: TestHub[] = [];
afterEach(async () => {
  for (const h of hubs.splice(0)) await h.close();
});

async function start(dataDir?: string): Promise<TestHub> {
  const h = await startTestHub({ dataDir });
  hubs.push(h);
  return h;
}

/** Everything a site looks at, minus the moment it was asked and the hub's own address. */
async function observe(h: TestHub, token: string, day: string): Promise<unknown> {
  const get = async (path: string) => {
    const r = await api(h.url, path, { token });
    expect(r.status, `${path}: ${JSON.stringify(r.body)}`).toBe(200);
    return JSON.parse(JSON.stringify(r.body).replaceAll(h.url, 'HUB'), (key, value) => (key === 'now' || key === 'generatedAt' ? undefined : value)) as unknown;
  };
  return {
    staff: await get('/api/staff/state'),
    summary: await get(`/api/admin/reports/summary?from=${day}&to=${day}`),
    tickets: await get(`/api/admin/reports/tickets?from=${day}&to=${day}`),
    audit: await get(`/api/admin/audit?day=${day}`),
    config: await get('/api/admin/config'),
    users: await get('/api/admin/users'),
  };
}

async function allEvents(dataDir: string): Promise<DomainEvent[]> {
  const store = await LowdbStore.open(dataDir);
  try {
    const out: DomainEvent[] = [];
    for (const day of await store.listDays()) out.push(...((await store.readDay(day)) ?? []));
    return out;
  } finally {
    await store.close();
  }
}

describe('giliran backup and restore', () => {
  it('a backup under load restores to the same state; the mid-load one is a consistent prefix', async () => {
    const a = await start();
    const admin = await login(a.url);
    const officer = await officerToken(a.url, admin);
    // Something in every file: a settings change (config + audit), an extra user, tickets.
    expect((await api(a.url, '/api/admin/settings', { method: 'PATCH', body: { siteName: 'Rutan Uji Cadangan' }, token: admin })).status).toBe(200);

    let stop = false;
    let done = 0;
    const services = ['pendaftaran', 'barang', 'informasi'];
    const worker = async (w: number) => {
      for (let i = 0; !stop && i < 400; i++) {
        const r = await api(a.url, '/api/tickets', { body: { service: services[(w + i) % services.length] } });
        expect(r.status).toBe(201);
        if (i % 3 === 2) await api(a.url, `/api/counters/${w % 2 ? 'loket-1' : 'loket-3'}/call-next`, { body: {}, token: officer });
        done++;
      }
    };
    const load = [0, 1, 2, 3].map(worker);
    await waitFor(() => done >= 20, { what: '20 changes under load' });
    const seqBefore = a.hub.ctx.engine.state.seq;
    const midFile = join(tempDataDir(), 'mid.tar.gz');
    const mid = await runCli(['backup', '--to', midFile], { DATA_DIR: a.dataDir });
    const seqAfterMid = a.hub.ctx.engine.state.seq;
    stop = true;
    await Promise.all(load);
    expect(mid.code, mid.output).toBe(0);
    expect(mid.stdout).toContain(`backup written: ${midFile}`);
    expect(seqAfterMid, 'the queue kept taking tickets while the backup ran').toBeGreaterThan(seqBefore);

    // The quiet backup, then the state it must give back.
    const day = a.hub.ctx.engine.state.day;
    const finalFile = join(tempDataDir(), 'final.tar.gz');
    const fin = await runCli(['backup', '--to', finalFile], { DATA_DIR: a.dataDir });
    expect(fin.code, fin.output).toBe(0);
    const expected = await observe(a, admin, day);
    const expectedEvents = await allEvents(a.dataDir);
    await a.close();

    const restoredDir = join(tempDataDir(), 'data');
    const r = await runCli(['restore', finalFile], { DATA_DIR: restoredDir });
    expect(r.code, r.output).toBe(0);
    expect(r.stdout).toMatch(/restored: \d+ file\(s\)/);
    expect(r.stdout).toContain(`last event #${expectedEvents.length}`);
    const b = await start(restoredDir);
    // Sessions come back too: the admin's token from before the backup still works.
    expect(await observe(b, admin, day)).toEqual(expected);
    expect(await allEvents(restoredDir)).toEqual(expectedEvents);

    // The mid-load backup: events 1..n exactly as the original had them, and the hub goes on at n+1.
    const midDir = tempDataDir();
    expect((await runCli(['restore', midFile], { DATA_DIR: midDir })).code).toBe(0);
    const midEvents = await allEvents(midDir);
    expect(midEvents.length).toBeGreaterThanOrEqual(seqBefore);
    expect(midEvents.length).toBeLessThanOrEqual(seqAfterMid);
    expect(midEvents).toEqual(expectedEvents.slice(0, midEvents.length));
    const c = await start(midDir);
    const next = await api<{ number: string }>(c.url, '/api/tickets', { body: { service: 'kunjungan' } });
    expect(next.status).toBe(201);
    expect(c.hub.ctx.engine.state.seq).toBe(midEvents.length + 1);
  }, 180_000);

  it('restore refuses a folder that is not empty and an archive that is not a backup, touching nothing', async () => {
    const a = await start();
    const file = join(tempDataDir(), 'b.tar.gz');
    expect((await runCli(['backup', '--to', file], { DATA_DIR: a.dataDir })).code).toBe(0);
    const busy = tempDataDir();
    writeFileSync(join(busy, 'config.json'), '{"keep":"me"}');
    const r = await runCli(['restore', file], { DATA_DIR: busy });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${busy} is not empty: restore only into an empty data folder`);

    const junk = join(tempDataDir(), 'junk.tar.gz');
    writeFileSync(junk, 'not an archive');
    const empty = join(tempDataDir(), 'data');
    const j = await runCli(['restore', junk], { DATA_DIR: empty });
    expect(j.code).toBe(1);
    expect(j.stderr).toContain('cannot be read as a Giliran backup');
    mkdirSync(empty, { recursive: true });
    const missing = await runCli(['restore', join(empty, 'nope.tar.gz')], { DATA_DIR: empty });
    expect(missing.stderr).toContain('does not exist');
  }, 120_000);

  it('backup leaves out temp files, the pid file and the backup folder itself', async () => {
    const a = await start();
    writeFileSync(join(a.dataDir, '.config.json.123.1.tmp'), 'half');
    writeFileSync(join(a.dataDir, 'giliran.pid'), '1');
    const first = await runCli(['backup'], { DATA_DIR: a.dataDir });
    expect(first.code, first.output).toBe(0);
    const second = await runCli(['backup'], { DATA_DIR: a.dataDir });
    const restored = join(tempDataDir(), 'data');
    const archive = /backup written: (\S+)/.exec(second.stdout)![1];
    expect(archive.startsWith(join(a.dataDir, 'backups'))).toBe(true);
    const r = await runCli(['restore', archive], { DATA_DIR: restored });
    expect(r.code, r.output).toBe(0);
    const { readdirSync } = await import('node:fs');
    expect(readdirSync(restored).sort()).toEqual(['audit', 'auth.json', 'config.json', 'days', 'print-jobs.json'].filter((f) => readdirSync(a.dataDir).includes(f)).sort());
  }, 120_000);
});
