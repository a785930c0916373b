// Automatic backups: once a day at BACKUP_TIME (site time) the running hub writes a backup into
// BACKUP_DIR and keeps the newest BACKUP_KEEP nightly ones. A hub that was off at that time backs
// up when it comes back the same day. Manual backups (`giliran backup`) are never pruned.
import { readdir, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { hhmmToMinutes, localDate, localMinutes } from '../queue/local-time.js';
import { backupFileName, createBackup } from './backup-archive.js';

const NIGHTLY = /^giliran-(\d{4}-\d{2}-\d{2})T\d{6}-nightly\.tar\.gz$/;

export interface NightlyBackupOptions {
  dataDir: string;
  backupDir: string;
  keep: number;
  /** HH:MM site time. */
  time: string;
  timezone: () => string;
  now?: () => Date;
  logger: { info(fields: object, msg: string): void; error(fields: object, msg: string): void };
  checkEveryMs?: number;
}

/** Deletes all but the newest `keep` nightly backups; returns the deleted names. */
export async function pruneNightlyBackups(backupDir: string, keep: number): Promise<string[]> {
  const names = (await readdir(backupDir).catch(() => [] as string[])).filter((n) => NIGHTLY.test(n)).sort();
  const old = names.slice(0, Math.max(0, names.length - keep));
  for (const n of old) await unlink(join(backupDir, n));
  return old;
}

function localClock(date: Date, timeZone: string): string {
  const m = localMinutes(date, timeZone);
  const s = date.getUTCSeconds();
  return `${String(Math.floor(m / 60)).padStart(2, '0')}${String(m % 60).padStart(2, '0')}${String(s).padStart(2, '0')}`;
}

export class NightlyBackup {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;

  constructor(private readonly opts: NightlyBackupOptions) {}

  start(): void {
    if (this.opts.keep <= 0) return;
    const tick = () => void this.checkNow();
    this.timer = setInterval(tick, this.opts.checkEveryMs ?? 60_000);
    this.timer.unref();
    tick();
  }

  /** Runs the backup when it is due today and not done yet. Resolves when any run ends. */
  checkNow(): Promise<void> {
    this.running ??= this.runIfDue().finally(() => (this.running = null));
    return this.running;
  }

  private async runIfDue(): Promise<void> {
    const now = (this.opts.now ?? (() => new Date()))();
    const tz = this.opts.timezone();
    if (localMinutes(now, tz) < hhmmToMinutes(this.opts.time)) return;
    const today = localDate(now, tz);
    const existing = await readdir(this.opts.backupDir).catch(() => [] as string[]);
    if (existing.some((n) => NIGHTLY.exec(n)?.[1] === today)) return;
    const file = join(this.opts.backupDir, backupFileName(today, localClock(now, tz), '-nightly'));
    try {
      const manifest = await createBackup(this.opts.dataDir, file, { excludeDirs: [this.opts.backupDir], now });
      const pruned = await pruneNightlyBackups(this.opts.backupDir, this.opts.keep);
      this.opts.logger.info({ file, files: manifest.files.length, pruned }, 'nightly backup written');
    } catch (err) {
      this.opts.logger.error({ file, error: (err as Error).message }, 'nightly backup FAILED: check that BACKUP_DIR is writable and has room');
    }
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }
}
