// One backup = one .tar.gz of the data folder's files plus a manifest (path, size, sha256 of each),
// taken while the hub runs. Files are copied generically, never parsed, so a new storage format
// needs no change here. Consistency without stopping the queue comes from how the store writes:
// small JSON documents are replaced whole by rename, and event/audit logs are only ever appended
// to. So at one moment every file is stat'ed (and the recently changed ones opened); then each is
// read up to the size it had at that moment from the inode it had then. A replaced document is
// read from its old inode (complete), an appended log is cut at that size and, for JSON Lines, at
// its last complete line.
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { lstat, mkdir, open, readdir, rename, rm, rmdir, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import { fsyncDir } from '../store/durable-json-file.js';
import { PID_FILE } from './pid-file.js';

/** tar-stream, loaded when a backup or restore runs (a hub that only serves never needs it). */
const tarStream = async () => (await import('tar-stream')).default;

export const MANIFEST_NAME = 'giliran-backup.json';

export interface BackupFile {
  /** Relative to the data folder, with forward slashes. */
  path: string;
  size: number;
  sha256: string;
}

export interface BackupManifest {
  format: 'giliran-backup';
  version: 1;
  createdAt: string;
  /** The data folder it was taken from (for the operator's eyes only). */
  source: string;
  files: BackupFile[];
}

export class BackupError extends Error {
  override readonly name = 'BackupError';
}

/** Files modified this recently are opened at the backup's moment; older ones are at rest. */
const LIVE_WINDOW_MS = 48 * 3600_000;
const MAX_OPEN_AT_ONCE = 256;

interface Found {
  rel: string;
  abs: string;
  ino: number;
  size: number;
  mtime: Date;
  handle?: FileHandle;
}

/** Temp files, hidden files (write probes, staging), the pid file and the backups themselves. */
function skipped(name: string): boolean {
  return name.startsWith('.') || name.endsWith('.tmp') || name === PID_FILE;
}

async function walk(dataDir: string, excludeDirs: string[]): Promise<Found[]> {
  const found: Found[] = [];
  const visit = async (dir: string): Promise<void> => {
    for (const entry of (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
      if (skipped(entry.name)) continue;
      const abs = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!excludeDirs.includes(resolve(abs))) await visit(abs);
      } else if (entry.isFile()) {
        const st = await lstat(abs);
        found.push({ rel: relative(dataDir, abs).split(sep).join('/'), abs, ino: st.ino, size: st.size, mtime: st.mtime });
      }
    }
  };
  await visit(dataDir);
  return found;
}

async function readUpTo(handle: FileHandle, size: number): Promise<Buffer> {
  const buf = Buffer.alloc(size);
  let done = 0;
  while (done < size) {
    const { bytesRead } = await handle.read(buf, done, size - done, done);
    if (bytesRead === 0) break;
    done += bytesRead;
  }
  return buf.subarray(0, done);
}

/** The file's bytes as of the backup's moment. */
async function snapshotBytes(f: Found): Promise<Buffer | null> {
  let handle = f.handle;
  let size = f.size;
  if (!handle) {
    try {
      handle = await open(f.abs, 'r');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null; // removed since (a temp file)
      throw err;
    }
    const st = await handle.stat();
    // Replaced by rename since the moment: the new document is whole too, take all of it.
    if (st.ino !== f.ino) size = st.size;
  }
  try {
    let bytes = await readUpTo(handle, size);
    if (f.rel.endsWith('.jsonl')) {
      // An append in progress at the moment may have left half a line.
      const lastNewline = bytes.lastIndexOf(0x0a);
      bytes = bytes.subarray(0, lastNewline + 1);
    }
    return bytes;
  } finally {
    await handle.close();
  }
}

function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** "giliran-2026-12-04T023000" + suffix + ".tar.gz", from local date and time parts. */
export function backupFileName(localDate: string, localTime: string, suffix = ''): string {
  return `giliran-${localDate}T${localTime.replace(/:/g, '')}${suffix}.tar.gz`;
}

/**
 * Writes the archive to `outFile` (via a temp file and a rename: a half-written backup never has
 * the final name). Excludes `excludeDirs` (absolute), e.g. the backup folder inside the data folder.
 */
