// Built assets are immutable (hashed names), so each is gzipped once and kept in memory: cheap
// phones on a busy Wi-Fi get the apps' JavaScript at about a third of its size. Only the files the
// build wrote are known (listed once, at start): any other path falls through to a 404 and is
// never cached, so a scan of made-up asset names cannot fill the heap.
import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { RequestHandler } from 'express';

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

function builtFiles(dir: string): Set<string> {
  try {
    return new Set(readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((f) => f.split('\\').join('/')));
  } catch {
    return new Set(); // not built yet: app-pages says so
  }
}

export type GzipAssets = RequestHandler & { cachedCount(): number };

export function gzipAssets(dir: string): GzipAssets {
  let files = builtFiles(dir);
  const cache = new Map<string, Promise<Buffer | null>>();
  const handler: RequestHandler = async (req, res, next) => {
    const type = TYPES[extname(req.path)];
    if (!type || (req.method !== 'GET' && req.method !== 'HEAD') || !/\bgzip\b/.test(req.get('accept-encoding') ?? '')) return next();
    const rel = req.path.replace(/^\/+/, '');
    // A rebuild while the hub runs brings new names: look again, once, for a name not yet known.
    if (!files.has(rel) && files.size === 0) files = builtFiles(dir);
    if (!files.has(rel)) return next();
    let gz = cache.get(rel);
    if (!gz) {
      gz = readFile(join(dir, rel)).then((b) => gzipSync(b, { level: 9 }), () => null);
      cache.set(rel, gz);
    }
    const body = await gz;
    if (!body) return next();
    res.set({ 'Content-Type': type, 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding', 'Cache-Control': 'public, max-age=31536000, immutable' });
    res.send(body);
  };
  return Object.assign(handler, { cachedCount: () => cache.size });
}
