// The `giliran` command through the real binary: help in both languages, reset-password against
// the data folder (and refused while a hub runs), migrate, doctor on a good and a broken setup.
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, readdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';

// Each test runs the binary a few times; a busy machine makes one start take seconds.
vi.setConfig({ testTimeout: 120_000 });
import { runCli, spawnCliHub } from '../helpers/giliran-cli.js';
import { ADMIN_PASSWORD, api, exited, freePort, login, ROOT, startTestHub, tempDataDir } from '../helpers/test-hub.js';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

/** A data folder the hub created (admin exists), with the hub stopped again. */
async function preparedDataDir(): Promise<{ dataDir: string; token: string }> {
  const hub = await startTestHub();
  const token = await login(hub.url);
  await hub.close();
  return { dataDir: hub.dataDir, token };
}

/** Makes `dir` unwritable even for root (an immutable folder), or for a normal user by mode. */
function makeReadOnly(dir: string): () => void {
  if (process.getuid?.() === 0) {
    execFileSync('chattr', ['+i', dir]);
    return () => execFileSync('chattr', ['-i', dir]);
  }
  chmodSync(dir, 0o555);
  return () => chmodSync(dir, 0o755);
}

describe('giliran help', () => {
  it('lists every subcommand with Indonesian and English descriptions', async () => {
    const r = await runCli(['--help'], {});
    expect(r.code).toBe(0);
    for (const cmd of ['start', 'backup', 'restore', 'doctor', 'reset-password', 'migrate', 'install-service', 'print-agent']) expect(r.stdout).toMatch(new RegExp(`^  ${cmd}\\b`, 'm'));
    expect(r.stdout).toContain('Pemakaian / Usage:');
    expect(r.stdout).toContain('Perintah / Commands:');
    expect(r.stdout.replace(/\s+/g, ' ')).toContain('menulis satu arsip cadangan data selagi hub berjalan / write one backup archive');
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string> };
    expect(pkg.bin.giliran).toBe('bin/giliran.mjs');
    const sub = await runCli(['backup', '--help'], {});
    expect(sub.code).toBe(0);
    expect(sub.stdout).toContain('--to <file>');
    expect(sub.stdout).toContain('Opsi / Options:');
  });

  it('an unknown command or a missing argument exits 2 with the usage', async () => {
    const r = await runCli(['bogus'], {});
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("unknown command 'bogus'");
    const missing = await runCli(['restore'], {});
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("missing required argument 'file'");
  });

  it('an invalid environment value exits 2 naming the variable', async () => {
    const r = await runCli(['migrate'], { DATA_DIR: tempDataDir(), PRINTER: 'lpt1' });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('PRINTER=lpt1');
  });
});

describe('giliran reset-password', () => {
  it('sets NEW_PASSWORD, ends the sessions, and the hub accepts the new password only', async () => {
    const { dataDir, token } = await preparedDataDir();
    const r = await runCli(['reset-password', 'admin'], { DATA_DIR: dataDir, NEW_PASSWORD: 'sandi-baru-456' });
    expect(r.code, r.output).toBe(0);
    expect(r.stdout).toContain('1 session(s) ended');
    expect(r.output).not.toContain('sandi-baru-456');
    const hub = await startTestHub({ dataDir });
    cleanups.push(() => hub.close());
    expect((await api(hub.url, '/api/me', { token })).status).toBe(401);
    expect((await api(hub.url, '/api/login', { body: { username: 'admin', password: ADMIN_PASSWORD } })).status).toBe(401);
    await login(hub.url, 'admin', 'sandi-baru-456');
    const audit = await api<{ entries: { action: string; detail: { username: string; via: string } }[] }>(hub.url, '/api/admin/audit', { token: await login(hub.url, 'admin', 'sandi-baru-456') });
    expect(JSON.stringify(audit.body)).toContain('user.passwordReset');
  });

  it('without NEW_PASSWORD prints a random password once, which then works', async () => {
    const { dataDir } = await preparedDataDir();
    const r = await runCli(['reset-password', 'admin'], { DATA_DIR: dataDir });
    expect(r.code, r.output).toBe(0);
    const password = /^\s+([a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4})$/m.exec(r.stdout)?.[1];
    expect(password).toBeTruthy();
    const hub = await startTestHub({ dataDir });
    cleanups.push(() => hub.close());
    await login(hub.url, 'admin', password!);
  });

  it('names the users when the user does not exist', async () => {
    const { dataDir } = await preparedDataDir();
    const r = await runCli(['reset-password', 'budi'], { DATA_DIR: dataDir, NEW_PASSWORD: 'sandi-baru-456' });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('no user "budi"');
    expect(r.stderr).toContain('Users: admin');
  });

  it('refuses while a hub runs on the data folder, and says to stop it first', async () => {
    const dataDir = tempDataDir();
    const h = spawnCliHub({ DATA_DIR: dataDir });
    cleanups.push(async () => {
      h.child.kill('SIGTERM');
      await exited(h.child);
    });
    const url = await h.ready;
    const before = readFileSync(join(dataDir, 'auth.json'), 'utf8');
    const r = await runCli(['reset-password', 'admin'], { DATA_DIR: dataDir, NEW_PASSWORD: 'sandi-baru-456' });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`the hub is running on ${dataDir} (pid ${h.child.pid})`);
    expect(r.stderr).toContain('systemctl stop giliran');
    expect(readFileSync(join(dataDir, 'auth.json'), 'utf8')).toBe(before);
    await login(url);
    // Stopped cleanly, the hub removes its pid file: the reset then goes through.
    h.child.kill('SIGTERM');
    await exited(h.child);
    expect((await runCli(['reset-password', 'admin'], { DATA_DIR: dataDir, NEW_PASSWORD: 'sandi-baru-456' })).code).toBe(0);
  });
});

