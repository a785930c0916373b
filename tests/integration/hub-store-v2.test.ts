// Storage v2 through the real hub: a data folder of the first release (tests/fixtures/data-v1,
// made by that release) is migrated on start and answers the same state and reports; a torn
// last line is cut and reported; bad lines and wrong-shaped files stop the hub (exit 3) with
// the file named and leave it as it was.
import { cpSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dayEvents, dayFile } from '../helpers/data-files.js';
import { api, exited, freePort, login, spawnHub, startTestHub, tempDataDir } from '../helpers/test-hub.js';

const FIXTURE = join(import.meta.dirname, '../fixtures/data-v1');
const expected = JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures/data-v1-expected.json'), 'utf8'));
const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Makassar' }).format(new Date());

async function exitOf(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  const h = spawnHub(env);
  const code = await new Promise<number | null>((r) => h.child.once('exit', r));
  return { code, output: h.output() };
}

describe('migration from the first release', () => {
  it('converts the fixture once and answers the same state, reports, audit and devices', async () => {
    const dataDir = tempDataDir();
    cpSync(FIXTURE, dataDir, { recursive: true });
    const clock = { now: () => new Date(expected.now) };
    const hub = await startTestHub({ dataDir, clock });
    try {
      expect(readdirSync(join(dataDir, 'days')).sort()).toEqual(['.v1', '2026-11-27.jsonl', '2026-11-28.jsonl']);
      expect(readdirSync(join(dataDir, 'days', '.v1')).sort()).toEqual(['2026-11-27.json', '2026-11-28.json']);
      expect(readdirSync(join(dataDir, 'audit')).sort()).toEqual(['.v1', '2026-11-27.jsonl', '2026-11-28.jsonl']);
      const v1 = JSON.parse(readFileSync(join(dataDir, 'days', '.v1', '2026-11-27.json'), 'utf8'));
      expect(dayEvents(dataDir, '2026-11-27')).toEqual(v1.events);

      const admin = await login(hub.url);
      const get = async (path: string) => (await api(hub.url, path, { token: admin })).body;
      // The phone link's fallback names the hub's own (random) port.
      const portless = (x: unknown) => JSON.parse(JSON.stringify(x).replace(/http:\/\/127\.0\.0\.1:\d+/g, 'http://hub'));
      // What the first release answered is all still there (later releases add fields).
      expect(portless((await api(hub.url, '/api/state')).body)).toMatchObject(portless(expected.state));
      expect(await get('/api/admin/reports/days')).toEqual(expected.days);
      expect(await get('/api/admin/reports/summary?from=2026-11-27&to=2026-11-28')).toMatchObject(expected.summary);
      expect(await get('/api/admin/reports/tickets?from=2026-11-27&to=2026-11-28')).toMatchObject(expected.tickets);
      // Today's audit gained this login; the entries the first release wrote come first, unchanged.
      expect(await get('/api/admin/audit?day=2026-11-27')).toEqual(expected.audit['2026-11-27']);
      const audit28 = (await get('/api/admin/audit?day=2026-11-28')) as { entries: unknown[] } | unknown[];
      const entries = (x: unknown) => (Array.isArray(x) ? x : (x as { entries: unknown[] }).entries);
      expect(entries(audit28).slice(0, entries(expected.audit['2026-11-28']).length)).toEqual(entries(expected.audit['2026-11-28']));
      expect(await get('/api/admin/devices')).toMatchObject(expected.devices);

      // Numbering continues after the migrated day: no number given twice.
      const next = await api(hub.url, '/api/tickets', { body: { service: 'pendaftaran' } });
      expect(next.status).toBe(201);
      const issued = dayEvents(dataDir, '2026-11-28').filter((e) => e.type === 'ticket.issued' && e.ticket.service === 'pendaftaran');
      expect(issued.map((e) => e.ticket.number)).toEqual(['A-001', 'A-002', next.body.number]);
      await hub.restart();
      expect((await api(hub.url, `/api/tickets/${next.body.id}`)).body.number).toBe(next.body.number);
    } finally {
      await hub.close();
    }
  });
});

