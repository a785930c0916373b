// `npm start`: builds the browser apps and the hub when they are missing or older than their
// sources, then runs the compiled hub with plain node (no tsx at run time).
// Plain JS so it runs before anything is compiled.
import { spawnSync, spawn } from 'node:child_process';
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildServerIfStale, newest, ROOT as root, SERVER_MAIN, SERVER_NODE_ARGS } from './build-server.mjs';

const stamp = join(root, 'dist', '.build-stamp');
const sources = ['ui', 'kiosk', 'board', 'counter', 'admin', 'survey', 'booking', 'protocol', 'vite.config.ts', 'package-lock.json'];

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

try {
  buildServerIfStale();
} catch (err) {
  console.error(`${err.message}; the hub was not started.`);
  process.exit(1);
}

const hub = spawn(process.execPath, [...SERVER_NODE_ARGS, SERVER_MAIN], { cwd: root, stdio: 'inherit' });
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => hub.kill(sig));
hub.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
