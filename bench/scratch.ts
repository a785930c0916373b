// One temporary folder per bench run for data dirs and builds, removed when the process exits.
import { mkdtempSync, rmSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

let root: string | null = null;

export async function scratchDir(name: string): Promise<string> {
  if (!root) {
    const made = mkdtempSync(join(tmpdir(), 'giliran-bench-'));
    root = made;
    process.on('exit', () => rmSync(made, { recursive: true, force: true }));
  }
  const dir = join(root, name);
  await mkdir(dir, { recursive: true });
  return dir;
}
