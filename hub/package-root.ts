// The folder of package.json, found from this file: hub/ under tsx, build/server/hub/ when
// compiled (npm start), so paths such as dist/ resolve the same way in both.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

function find(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) return dirname(from);
  }
}

export const PACKAGE_ROOT = find(import.meta.dirname);
