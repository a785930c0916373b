// Compiles the hub (hub/, protocol/, printer/) to build/server/ so it runs on plain `node`, no
// tsx or TypeScript at run time. Transpile only (--noCheck): `npm run typecheck` and the tests
// check types; a newcomer's `npm start` should not wait for it. Plain JS so it runs first.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..');
export const SERVER_OUT = join(ROOT, 'build', 'server');
/** The compiled entry point: `node build/server/hub/main.js`. */
export const SERVER_MAIN = join(SERVER_OUT, 'hub', 'main.js');
const STAMP = join(SERVER_OUT, '.build-stamp');
const SOURCES = ['hub', 'protocol', 'printer', 'tsconfig.json', 'tsconfig.server.json', 'package-lock.json'];

/** Newest modification time under `path` (0 when missing). */
export function newest(path) {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let max = st.mtimeMs;
  for (const entry of readdirSync(path)) max = Math.max(max, newest(join(path, entry)));
  return max;
}

/** True when build/server is missing or older than a source. */
export function serverIsStale() {
  const built = existsSync(STAMP) ? statSync(STAMP).mtimeMs : 0;
  return Math.max(...SOURCES.map((s) => newest(join(ROOT, s)))) > built;
}

/** Builds build/server when stale; returns true when it built. Throws when the compiler fails. */
export function buildServerIfStale({ quiet = false } = {}) {
  if (!serverIsStale()) return false;
  if (!quiet) console.log('Building the hub (build/server)...');
  // A clean folder: a source deleted since the last build must not linger as JavaScript.
  rmSync(SERVER_OUT, { recursive: true, force: true });
  const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
  const r = spawnSync(process.execPath, [tsc, '-p', join(ROOT, 'tsconfig.server.json'), '--noCheck'], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`building the hub failed (tsc exit ${r.status})`);
  writeFileSync(STAMP, new Date().toISOString());
  return true;
}

// `node scripts/build-server.mjs` builds it now, stale or not.
if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  rmSync(STAMP, { force: true });
  buildServerIfStale();
}
