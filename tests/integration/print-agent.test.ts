// `giliran print-agent` on a "kiosk PC" (its own process and folder) with its own printer (the
// virtual printer over TCP), fed by a hub (`giliran start`, its own process). The hub is killed
// with -9 while the agent holds an unprinted job, the agent is killed while the hub holds one:
// every ticket comes out exactly once and the hub learns every outcome.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';

// Runs the binary as its own process: seconds per start on a busy machine.
vi.setConfig({ testTimeout: 120_000 });
import { VirtualPrinter } from '../../printer/virtual-printer.js';
import { GILIRAN_BIN, runCli, spawnCliHub } from '../helpers/giliran-cli.js';
import { api, exited, freePort, login, ROOT, tempDataDir } from '../helpers/test-hub.js';
import { waitForValue } from '../helpers/wait-for.js';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

function track(child: ChildProcess): ChildProcess {
  cleanups.push(async () => {
    child.kill('SIGKILL');
    await exited(child);
  });
  return child;
}

function startAgent(hubUrl: string, key: string, printerUrl: string, dataDir: string): { child: ChildProcess; output: () => string } {
  const child = spawn(process.execPath, [GILIRAN_BIN, 'print-agent', '--hub', hubUrl, '--device', 'kiosk-1', '--printer', printerUrl], {
    cwd: ROOT,
    env: { PATH: process.env.PATH, GILIRAN_DEVICE_KEY: key, DATA_DIR: dataDir, LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  track(child);
  return { child, output: () => out };
}

interface StatusBody {
  printers: { id: string; state: string; queued: number }[];
}

describe('giliran print-agent', () => {
  it('prints a kiosk’s tickets exactly once through hub and agent crashes', async () => {
    const port = await freePort();
    const hubDir = tempDataDir();
    const agentDir = tempDataDir();
    let hub = spawnCliHub({ DATA_DIR: hubDir, PORT: String(port) });
    track(hub.child);
    const url = await hub.ready;
    const admin = await login(url);
    const made = await api<{ key: string }>(url, '/api/admin/devices/kiosk-1/key', { body: { kind: 'kiosk', name: 'Kios 1' }, token: admin });
    expect(made.status).toBe(201);
    const key = made.body.key;

    const printer = new VirtualPrinter({ host: '127.0.0.1', port: 0 });
    await printer.listen();
    cleanups.push(() => printer.close());
    const printerUrl = `tcp://127.0.0.1:${printer.port}`;
    let agent = startAgent(url, key, printerUrl, agentDir);

    const kioskPrinter = async (u: string) => (await api<StatusBody>(u, '/api/printer/status')).body.printers?.find((p) => p.id === 'kiosk-1');
    await waitForValue(() => kioskPrinter(url), (p) => p?.state === 'online', { what: 'the agent’s printer online at the hub', timeoutMs: 30_000, intervalMs: 100 });

    const issue = async (u: string) => {
      const r = await api<{ id: string; number: string }>(u, '/api/tickets', { body: { service: 'pendaftaran', device: 'kiosk-1' }, headers: { authorization: `Device ${key}` } });
      expect(r.status).toBe(201);
      return r.body;
    };
    const outcome = async (u: string, id: string) => (await api<{ print: string }>(u, `/api/tickets/${id}`)).body.print;

    // 1. The plain path: printed by the agent, the hub knows.
    const t1 = await issue(url);
    await printer.waitForTicket((t) => t.lines.some((l) => l.text.includes(t1.number)), 20_000);
    await waitForValue(() => outcome(url, t1.id), (o) => o === 'printed', { what: 't1 printed at the hub', timeoutMs: 30_000, intervalMs: 100 });

    // 2. Paper out: the agent holds t2 unprinted; the hub is killed with -9.
    printer.setStatus('paper-out');
    await waitForValue(() => kioskPrinter(url), (p) => p?.state === 'paper-out', { what: 'paper-out reported by the agent', timeoutMs: 30_000, intervalMs: 100 });
    const t2 = await issue(url);
    await waitForValue(() => (existsSync(join(agentDir, 'print-jobs.json')) ? readFileSync(join(agentDir, 'print-jobs.json'), 'utf8') : ''), (text) => text.includes(t2.id), { what: 't2 in the agent’s own queue', timeoutMs: 30_000, intervalMs: 100 });
    hub.child.kill('SIGKILL');
    await exited(hub.child);
    // Paper back while the hub is down: the agent prints on its own.
    printer.setStatus('online');
    await printer.waitForTicket((t) => t.lines.some((l) => l.text.includes(t2.number)), 20_000);
    hub = spawnCliHub({ DATA_DIR: hubDir, PORT: String(port) });
    track(hub.child);
    await hub.ready;
    // The hub sends t2 again after the reconnect; the agent answers "printed" instead of printing.
    await waitForValue(() => outcome(url, t2.id), (o) => o === 'printed', { what: 't2 printed at the restarted hub', timeoutMs: 30_000, intervalMs: 100 });
    await waitForValue(() => kioskPrinter(url), (p) => p?.state === 'online' && p.queued === 0, { what: 'nothing left for the agent', timeoutMs: 30_000, intervalMs: 100 });

    // 3. The agent is killed; a ticket taken meanwhile waits at the hub and prints when it is back.
    agent.child.kill('SIGKILL');
    await exited(agent.child);
    await waitForValue(() => kioskPrinter(url), (p) => p?.state === 'offline', { what: 'the hub sees the agent gone', timeoutMs: 30_000, intervalMs: 100 });
    const t3 = await issue(url);
    expect(await outcome(url, t3.id)).toBe('waiting');
    agent = startAgent(url, key, printerUrl, agentDir);
    await printer.waitForTicket((t) => t.lines.some((l) => l.text.includes(t3.number)), 30_000);
    await waitForValue(() => outcome(url, t3.id), (o) => o === 'printed', { what: 't3 printed at the hub', timeoutMs: 30_000, intervalMs: 100 });

    // 4. Every ticket on paper exactly once, and nothing else.
    const numbers = printer.tickets().map((t) => [t1, t2, t3].find((x) => t.lines.some((l) => l.text.includes(x.number)))?.number ?? '?');
    expect(numbers).toEqual([t1.number, t2.number, t3.number]);
    // A ticket of another kiosk (no agent) never goes to this printer.
    await api(url, '/api/tickets', { body: { service: 'barang' } });
    expect(printer.tickets()).toHaveLength(3);
  }, 240_000);

  it('a wrong device key is refused and said so', async () => {
    const hubDir = tempDataDir();
    const hub = spawnCliHub({ DATA_DIR: hubDir });
    track(hub.child);
    const url = await hub.ready;
    const agent = startAgent(url, 'not-a-key', 'virtual', tempDataDir());
    await waitForValue(() => agent.output(), (o) => o.includes('the hub refused this agent: device_key_invalid'), { what: 'the refusal logged', timeoutMs: 30_000, intervalMs: 100 });
  }, 90_000);

  it('without a key it exits 2 and says where to get one', async () => {
    const r = await runCli(['print-agent', '--hub', 'http://127.0.0.1:1', '--device', 'kiosk-1', '--printer', 'virtual'], { DATA_DIR: tempDataDir() });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('GILIRAN_DEVICE_KEY');
  });
});
