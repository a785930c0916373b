// 4. JavaScript each app loads, gzip level 9: the entry its HTML names, its modulepreloads, and
// every chunk those import statically (dynamic imports load later and are listed apart).
// Baseline: the same for a bundle of just Lit + socket.io-client, built in the same run.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { builtApps, builtFloor } from './build-apps.js';
import { kb, times } from './stats.js';
import type { Row } from './summary.js';

const PAGES: { name: string; html: string; targetKb: number | null }[] = [
  { name: 'board', html: 'board/index.html', targetKb: 60 },
  { name: 'kiosk', html: 'kiosk/index.html', targetKb: 80 },
  { name: 'kiosk ticket page (/t/)', html: 'kiosk/ticket.html', targetKb: null },
  { name: 'counter', html: 'counter/index.html', targetKb: 90 },
  { name: 'admin', html: 'admin/index.html', targetKb: null },
];

interface PageJs {
  files: string[];
  raw: number;
  gzip: number;
  lazy: string[];
}

const STATIC_IMPORT = /\b(?:import|export)\s*(?:[^"'();]*?\bfrom\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g;
const DYNAMIC_IMPORT = /\bimport\(\s*["'](\.{1,2}\/[^"']+\.js)["']\s*\)/g;

/** The JS a built HTML page loads before it runs, following static imports. */
export function pageJs(outDir: string, htmlPath: string): PageJs {
  const html = readFileSync(join(outDir, htmlPath), 'utf8');
  const tags = [...html.matchAll(/<script[^>]*type="module"[^>]*\ssrc="([^"]+)"|<link[^>]*rel="modulepreload"[^>]*\shref="([^"]+)"/g)];
  const toFile = (url: string) => (url.startsWith('/') ? join(outDir, url) : resolve(dirname(join(outDir, htmlPath)), url));
  const queue = tags.map((m) => toFile(m[1] ?? m[2]));
  const seen = new Set<string>();
  const lazy = new Set<string>();
  let raw = 0;
  let gzip = 0;
  for (let file = queue.shift(); file; file = queue.shift()) {
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(file);
    raw += code.length;
    gzip += gzipSync(code, { level: 9 }).length;
    const text = code.toString();
    for (const m of text.matchAll(STATIC_IMPORT)) queue.push(resolve(dirname(file), m[1]));
    for (const m of text.matchAll(DYNAMIC_IMPORT)) lazy.add(resolve(dirname(file), m[1]));
  }
  const name = (f: string) => f.slice(outDir.length + 1);
  return { files: [...seen].map(name), raw, gzip, lazy: [...lazy].filter((f) => !seen.has(f)).map(name) };
}

export async function bundleSize(): Promise<Row[]> {
  const apps = await builtApps();
  const floor = pageJs(await builtFloor(), 'index.html');
  console.log('gzip -9 of the JS each page loads (static imports followed); KB = 1024 bytes');
  console.log(`floor (Lit + socket.io-client)  ${kb(floor.gzip).padStart(9)} gzip  ${kb(floor.raw).padStart(9)} raw`);
  const rows: Row[] = [];
  for (const page of PAGES) {
    if (!existsSync(join(apps, page.html))) {
      console.log(`${page.name.padEnd(31)} not built (no ${page.html} in the tree yet)`);
      if (page.targetKb !== null) rows.push({ bench: `4. ${page.name} JS, gzip`, target: `<= ${page.targetKb} KB`, measured: 'not built yet', met: null });
      continue;
    }
    const js = pageJs(apps, page.html);
    console.log(
      `${page.name.padEnd(31)} ${kb(js.gzip).padStart(9)} gzip  ${kb(js.raw).padStart(9)} raw  ${times(js.gzip, floor.gzip)} floor  ` +
        `${js.files.length} files${js.lazy.length ? `; later, dynamic: ${js.lazy.join(', ')}` : ''}`,
    );
    rows.push({
      bench: `4. ${page.name} JS, gzip`,
      target: page.targetKb === null ? '-' : `<= ${page.targetKb} KB`,
      measured: `${kb(js.gzip)} (floor Lit + socket.io-client: ${kb(floor.gzip)}; ${times(js.gzip, floor.gzip)})`,
      met: page.targetKb === null ? null : js.gzip <= page.targetKb * 1024,
    });
  }
  return rows;
}
