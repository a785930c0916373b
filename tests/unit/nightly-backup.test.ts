// Nightly backups: due at BACKUP_TIME site time, once a day (also when the hub comes back later
// that day), the newest BACKUP_KEEP nightly archives kept, manual ones never pruned.
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NightlyBackup, pruneNightlyBackups } from '../../hub/ops/nightly-backup.js';
import { tempDataDir } from '../helpers/test-hub.js';

function setup(keep: number) {
  const dataDir = tempDataDir();
  writeFileSync(join(dataDir, 'config.json'), '{"services":[]}');
  const backupDir = join(dataDir, 'backups');
  let now = new Date('2026-12-04T18:00:00Z'); // 02:00 WITA on Dec 5
  const errors: string[] = [];
  const nightly = new NightlyBackup({
    dataDir,
    backupDir,
    keep,
    time: '02:30',
    timezone: () => 'Asia/Makassar',
    now: () => now,
    logger: { info: () => {}, error: (_f, msg) => errors.push(msg) },
  });
  return { backupDir, nightly, errors, setNow: (iso: string) => (now = new Date(iso)) };
}

const list = (dir: string) => (existsSync(dir) ? readdirSync(dir) : []).filter((n) => n.endsWith('.tar.gz')).sort();

describe('nightly backups', () => {
  it('runs once a day after BACKUP_TIME in site time and keeps the newest BACKUP_KEEP', async () => {
    const t = setup(2);
    await t.nightly.checkNow(); // 02:00 WITA: not yet
    expect(list(t.backupDir).length).toBe(0);
    t.setNow('2026-12-04T18:31:05Z'); // 02:31:05 WITA
    await t.nightly.checkNow();
    await t.nightly.checkNow(); // same day: nothing more
    expect(list(t.backupDir)).toEqual(['giliran-2026-12-05T023105-nightly.tar.gz']);
    // The hub was off at 02:30 the next day and comes back at 09:00: it catches up.
    t.setNow('2026-12-06T01:00:00Z');
    await t.nightly.checkNow();
    t.setNow('2026-12-06T18:45:00Z');
    await t.nightly.checkNow();
    expect(list(t.backupDir)).toEqual(['giliran-2026-12-06T090000-nightly.tar.gz', 'giliran-2026-12-07T024500-nightly.tar.gz']);
    expect(t.errors).toEqual([]);
  });

  it('prunes nightly archives only, oldest first', async () => {
    const dir = tempDataDir();
    mkdirSync(dir, { recursive: true });
    const names = ['giliran-2026-12-01T023000-nightly.tar.gz', 'giliran-2026-12-02T023000-nightly.tar.gz', 'giliran-2026-12-03T023000-nightly.tar.gz', 'giliran-2026-12-01T101010.tar.gz', 'notes.txt'];
    for (const n of names) writeFileSync(join(dir, n), 'x');
    expect(await pruneNightlyBackups(dir, 1)).toEqual(['giliran-2026-12-01T023000-nightly.tar.gz', 'giliran-2026-12-02T023000-nightly.tar.gz']);
    expect(readdirSync(dir).sort()).toEqual(['giliran-2026-12-01T101010.tar.gz', 'giliran-2026-12-03T023000-nightly.tar.gz', 'notes.txt']);
  });

  it('BACKUP_KEEP=0 turns them off', async () => {
    const t = setup(0);
    t.setNow('2026-12-04T20:00:00Z');
    t.nightly.start();
    await t.nightly.stop();
    expect(list(t.backupDir)).toEqual([]);
  });
});