describe('giliran migrate', () => {
  it('opens the folder through the store and reports what it holds', async () => {
    const hub = await startTestHub();
    await api(hub.url, '/api/tickets', { body: { service: 'pendaftaran' } });
    await api(hub.url, '/api/tickets', { body: { service: 'barang' } });
    await hub.close();
    const r = await runCli(['migrate'], { DATA_DIR: hub.dataDir });
    expect(r.code, r.output).toBe(0);
    expect(r.stdout).toContain('services: 4, users: 1');
    expect(r.stdout).toMatch(/days of events: 1 .*last event #2, tickets today: 2/);
  });
});

describe('giliran migrate (first-release folder)', () => {
  it('converts whole-day JSON files to JSON Lines through the store, once', async () => {
    const hub = await startTestHub();
    await api(hub.url, '/api/tickets', { body: { service: 'pendaftaran' } });
    await hub.close();
    // Turn the folder back into the first release's form: days/DAY.json holding { day, events }.
    const days = join(hub.dataDir, 'days');
    for (const name of readdirSync(days).filter((n) => n.endsWith('.jsonl'))) {
      const events = readFileSync(join(days, name), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as unknown);
      writeFileSync(join(days, name.replace('.jsonl', '.json')), JSON.stringify({ day: name.slice(0, 10), events }));
      unlinkSync(join(days, name));
    }
    const r = await runCli(['migrate'], { DATA_DIR: hub.dataDir });
    expect(r.code, r.output).toBe(0);
    expect(r.stdout).toMatch(/converted 1 day files/);
    expect(r.stdout).toContain('last event #1, tickets today: 1');
    const again = await runCli(['migrate'], { DATA_DIR: hub.dataDir });
    expect(again.stdout).not.toMatch(/converted/);
    expect(again.stdout).toContain('last event #1');
  });
});

describe('giliran doctor', () => {
  it('a good setup: every check OK or SKIP, exit 0', async () => {
    const { dataDir } = await preparedDataDir();
    const r = await runCli(['doctor'], { DATA_DIR: dataDir, PORT: String(await freePort()), HOST: '127.0.0.1', PRINTER: 'virtual' });
    expect(r.code, r.output).toBe(0);
    expect(r.stdout).toMatch(/^OK +Folder data \/ data folder: .*writable and readable/m);
    expect(r.stdout).toMatch(/^OK +Printer \(PRINTER=virtual\)/m);
    expect(r.stdout).toMatch(/^OK +Port \d+: free/m);
    expect(r.stdout).toMatch(/^OK +Jam & zona waktu/m);
    expect(r.stdout).toMatch(/^SKIP +PostgreSQL: not configured/m);
    expect(r.stdout).not.toMatch(/^FAIL/m);
  });

  it('a broken setup (unreachable printer, read-only data folder, port taken) says exactly what to fix, exit 1', async () => {
    const { dataDir } = await preparedDataDir();
    const deadPrinter = await freePort();
    const busy = await startTestHub(); // holds a port another program would
    cleanups.push(() => busy.close());
    const undo = makeReadOnly(dataDir);
    cleanups.push(undo);
    const r = await runCli(['doctor'], { DATA_DIR: dataDir, PORT: String(busy.port), HOST: '127.0.0.1', PRINTER: `tcp://127.0.0.1:${deadPrinter}` });
    expect(r.code, r.output).toBe(1);
    const lines = r.stdout.split('\n');
    const fixAfter = (prefix: RegExp) => {
      const i = lines.findIndex((l) => prefix.test(l));
      expect(i, r.stdout).toBeGreaterThanOrEqual(0);
      return `${lines[i]}\n${lines[i + 1]}`;
    };
    const data = fixAfter(/^FAIL +Folder data/);
    expect(data).toContain(`${dataDir}: writing is refused`);
    expect(data).toContain(`Perbaiki / fix: Make ${dataDir} writable for the user running the hub: sudo chown -R giliran:giliran ${dataDir}`);
    const printer = fixAfter(/^FAIL +Printer/);
    expect(printer).toContain(`tcp://127.0.0.1:${deadPrinter}`);
    expect(printer).toContain('Check the printer is switched on and cabled, and that 127.0.0.1 is its address');
    const port = fixAfter(/^FAIL +Port/);
    expect(port).toContain(`port ${busy.port} is used by another program`);
    expect(port).toContain('set PORT to a free port');
    expect(r.stdout).toContain('3 masalah / problem(s) to fix.');
  });

  it('a data folder that does not exist yet but can be created is fine', async () => {
    const parent = tempDataDir();
    mkdirSync(join(parent, 'x'));
    const r = await runCli(['doctor'], { DATA_DIR: join(parent, 'x', 'data'), PORT: '0' });
    expect(r.stdout).toMatch(/^OK +Folder data .*does not exist yet; the first start creates it/m);
  });
});
