// One JSON Lines file written by appending: the file is opened ('a') and kept open while appends
// follow one another (closed when the log falls idle); each group commit appends its batch with one write and makes it durable with one fdatasync, so a
// flush costs O(batch), never O(file). The folder is fsynced only when the file is created.
// After a failed flush the file is cut back to its last durable length and the log refuses
// appends until it is reloaded, so no entry that depends on a lost one can reach the disk.
import { open, readFile, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { z } from 'zod';
import { fsyncDir } from '../durable-json-file.js';
import { GroupCommit } from '../group-commit.js';
import { parseJsonl, toJsonl } from './jsonl.js';

export interface LogFormat<T> {
  /** The shape of one line (zod), for small logs; big ones check their shape in `check`. */
  schema?: z.ZodType;
  /** A check of a parsed line and across lines (e.g. seq rising): a problem to report, or null. */
  check?: (entry: T, previous: T | undefined) => string | null;
}

export class AppendLog<T> {
  private fd: FileHandle | null = null;
  /** Length of the file that is durable and whole: appends go after it, readers stop at it. */
  private size = 0;
  private exists = false;
  private pending: string[] = [];
  private failure: Error | null = null;
  /** Bumped by load(): appends made before it are discarded, never reported as written. */
  private generation = 0;
  private readonly commit = new GroupCommit(() => this.writePending());

  constructor(
    readonly path: string,
    private readonly format: LogFormat<T>,
    private readonly log: (msg: string) => void,
  ) {}

  /**
   * Reads the file for the writer (null when it does not exist): a torn last line is cut off the
   * file and reported; a bad complete line throws StoreCorruptError. Clears any failure and
   * anything unflushed.
   */
  async load(): Promise<T[] | null> {
    await this.idle();
    this.pending = [];
    this.failure = null;
    this.generation++;
    await this.closeFile();
    let buf: Buffer;
    try {
      buf = await readFile(this.path);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
      this.exists = false;
      this.size = 0;
      return null;
    }
    const content = parseJsonl<T>(this.path, buf, this.format.schema, this.format.check);
    this.exists = true;
    this.size = content.validBytes;
    if (content.tornBytes > 0) {
      const fd = await open(this.path, 'r+');
      try {
        await fd.truncate(content.validBytes);
        await fd.datasync();
      } finally {
        await fd.close();
      }
      this.log(`${this.path}: cut a torn last line (${content.tornBytes} bytes at byte offset ${content.validBytes}); it was never acknowledged`);
    }
    return content.entries;
  }

  /** Bytes that are durable and whole (what a reader may take while appends run). */
  get durableSize(): number {
    return this.size;
  }

  /** Resolves once `entries` are on disk (fdatasync'd). Concurrent calls share one flush. */
  append(entries: readonly T[]): Promise<void> {
    if (this.failure) return Promise.reject(this.failure);
    this.pending.push(toJsonl(entries));
    const generation = this.generation;
    return this.commit.flush().then(() => {
      if (generation !== this.generation) throw new Error('discarded: the log was reloaded from disk before this write');
    });
  }

  private async writePending(): Promise<void> {
    if (this.failure) throw this.failure;
    if (this.pending.length === 0) return;
    const buf = Buffer.from(this.pending.join(''));
    this.pending = [];
    try {
      if (!this.fd) {
        this.fd = await open(this.path, 'a', 0o600);
        if (!this.exists) {
          await fsyncDir(dirname(this.path));
          this.exists = true;
        }
      }
      for (let off = 0; off < buf.length; ) off += (await this.fd.write(buf, off, buf.length - off)).bytesWritten;
      await this.fd.datasync();
      this.size += buf.length;
      // Idle (nothing appended meanwhile): let the file go, so nothing holds it open for writing
      // between bursts (a read-only remount is refused while a file is open for writing).
      // Under load the flushes follow one another and the handle stays open.
      if (this.pending.length === 0) await this.closeFile();
    } catch (err) {
      this.pending = [];
      this.failure = err instanceof Error ? err : new Error(String(err));
      // Whatever part of the batch reached the file was never acknowledged: take it back.
      await this.fd?.truncate(this.size).catch(() => {});
      await this.closeFile();
      throw this.failure;
    }
  }

  idle(): Promise<void> {
    return this.commit.idle();
  }

  private async closeFile(): Promise<void> {
    const fd = this.fd;
    this.fd = null;
    await fd?.close().catch(() => {});
  }

  /** Waits for flushes in flight, then closes the file. */
  async close(): Promise<void> {
    await this.idle();
    await this.closeFile();
  }
}

/** A reader's view of a log file: complete lines only, up to `limit` bytes when a writer is appending. */
export async function readLogFile<T>(path: string, format: LogFormat<T>, limit?: number): Promise<T[] | null> {
  let buf: Buffer;
  try {
    buf = await readFile(path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
  if (limit !== undefined && limit < buf.length) buf = buf.subarray(0, limit);
  return parseJsonl<T>(path, buf, format.schema, format.check).entries;
}