describe('recovery and refusal at start (the hub as its own process)', () => {
  it('a torn last line is cut off and reported with its byte offset; the hub starts and numbers on', async () => {
    const dataDir = tempDataDir();
    const port = await freePort();
    const first = spawnHub({ DATA_DIR: dataDir, PORT: String(port) });
    const url = await first.ready;
    for (let i = 0; i < 3; i++) expect((await api(url, '/api/tickets', { body: { service: 'pendaftaran' } })).status).toBe(201);
    first.child.kill('SIGKILL');
    await exited(first.child);
    const file = dayFile(dataDir, today());
    const whole = readFileSync(file);
    writeFileSync(file, Buffer.concat([whole, Buffer.from('{"type":"ticket.issued","seq":99,"ticket":{"id":"x')]));

    const second = spawnHub({ DATA_DIR: dataDir, PORT: String(port) });
    const url2 = await second.ready;
    try {
      expect(second.output()).toContain(file);
      expect(second.output()).toContain(`at byte offset ${whole.length}`);
      expect(readFileSync(file).equals(whole)).toBe(true);
      expect((await api(url2, '/api/tickets', { body: { service: 'pendaftaran' } })).body.number).toBe('A-004');
    } finally {
      second.child.kill('SIGKILL');
      await exited(second.child);
    }
  }, 60_000);

  it('a bad line in the middle of a day log stops the hub (exit 3) naming file and line, untouched', async () => {
    const dataDir = tempDataDir();
    mkdirSync(join(dataDir, 'days'));
    const file = dayFile(dataDir, today());
    const ok = (seq: number) => JSON.stringify({ type: 'counter.paused', seq, at: new Date().toISOString(), by: 'p', counter: 'loket-1' }) + '\n';
    const text = ok(1) + ok(2) + '{"type":"counter.paused","seq":3,,}\n' + ok(4);
    writeFileSync(file, text);
    const { code, output } = await exitOf({ DATA_DIR: dataDir, PORT: '0' });
    expect(code).toBe(3);
    expect(output).toContain(file);
    expect(output).toContain('line 3 ');
    expect(readFileSync(file, 'utf8')).toBe(text);
  }, 30_000);

  it('a corrupt audit log or devices file stops the hub like a corrupt day log, untouched', async () => {
    for (const [name, text] of [
      [`audit/${today()}.jsonl`, '{"at":"x","actor":"admin","action":"login","detail":{}}\n{"at":\n{"at":"y","actor":null,"action":"a","detail":{}}\n'],
      ['devices.json', '{"devices":[{"id":"k1",'],
      ['devices.json', '{"devices":{"id":"k1"}}'],
    ]) {
      const dataDir = tempDataDir();
      mkdirSync(join(dataDir, 'audit'));
      writeFileSync(join(dataDir, name), text);
      const { code, output } = await exitOf({ DATA_DIR: dataDir, PORT: '0' });
      expect(code, output).toBe(3);
      expect(output).toContain(join(dataDir, name));
      expect(readFileSync(join(dataDir, name), 'utf8')).toBe(text);
    }
  }, 60_000);

  it('valid JSON of the wrong shape is refused with a clear exit (a null day file, a config that is an array)', async () => {
    const cases: [string, string][] = [
      [`days/${today()}.json`, 'null'],
      ['config.json', '[]'],
      ['auth.json', '{"users":null,"sessions":[]}'],
    ];
    for (const [name, text] of cases) {
      const dataDir = tempDataDir();
      mkdirSync(join(dataDir, 'days'));
      writeFileSync(join(dataDir, name), text);
      const { code, output } = await exitOf({ DATA_DIR: dataDir, PORT: '0' });
      expect(code, output).toBe(3);
      expect(output).toContain(join(dataDir, name));
      expect(output).toMatch(/not the expected shape/);
      expect(readFileSync(join(dataDir, name), 'utf8')).toBe(text);
    }
  }, 60_000);
});