export async function createBackup(dataDir: string, outFile: string, opts: { excludeDirs?: string[]; now?: Date } = {}): Promise<BackupManifest> {
  const root = resolve(dataDir);
  try {
    if (!(await lstat(root)).isDirectory()) throw new BackupError(`${root} is not a folder`);
  } catch (err) {
    if (err instanceof BackupError) throw err;
    throw new BackupError(`the data folder ${root} cannot be read (${(err as Error).message})`);
  }
  const excludeDirs = (opts.excludeDirs ?? []).map((d) => resolve(d));
  const out = resolve(outFile);
  const files = await walk(root, excludeDirs);
  // The moment: open what may still change, oldest-changed last, bounded.
  const cutoff = Date.now() - LIVE_WINDOW_MS;
  const live = files.filter((f) => f.mtime.getTime() >= cutoff).slice(0, MAX_OPEN_AT_ONCE);
  try {
    for (const f of live) {
      try {
        f.handle = await open(f.abs, 'r');
        const st = await f.handle.stat();
        if (st.ino !== f.ino) f.size = st.size;
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
      }
    }
    const manifest: BackupManifest = { format: 'giliran-backup', version: 1, createdAt: (opts.now ?? new Date()).toISOString(), source: root, files: [] };
    await mkdir(dirname(out), { recursive: true });
    const tmp = join(dirname(out), `.${basename(out)}.${process.pid}.tmp`);
    const pack = (await tarStream()).pack();
    const written = pipeline(pack, createGzip(), createWriteStream(tmp, { mode: 0o600 }));
    const add = (name: string, bytes: Buffer, mtime: Date) =>
      new Promise<void>((ok, fail) => pack.entry({ name, size: bytes.length, mode: 0o600, mtime }, bytes, (err) => (err ? fail(err) : ok())));
    try {
      for (const f of files) {
        const bytes = await snapshotBytes(f);
        f.handle = undefined;
        if (!bytes) continue;
        manifest.files.push({ path: f.rel, size: bytes.length, sha256: sha256(bytes) });
        await add(f.rel, bytes, f.mtime);
      }
      await add(MANIFEST_NAME, Buffer.from(JSON.stringify(manifest, null, 2)), new Date());
      pack.finalize();
      await written;
      const fd = await open(tmp, 'r');
      await fd.sync();
      await fd.close();
      await rename(tmp, out);
      await fsyncDir(dirname(out));
    } catch (err) {
      pack.destroy();
      await written.catch(() => {});
      await rm(tmp, { force: true });
      throw err;
    }
    return manifest;
  } finally {
    await Promise.all(files.map((f) => f.handle?.close().catch(() => {})));
  }
}

function safeEntryName(name: string): string {
  const clean = name.replace(/^\.\//, '');
  if (!clean || clean.startsWith('/') || clean.split('/').some((p) => p === '..' || p === '') || clean.includes('\\')) {
    throw new BackupError(`the archive holds an unsafe path "${name}": it is not a Giliran backup`);
  }
  return clean;
}

/** Reads an archive's manifest and files into memory-light form: checks every sha256. */
async function extractTo(archive: string, staging: string): Promise<BackupManifest> {
  const extract = (await tarStream()).extract();
  const seen = new Map<string, { size: number; sha256: string }>();
  let manifest: BackupManifest | null = null;
  const consumed = (async () => {
    for await (const entry of extract) {
      const chunks: Buffer[] = [];
      for await (const chunk of entry) chunks.push(chunk as Buffer);
      if (entry.header.type !== 'file') continue;
      const name = safeEntryName(entry.header.name);
      const bytes = Buffer.concat(chunks);
      if (name === MANIFEST_NAME) {
        manifest = JSON.parse(bytes.toString('utf8')) as BackupManifest;
        continue;
      }
      const path = join(staging, ...name.split('/'));
      await mkdir(dirname(path), { recursive: true });
      const fd = await open(path, 'wx', 0o600);
      try {
        await fd.writeFile(bytes);
        await fd.sync();
      } finally {
        await fd.close();
      }
      seen.set(name, { size: bytes.length, sha256: sha256(bytes) });
    }
  })();
  try {
    await pipeline(createReadStream(archive), createGunzip(), extract);
    await consumed;
  } catch (err) {
    await consumed.catch(() => {});
    if (err instanceof BackupError) throw err;
    throw new BackupError(`${archive} cannot be read as a Giliran backup (${(err as Error).message})`);
  }
  const m = manifest as BackupManifest | null;
  if (!m || m.format !== 'giliran-backup' || m.version !== 1) throw new BackupError(`${archive} has no Giliran backup manifest (${MANIFEST_NAME}): it is not a Giliran backup`);
  for (const f of m.files) {
    const got = seen.get(f.path);
    if (!got) throw new BackupError(`${archive} is incomplete: ${f.path} is listed but missing`);
    if (got.sha256 !== f.sha256 || got.size !== f.size) throw new BackupError(`${archive} is damaged: ${f.path} does not match its checksum`);
  }
  return m;
}

async function isEmptyOrMissing(dir: string): Promise<boolean> {
  try {
    return (await readdir(dir)).length === 0;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return true;
    throw err;
  }
}

/**
 * Restores `archive` into `dataDir`, which must be missing or empty. Extracts into a hidden
 * staging folder inside it (so the service user, who owns the data folder but not its parent,
 * can restore) and moves the checked files into place only at the end: a failed restore leaves
 * the folder empty.
 */
export async function restoreBackup(archive: string, dataDir: string): Promise<BackupManifest> {
  const target = resolve(dataDir);
  try {
    await lstat(archive);
  } catch {
    throw new BackupError(`${archive} does not exist`);
  }
  if (!(await isEmptyOrMissing(target))) {
    throw new BackupError(`${target} is not empty: restore only into an empty data folder (move the current one away first, or set DATA_DIR to a new folder)`);
  }
  await mkdir(target, { recursive: true, mode: 0o700 });
  const staging = join(target, `.restoring-${process.pid}`);
  await mkdir(staging, { mode: 0o700 });
  try {
    const manifest = await extractTo(archive, staging);
    // Every file was fsynced as written; now the folders that name them.
    for (const d of await readdir(staging, { recursive: true, withFileTypes: true })) if (d.isDirectory()) await fsyncDir(join(d.parentPath, d.name));
    await fsyncDir(staging);
    for (const entry of await readdir(staging)) await rename(join(staging, entry), join(target, entry));
    await rmdir(staging);
    await fsyncDir(target);
    return manifest;
  } catch (err) {
    await rm(staging, { recursive: true, force: true });
    throw err;
  }
}
