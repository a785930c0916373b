// Reading a JSON Lines file (one JSON value per line, each line ended by "\n") with the two
// recoveries storage v2 promises: an unfinished last line (power lost mid-append: it was never
// acknowledged, since the ack follows the fdatasync that covers its "\n") is reported as a torn
// tail for the writer to cut; any complete line that does not parse or has the wrong shape stops
// the hub with file and line named, never skipped.
import type { z } from 'zod';
import { firstIssue } from '../data-file-schemas.js';
import { StoreCorruptError } from '../durable-json-file.js';

export interface JsonlContent<T> {
  entries: T[];
  /** Bytes of complete lines: where the next append belongs. */
  validBytes: number;
  /** Bytes after the last "\n" (0 when the file ends cleanly). */
  tornBytes: number;
}

/**
 * Parses `buf` (the file's bytes). `check` may add checks across lines (e.g. seq rising); it
 * returns a problem to report or null. Splitting on the byte 0x0A is safe in UTF-8.
 */
export function parseJsonl<T>(path: string, buf: Buffer, schema: z.ZodType | undefined, check?: (entry: T, previous: T | undefined) => string | null): JsonlContent<T> {
  const entries: T[] = [];
  let start = 0;
  let line = 0;
  for (;;) {
    const end = buf.indexOf(0x0a, start);
    if (end < 0) break;
    line++;
    const text = buf.toString('utf8', start, end);
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (err) {
      throw new StoreCorruptError(path, `line ${line} (byte ${start}) is not JSON (${(err as Error).message})`);
    }
    const r = schema?.safeParse(value) ?? { success: true as const };
    if (!r.success) throw new StoreCorruptError(path, `line ${line} (byte ${start}) is not the expected shape (${firstIssue(r.error)})`);
    const problem = check?.(value as T, entries.at(-1));
    if (problem) throw new StoreCorruptError(path, `line ${line} (byte ${start}): ${problem}`);
    entries.push(value as T);
    start = end + 1;
  }
  return { entries, validBytes: start, tornBytes: buf.length - start };
}

/** The text appended for a batch: one line per entry. */
export function toJsonl(entries: readonly unknown[]): string {
  let text = '';
  for (const e of entries) text += JSON.stringify(e) + '\n';
  return text;
}
