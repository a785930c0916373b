// Builds the browser apps with the project's own vite.config.ts into a scratch folder (never
// touching dist/, which others use), once per bench run: the bundle figures and the board in
// Chromium both use this build.
import { resolve } from 'node:path';
import { build } from 'vite';
import { ROOT } from './child.js';
import { scratchDir } from './scratch.js';

let apps: Promise<string> | null = null;

/** The folder holding the built apps (as dist/ would: board/index.html, assets/, ...). */
export function builtApps(): Promise<string> {
  apps ??= (async () => {
    const outDir = await scratchDir('dist');
    await build({ configFile: resolve(ROOT, 'vite.config.ts'), build: { outDir, emptyOutDir: true }, logLevel: 'warn' });
    return outDir;
  })();
  return apps;
}

/** The floor app (bench/bundle-floor: Lit + socket.io-client only), built the same way. */
export async function builtFloor(): Promise<string> {
  const outDir = await scratchDir('floor');
  await build({ configFile: false, root: resolve(ROOT, 'bench/bundle-floor'), base: '/', publicDir: false, build: { outDir, emptyOutDir: true, target: 'es2022' }, logLevel: 'warn' });
  return outDir;
}
