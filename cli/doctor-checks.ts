// What `giliran doctor` checks. Each check says OK, WARN (works, but look), SKIP (not used here)
// or FAIL, and for anything but OK a fix a non-developer can follow.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, stat, unlink } from 'node:fs/promises';
import { createConnection, createServer } from 'node:net';
import { dirname, join } from 'node:path';
import type { HubConfig } from '../hub/config.js';
import { runningHubPid } from '../hub/ops/pid-file.js';
import { localDate, localMinutes } from '../hub/queue/local-time.js';
import { writeFileDurably } from '../hub/store/durable-json-file.js';
import { describePrinterSpec, parsePrinterSpec } from '../printer/printer-spec.js';
import { createTransport } from '../printer/transports/create-transport.js';
import { inspectStore } from './inspect-store.js';

export type CheckStatus = 'OK' | 'WARN' | 'SKIP' | 'FAIL';

export interface CheckResult {
  name: string;
  status: CheckStatus;
  detail: string;
  fix?: string;
}

const ok = (name: string, detail: string): CheckResult => ({ name, status: 'OK', detail });

function errCode(err: unknown): string {
  return (err as NodeJS.ErrnoException).code ?? '';
}

function run(cmd: string, args: string[], timeoutMs = 5000): Promise<string | null> {
  return new Promise((resolve) => {
    execFile(cmd, args, { timeout: timeoutMs }, (err, stdout, stderr) => resolve(err ? null : `${stdout}${stderr}`.trim()));
  });
}

function which(names: string[]): string | null {
  for (const name of names) {
    if (name.includes('/')) {
      if (existsSync(name)) return name;
      continue;
    }
    for (const dir of (process.env.PATH ?? '').split(':')) if (dir && existsSync(join(dir, name))) return join(dir, name);
  }
  return null;
}

/** Writable (a durable write and delete of a probe file) and readable through the store. */
export async function checkDataFolder(config: HubConfig, hubPid: number | null): Promise<CheckResult> {
  const name = 'Folder data / data folder';
  const dir = config.dataDir;
  const owner = 'sudo chown -R giliran:giliran ' + dir;
  let exists = true;
  try {
    if (!(await stat(dir)).isDirectory()) return { name, status: 'FAIL', detail: `${dir} is not a folder`, fix: 'Set DATA_DIR to a folder (e.g. /var/lib/giliran).' };
  } catch (err) {
    if (errCode(err) !== 'ENOENT') return { name, status: 'FAIL', detail: `${dir} cannot be read (${errCode(err)})`, fix: `Give the hub's user access: ${owner}` };
    exists = false;
  }
  const probe = join(exists ? dir : dirname(dir), `.doctor-probe-${process.pid}`);
  try {
    if (!exists) await mkdir(dirname(dir), { recursive: true });
    await writeFileDurably(probe, 'probe');
    await unlink(probe);
  } catch (err) {
    const code = errCode(err);
    const why = code === 'EROFS' ? 'the disk is mounted read-only' : code === 'ENOSPC' ? 'the disk is full' : `writing is refused (${code || (err as Error).message})`;
    const fix =
      code === 'ENOSPC'
        ? `Free space on the disk of ${dir} (old backups in ${config.backupDir}?), then check again.`
        : code === 'EROFS'
          ? `Remount the disk read-write or set DATA_DIR to a writable folder; check the disk for errors (dmesg).`
          : `Make ${dir} writable for the user running the hub: ${owner} && sudo chmod u+rwx ${dir} (or set DATA_DIR to a writable folder).`;
    return { name, status: 'FAIL', detail: `${dir}: ${why}; the hub cannot save tickets there`, fix };
  }
  if (!exists) return ok(name, `${dir} does not exist yet; the first start creates it (its parent is writable)`);
  if (hubPid) return ok(name, `${dir} writable; in use by the running hub (pid ${hubPid})`);
  try {
    const report = await inspectStore(config);
    return ok(name, `${dir} writable and readable: ${report.lines.join('; ')}`);
  } catch (err) {
    return { name, status: 'FAIL', detail: (err as Error).message, fix: `Restore the named file from a backup (giliran restore) or move it away; see docs/operations.md.` };
  }
}

