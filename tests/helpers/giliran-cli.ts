// Runs the real `giliran` binary (bin/giliran.mjs) as its own process, as a site's staff would.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { ADMIN_PASSWORD, hubProcess, ROOT } from './test-hub.js';

export const GILIRAN_BIN = join(ROOT, 'bin/giliran.mjs');

/** Environment for a CLI run: the hub's variables only, nightly backups off unless asked. */
function cliEnv(env: Record<string, string>): NodeJS.ProcessEnv {
  const base: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, TICKET_RATE_LIMIT: '0', BACKUP_KEEP: '0', LOG_LEVEL: 'info' };
  return { ...base, ...env };
}

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
  /** stdout and stderr together. */
  output: string;
}

export function runCli(args: string[], env: Record<string, string>, timeoutMs = 60_000): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [GILIRAN_BIN, ...args], { cwd: ROOT, env: cliEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('error', reject);
    child.once('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, output: stdout + stderr });
    });
  });
}

/** `giliran start` as a long-running process; `ready` resolves with its URL. */
export function spawnCliHub(env: Record<string, string>, args: string[] = ['start']): { child: ChildProcess; ready: Promise<string>; output: () => string } {
  return hubProcess([GILIRAN_BIN, ...args], cliEnv({ ADMIN_PASSWORD, HOST: '127.0.0.1', PORT: '0', ...env }));
}
