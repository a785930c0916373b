// Servers under test run in their own Node process, so the load generator never shares their
// event loop. A child prints "bench-ready <url>" once it listens; stop() ends it (SIGKILL after a
// grace period: a server may sit on seconds of queued writes we no longer care about).
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..');

export interface Child {
  url: string;
  pid: number;
  /** Milliseconds from spawn to listening: includes loading the store. */
  startMs: number;
  stop(): Promise<void>;
}

const running = new Set<ChildProcess>();
// A bench interrupted half-way must not leave servers behind.
process.on('exit', () => {
  for (const c of running) c.kill('SIGKILL');
});

export interface ChildOptions {
  /** Run this built JavaScript file with plain node instead of `script` under tsx. */
  builtFile?: string;
  /** Node options before the file (with builtFile). */
  nodeArgs?: string[];
  /** The line that says it listens, its first group the URL (default: "bench-ready <url>"). */
  ready?: RegExp;
}

export async function startChild(script: string, env: Record<string, string>, timeoutMs = 90_000, opts: ChildOptions = {}): Promise<Child> {
  const started = performance.now();
  // BENCH_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" profiles the servers under load.
  const nodeArgs = process.env.BENCH_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
  const entry = opts.builtFile ? [...(opts.nodeArgs ?? []), opts.builtFile] : ['--import', 'tsx', resolve(ROOT, script)];
  const ready = opts.ready ?? /bench-ready (\S+)/;
  const child = spawn(process.execPath, [...nodeArgs, ...entry], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  let output = '';
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const url = await new Promise<string>((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`${script} not ready after ${timeoutMs} ms:\n${output}`)), timeoutMs);
    const onData = (d: Buffer) => {
      output = (output + d.toString()).slice(-4000);
      const m = ready.exec(output);
      if (m) {
        clearTimeout(timer);
        ok(m[1].replace('//localhost:', '//127.0.0.1:'));
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`${script} exited with ${code}:\n${output}`));
    });
  });
  const startMs = performance.now() - started;
  return {
    url,
    pid: child.pid!,
    startMs,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const grace = setTimeout(() => child.kill('SIGKILL'), 3000);
        await exited;
        clearTimeout(grace);
      }
      running.delete(child);
    },
  };
}

/** Resident memory of a process in bytes (VmRSS, or VmHWM for the peak). */
export function residentBytes(pid: number, field: 'VmRSS' | 'VmHWM' = 'VmRSS'): number {
  const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  if (!m) throw new Error(`no ${field} for pid ${pid}`);
  return Number(m[1]) * 1024;
}
