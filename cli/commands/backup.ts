// giliran backup [--to FILE]: one consistent archive of the data folder, while the hub runs.
import { join, resolve } from 'node:path';
import { backupFileName, BackupError, createBackup } from '../../hub/ops/backup-archive.js';
import { localDate, localMinutes } from '../../hub/queue/local-time.js';
import { CliError, cliConfig } from '../cli-config.js';

function timestamp(now: Date, timeZone: string): { date: string; time: string } {
  const m = localMinutes(now, timeZone);
  const pad = (n: number) => String(n).padStart(2, '0');
  return { date: localDate(now, timeZone), time: `${pad(Math.floor(m / 60))}${pad(m % 60)}${pad(now.getUTCSeconds())}` };
}

export async function backupCommand(opts: { to?: string }): Promise<void> {
  const config = cliConfig();
  const now = new Date();
  const { date, time } = timestamp(now, config.timezone);
  const out = opts.to ? resolve(opts.to) : join(config.backupDir, backupFileName(date, time));
  try {
    const manifest = await createBackup(config.dataDir, out, { excludeDirs: [config.backupDir], now });
    const bytes = manifest.files.reduce((n, f) => n + f.size, 0);
    console.log(`Cadangan ditulis / backup written: ${out}`);
    console.log(`  ${manifest.files.length} file(s), ${bytes} byte(s) of data from ${config.dataDir}`);
  } catch (err) {
    if (err instanceof BackupError) throw new CliError(`Cadangan gagal / backup failed: ${err.message}`);
    const e = err as NodeJS.ErrnoException;
    if (e.code === 'EACCES' || e.code === 'EPERM' || e.code === 'EROFS') {
      throw new CliError(`Cadangan gagal / backup failed: ${e.message}. Run as the hub's user (sudo -u giliran giliran backup) or choose another place with --to FILE.`);
    }
    throw err;
  }
}
