// Converts a data folder of the first release (whole-day JSON: days/YYYY-MM-DD.json and
// audit/YYYY-MM-DD.json, {"day", "events": [...]}) to JSON Lines, once, on the first start.
// Every new file is written whole and durably (temp file, fsync, rename, folder fsync) before
// any old one is moved aside into days/.v1/ (audit/.v1/); the old files are kept there.
// A crash half-way leaves old files in place: the next start converts them again (nothing has
// been appended yet, since the store opens only after the migration).
import { mkdir, readdir, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { v1DayFileSchema } from '../data-file-schemas.js';
import { DurableJsonFile, fsyncDir, writeFileDurably } from '../durable-json-file.js';
import type { LogFormat } from './append-log.js';
import { parseJsonl, toJsonl } from './jsonl.js';

const V1_FILE = /^(\d{4}-\d{2}-\d{2})\.json$/;
export const V1_FOLDER = '.v1';

/** Converts one folder's v1 files; returns how many. Bad files throw StoreCorruptError, untouched. */
export async function migrateV1Folder<T>(folder: string, format: LogFormat<T>): Promise<number> {
  const names = (await readdir(folder)).filter((f) => V1_FILE.test(f)).sort();
  if (names.length === 0) return 0;
  for (const name of names) {
    const path = join(folder, name);
    const file = await new DurableJsonFile<{ day: string; events: unknown[] }>(path, v1DayFileSchema).read();
    const text = toJsonl(file!.events);
    // The converted lines pass the same checks as any log line, before anything is written.
    parseJsonl(path, Buffer.from(text), format.schema, format.check);
    await writeFileDurably(join(folder, name.replace(/\.json$/, '.jsonl')), text);
  }
  const aside = join(folder, V1_FOLDER);
  await mkdir(aside, { recursive: true, mode: 0o700 });
  for (const name of names) await rename(join(folder, name), join(aside, name));
  await fsyncDir(aside);
  await fsyncDir(folder);
  return names.length;
}
