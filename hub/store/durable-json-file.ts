// A lowdb adapter that makes every write durable: write a temporary file, fsync it, rename it
// over the old one, fsync the folder. A reader never sees a half-written file, and a write that
// returned is on disk. A file that cannot be parsed, or is not of its schema's shape, is
// reported, never overwritten.
import { open, readFile, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Adapter } from 'lowdb';
import type { z } from 'zod';
import { firstIssue } from './data-file-schemas.js';

/** A data file the hub must not run on: main.ts stops with exit code 3 and this message. */
export class StoreCorruptError extends Error {
  /**
   * @param problem what is wrong, after the path: an Error (from JSON.parse or the disk) reads
   *   "cannot be read as JSON (...)"; a string is used as it is ("line 7 is not JSON: ...").
   */
  constructor(
    readonly path: string,
    problem: unknown,
  ) {
    const what = typeof problem === 'string' ? problem : `cannot be read as JSON (${problem instanceof Error ? problem.message : String(problem)})`;
    super(`${path} ${what}. Giliran stopped without touching it: restore the file from a backup or move it away, then start again.`);
    this.name = 'StoreCorruptError';
  }
}

/** Checks `data` against `schema`; throws StoreCorruptError naming the file and the first problem. */
export function checkShape<T>(path: string, schema: z.ZodType, data: unknown, what = 'is valid JSON but not the expected shape'): T {
  const r = schema.safeParse(data);
  if (!r.success) throw new StoreCorruptError(path, `${what} (${firstIssue(r.error)})`);
  return data as T;
}

let tmpCounter = 0;

export async function fsyncDir(dir: string): Promise<void> {
  const fd = await open(dir, 'r');
  try {
    await fd.sync();
  } finally {
    await fd.close();
  }
}

/** Atomically replaces `path` with `text`, durably. */
export async function writeFileDurably(path: string, text: string): Promise<void> {
  const dir = dirname(path);
  const tmp = join(dir, `.${basename(path)}.${process.pid}.${++tmpCounter}.tmp`);
  const fd = await open(tmp, 'w', 0o600);
  try {
    await fd.writeFile(text);
    await fd.sync();
  } catch (err) {
    await fd.close().catch(() => {});
    await unlink(tmp).catch(() => {});
    throw err;
  }
  await fd.close();
  try {
    await rename(tmp, path);
  } catch (err) {
    await unlink(tmp).catch(() => {});
    throw err;
  }
  await fsyncDir(dir);
}

export class DurableJsonFile<T> implements Adapter<T> {
  /** With a schema, a file of another shape (`null`, an array, a missing field) is refused on read. */
  constructor(
    readonly path: string,
    private readonly schema?: z.ZodType,
  ) {}

  async read(): Promise<T | null> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw new StoreCorruptError(this.path, err);
    }
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (err) {
      throw new StoreCorruptError(this.path, err);
    }
    return this.schema ? checkShape<T>(this.path, this.schema, data) : (data as T);
  }

  async write(data: T): Promise<void> {
    await writeFileDurably(this.path, JSON.stringify(data));
  }
}
