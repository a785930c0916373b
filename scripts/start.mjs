// `npm start`: builds the browser apps when they are missing or older than their sources, then
// runs the hub. Plain JS so it runs before anything is compiled.
import { spawnSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const stamp = join(root, 'dist', '.build-stamp');
const sources = ['ui', 'kiosk', 'board', 'counter', 'admin', 'protocol', 'vite.config.ts', 'package-lock.json'];

function newest(path) {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let max = st.mtimeMs;
  for (const entry of readdirSync(path)) max = Math.max(max, newest(join(path, entry)));
  return max;
}

const built = existsSync(stamp) ? statSync(stamp).mtimeMs : 0;
const changed = Math.max(...sources.map((s) => newest(join(root, s))));
if (changed > built) {
  console.log('Building the apps (kiosk, board, counter, admin)...');
  const r = spawnSync(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error('The build failed; the hub was not started.');
    process.exit(r.status ?? 1);
  }
  writeFileSync(stamp, new Date().toISOString());
}

const hub = spawn(process.execPath, ['--import', 'tsx', join(root, 'hub/main.ts')], { cwd: root, stdio: 'inherit' });
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => hub.kill(sig));
hub.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