export async function checkPrinter(config: HubConfig): Promise<CheckResult> {
  const spec = parsePrinterSpec(config.printer);
  const name = `Printer (PRINTER=${config.printer})`;
  if (spec.kind === 'none') return { name, status: 'SKIP', detail: 'printing is off', fix: 'Set PRINTER=tcp://PRINTER-IP:9100 or PRINTER=/dev/usb/lp0 to print tickets.' };
  if (spec.kind === 'virtual') return ok(name, 'the in-process virtual printer (demo and tests; nothing comes out on paper)');
  const transport = createTransport(spec, { connectTimeoutMs: 3000, writeTimeoutMs: 3000 })!;
  const report = await transport.queryStatus();
  const where = describePrinterSpec(spec);
  if (report.state === 'online') return ok(name, `${where} answers DLE EOT: ready`);
  if (report.state === 'paper-low') return { name, status: 'WARN', detail: `${where}: paper nearly out`, fix: 'Put a new paper roll ready.' };
  const fixes: Record<string, string> = {
    'paper-out': 'Load a paper roll and close the cover.',
    'cover-open': 'Close the printer cover firmly.',
    offline:
      spec.kind === 'tcp'
        ? `Check the printer is switched on and cabled, and that ${spec.host} is its address (print its self-test page: hold FEED while switching on; ping ${spec.host}). Then set PRINTER=tcp://<its IP>:9100.`
        : `Check the printer is plugged in and switched on, that ${spec.path} exists (ls -l /dev/usb/), and that the hub's user may write it: sudo usermod -aG lp giliran, then restart the hub.`,
  };
  return { name, status: 'FAIL', detail: `${where}: ${report.message}`, fix: fixes[report.state] ?? fixes.offline };
}

export async function checkPort(config: HubConfig, hubPid: number | null): Promise<CheckResult> {
  const name = `Port ${config.port}`;
  if (hubPid) {
    try {
      const res = await fetch(`http://127.0.0.1:${config.port}/healthz`, { signal: AbortSignal.timeout(3000) });
      const body = (await res.json()) as { writable?: boolean; seq?: number };
      if (res.ok) return ok(name, `the running hub answers on it (event #${body.seq})`);
      return { name, status: 'FAIL', detail: `the running hub answers ${res.status}: not writable`, fix: 'See the data folder check; the hub accepts changes again once the disk takes a write.' };
    } catch {
      return { name, status: 'FAIL', detail: `a hub runs (pid ${hubPid}) but does not answer on port ${config.port}`, fix: 'Is PORT the same for the service and this shell? Otherwise restart the service: sudo systemctl restart giliran' };
    }
  }
  if (config.port === 0) return ok(name, 'port 0: any free port is used');
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', (err) => {
      const code = errCode(err);
      if (code === 'EADDRINUSE') {
        resolve({ name, status: 'FAIL', detail: `port ${config.port} is used by another program`, fix: `Find it: sudo ss -ltnp 'sport = :${config.port}'; stop it, or set PORT to a free port (e.g. PORT=3001).` });
      } else if (code === 'EACCES') {
        resolve({ name, status: 'FAIL', detail: `port ${config.port} needs root`, fix: 'Use a port above 1023 (the default 3000), or put nginx in front.' });
      } else if (code === 'EADDRNOTAVAIL') {
        resolve({ name, status: 'FAIL', detail: `HOST=${config.host} is not an address of this machine`, fix: 'Set HOST=0.0.0.0 (all addresses) or one listed by `ip addr`.' });
      } else {
        resolve({ name, status: 'FAIL', detail: `cannot listen (${code})`, fix: 'Set PORT to another port.' });
      }
    });
    server.listen(config.port, config.host, () => server.close(() => resolve(ok(name, `free on ${config.host}`))));
  });
}

