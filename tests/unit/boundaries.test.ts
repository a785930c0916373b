// The rooms of the code and who may enter them, checked on every import of every file: the queue
// core stays pure (protocol/ and itself only), the apps talk to the hub through protocol/ only,
// protocol/ depends on nobody, and the benches reach the hub as a user would (never via tests/).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const APPS = ['kiosk', 'board', 'counter', 'admin', 'booking', 'survey', 'ui'];

function files(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules' || name.startsWith('.')) return [];
    if (statSync(join(ROOT, path)).isDirectory()) return files(path);
    return /\.(ts|mjs|js)$/.test(name) ? [path] : [];
  });
}

/** Every relative import of a file, as a path from the project root; bare packages as written. */
function importsOf(file: string): string[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const specs = [...text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1] ?? m[2]);
  return specs.map((s) => (s.startsWith('.') ? relative(ROOT, resolve(ROOT, dirname(file), s)) : s));
}

function breaches(dirs: string[], allowed: (target: string, file: string) => boolean): string[] {
  const out: string[] = [];
  for (const dir of dirs) for (const file of files(dir)) for (const target of importsOf(file)) if (!allowed(target, file)) out.push(`${file} -> ${target}`);
  return out;
}

const inside = (target: string, dir: string) => target === dir || target.startsWith(`${dir}/`);

describe('import boundaries', () => {
  it('the queue core imports only itself and protocol/ (no node:, no packages)', () => {
    expect(breaches(['hub/queue'], (t) => inside(t, 'hub/queue') || inside(t, 'protocol'))).toEqual([]);
  });

  it('the apps never import hub/ (the contract is protocol/)', () => {
    expect(breaches(APPS, (t) => !inside(t, 'hub') && !inside(t, 'printer') && !inside(t, 'cli'))).toEqual([]);
  });

  it('protocol/ imports nothing of ours but itself', () => {
    const ours = ['hub', 'printer', 'cli', 'bench', 'tests', 'testkit', ...APPS];
    expect(breaches(['protocol'], (t) => !ours.some((d) => inside(t, d)))).toEqual([]);
  });

  it('bench/ never imports tests/', () => {
    expect(breaches(['bench'], (t) => !inside(t, 'tests'))).toEqual([]);
  });

  it('the checker sees imports (a check that finds nothing proves nothing)', () => {
    expect(importsOf('hub/queue/decide.ts')).toContain('hub/queue/commands.js');
    expect(importsOf('bench/bench-hub.ts')).toContain('bench/child.js');
  });
});
