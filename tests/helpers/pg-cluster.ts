// A throw-away PostgreSQL cluster for one test file: initdb + pg_ctl in a temp folder (owned by
// the `postgres` user when the tests run as root, as CI does), on a free loopback port, its unix
// socket in the same folder, fsync on. stop()/start()/kill() let tests take PostgreSQL away under
// load; destroy() stops it and removes everything. Never a shared cluster.
import { execFile } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { freePort } from './test-hub.js';

const run = promisify(execFile);
/** PG_BIN, or the newest /usr/lib/postgresql/N/bin (Debian's layout; 15 on bookworm). */
const BIN = process.env.PG_BIN ?? newestPgBin();

function newestPgBin(): string {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).filter((v) => /^\d+$/.test(v)).sort((a, b) => Number(b) - Number(a)) : [];
  if (!versions.length) throw new Error('PostgreSQL is not installed (apt-get install -y postgresql), or set PG_BIN');
  return join(root, versions[0], 'bin');
}

export interface PgCluster {
  port: number;
  dir: string;
  /** A connection string for `database` (created by createDatabase, or `postgres`). */
  url(database?: string): string;
  createDatabase(name: string): Promise<string>;
  /** Fast shutdown (clients are disconnected). */
  stop(): Promise<void>;
  start(): Promise<void>;
  restart(): Promise<void>;
  /** SIGKILL the postmaster (what a power cut looks like to the hubs); start() recovers it. */
  kill(): Promise<void>;
  destroy(): Promise<void>;
}

/** Runs a PostgreSQL binary as the `postgres` user when we are root (initdb refuses root). */
async function pgBin(name: string, args: string[]): Promise<string> {
  const asRoot = process.getuid?.() === 0;
  const [cmd, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', join(BIN, name), ...args]] : [join(BIN, name), args];
  try {
    const { stdout } = await run(cmd, argv, { cwd: '/tmp', maxBuffer: 4 << 20 });
    return stdout;
  } catch (err) {
    const e = err as { stderr?: string; stdout?: string; message: string };
    throw new Error(`${name} ${args.join(' ')} failed: ${e.message}\n${e.stdout ?? ''}${e.stderr ?? ''}`);
  }
}

export async function startPgCluster(): Promise<PgCluster> {
  const dir = mkdtempSync(join(tmpdir(), 'giliran-pg-'));
  if (process.getuid?.() === 0) {
    const { uid, gid } = postgresUser();
    chownSync(dir, uid, gid);
  }
  const data = join(dir, 'data');
  const port = await freePort();
  await pgBin('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '--no-sync', '-E', 'UTF8', '--locale=C']);
  const opts = [`-c port=${port}`, `-c listen_addresses=127.0.0.1`, `-c unix_socket_directories=${dir}`, '-c fsync=on', '-c max_connections=200', '-c shared_buffers=16MB'].join(' ');
  let running = false;
  const start = async () => {
    await pgBin('pg_ctl', ['-D', data, '-o', opts, '-l', join(dir, 'log'), '-w', '-t', '30', 'start']);
    running = true;
  };
  const stop = async (mode = 'fast') => {
    if (!running) return;
    await pgBin('pg_ctl', ['-D', data, '-m', mode, '-w', '-t', '30', 'stop']);
    running = false;
  };
  await start();
  const url = (database = 'postgres') => `postgres://postgres@127.0.0.1:${port}/${database}`;
  const cluster: PgCluster = {
    port,
    dir,
    url,
    async createDatabase(name) {
      const c = new pg.Client({ connectionString: url() });
      await c.connect();
      try {
        await c.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}`);
      } finally {
        await c.end();
      }
      return url(name);
    },
    stop: () => stop('fast'),
    start,
    async restart() {
      await stop('fast');
      await start();
    },
    async kill() {
      const pid = Number(readFileSync(join(data, 'postmaster.pid'), 'utf8').split('\n')[0]);
      process.kill(pid, 'SIGKILL');
      // The backends notice their postmaster is gone and exit; wait until the pid file can be reused.
      for (let i = 0; i < 100; i++) {
        try {
          process.kill(pid, 0);
        } catch {
          break;
        }
        await new Promise((r) => setTimeout(r, 50));
      }
      running = false;
      // Backends may linger a moment holding the shared memory; pg_ctl start waits for them.
    },
    async destroy() {
      await stop('immediate').catch(() => {});
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return cluster;
}

function postgresUser(): { uid: number; gid: number } {
  const line = readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .find((l) => l.startsWith('postgres:'));
  if (!line) throw new Error('no postgres user: install PostgreSQL (apt-get install -y postgresql)');
  const [, , uid, gid] = line.split(':');
  return { uid: Number(uid), gid: Number(gid) };
}