export async function checkClock(config: HubConfig, now = new Date()): Promise<CheckResult> {
  const name = 'Jam & zona waktu / clock & time zone';
  const tz = config.timezone;
  const m = localMinutes(now, tz);
  const local = `${localDate(now, tz)} ${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
  const systemZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const detail = `site time ${local} (${tz}); system zone ${systemZone}; UTC ${now.toISOString().slice(0, 16)}`;
  if (now.getUTCFullYear() < 2025) {
    return { name, status: 'FAIL', detail: `${detail}: the clock is wrong`, fix: 'Set the date and time (sudo timedatectl set-time "YYYY-MM-DD HH:MM:SS") and turn on time sync: sudo timedatectl set-ntp true. Ticket numbering restarts at local midnight, so the clock must be right.' };
  }
  const synced = await run('timedatectl', ['show', '-p', 'NTPSynchronized', '--value']);
  if (synced === 'no') return { name, status: 'WARN', detail: `${detail}; not synchronised with a time server`, fix: 'sudo timedatectl set-ntp true (on a LAN without internet, point it at a local NTP server in /etc/systemd/timesyncd.conf).' };
  return ok(name, detail);
}

export async function checkProgram(label: string, names: string[], versionArgs: string[], neededFor: string): Promise<CheckResult> {
  const path = which(names);
  if (!path) return { name: label, status: 'SKIP', detail: `not installed (only needed ${neededFor})`, fix: `Debian/Ubuntu: sudo apt-get install -y ${names[0].replace(/^.*\//, '')}` };
  const version = (await run(path, versionArgs))?.split('\n')[0] ?? 'version unknown';
  return ok(label, `${path}: ${version}`);
}

export async function checkPostgres(env: NodeJS.ProcessEnv): Promise<CheckResult> {
  const name = 'PostgreSQL';
  const url = env.DATABASE_URL;
  if (!url) return { name, status: 'SKIP', detail: 'not configured (DATABASE_URL unset): the embedded store in DATA_DIR is used' };
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { name, status: 'FAIL', detail: 'DATABASE_URL is not a URL', fix: 'Set DATABASE_URL=postgres://USER:PASSWORD@HOST:5432/DBNAME' };
  }
  const host = parsed.hostname || 'localhost';
  const port = Number(parsed.port || 5432);
  // The address only: the URL holds a password and is never printed.
  const where = `${host}:${port}`;
  const reachable = await new Promise<string | null>((resolve) => {
    const socket = createConnection({ host, port, timeout: 3000 });
    socket.once('connect', () => (socket.destroy(), resolve(null)));
    socket.once('timeout', () => (socket.destroy(), resolve('no answer in 3 s')));
    socket.once('error', (err) => resolve(errCode(err) || err.message));
  });
  if (reachable) return { name, status: 'FAIL', detail: `${where}: ${reachable}`, fix: `Start PostgreSQL (sudo systemctl start postgresql) and check host and port in DATABASE_URL; pg_hba.conf must allow this machine.` };
  return ok(name, `${where} accepts connections (login and migrations are checked when the hub starts)`);
}

export async function checkBackups(config: HubConfig, now = new Date()): Promise<CheckResult> {
  const name = 'Cadangan / backups';
  if (config.backupKeep === 0) return { name, status: 'WARN', detail: 'nightly backups are off (BACKUP_KEEP=0)', fix: 'Set BACKUP_KEEP=14 (or more), or run giliran backup from cron.' };
  const names = await readdir(config.backupDir).catch(() => [] as string[]);
  const newest = names.filter((n) => /^giliran-.*\.tar\.gz$/.test(n)).sort().at(-1);
  const where = `${config.backupDir}, nightly at ${config.backupTime}, keeping ${config.backupKeep}`;
  if (!newest) return ok(name, `${where}; none yet (the first is written at the next ${config.backupTime} while the hub runs)`);
  const age = (now.getTime() - (await stat(join(config.backupDir, newest))).mtimeMs) / 3600_000;
  if (age > 48) return { name, status: 'WARN', detail: `${where}; newest ${newest} is ${Math.round(age)} hours old`, fix: 'Is the hub running at night? Check its log: journalctl -u giliran | grep backup' };
  return ok(name, `${where}; newest ${newest}`);
}

export async function runChecks(config: HubConfig, env: NodeJS.ProcessEnv): Promise<CheckResult[]> {
  const hubPid = runningHubPid(config.dataDir);
  return [
    await checkDataFolder(config, hubPid),
    await checkPrinter(config),
    await checkPort(config, hubPid),
    await checkClock(config),
    await checkProgram('Chromium', [env.CHROMIUM_PATH ?? '', 'chromium', 'chromium-browser', 'google-chrome'].filter(Boolean), ['--version'], 'on kiosk and board PCs'),
    await checkProgram('espeak-ng', ['espeak-ng'], ['--version'], 'to regenerate the board voice clips'),
    await checkPostgres(env),
    await checkBackups(config),
  ];
}
