// The print jobs file: atomic, coalesced saves; pruning; an unreadable file set aside.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../printer/atomic-file.js';
import { pruneJobs, PrintJobStore, type PrintJob } from '../../printer/print-job-store.js';
import { sampleTicket, tempDir } from '../integration/printer-fixtures.js';

const dirs: { remove: () => void }[] = [];
afterEach(() => dirs.splice(0).forEach((d) => d.remove()));
function dir(): string {
  const d = tempDir();
  dirs.push(d);
  return d.path;
}

function job(seq: number, state: PrintJob['state'], updatedAt = new Date().toISOString()): PrintJob {
  return { id: `job${seq}`, seq, printerId: 'default', ticket: sampleTicket(), reprint: false, state, attempts: 0, lastError: '', createdAt: updatedAt, updatedAt };
}

describe('writeFileAtomic', () => {
  it('replaces the file and leaves no temp file behind', async () => {
    const path = join(dir(), 'x.json');
    await writeFileAtomic(path, 'one');
    await writeFileAtomic(path, 'two');
    expect(readFileSync(path, 'utf8')).toBe('two');
    expect(readdirSync(join(path, '..'))).toEqual(['x.json']);
  });

  it('fails cleanly when the directory is missing', async () => {
    await expect(writeFileAtomic(join(dir(), 'missing', 'x.json'), 'x')).rejects.toThrow(/ENOENT/);
  });
});

describe('PrintJobStore', () => {
  it('round-trips jobs and coalesces saves made while one runs', async () => {
    const path = join(dir(), 'print-jobs.json');
    let jobs = [job(1, 'queued')];
    let snapshots = 0;
    const store = new PrintJobStore(path, () => (snapshots++, jobs));
    const first = store.save();
    jobs = [...jobs, job(2, 'printed')];
    const second = store.save();
    const third = store.save();
    expect(third).toBe(second);
    await Promise.all([first, second, third]);
    expect(snapshots).toBe(2);
    expect(new PrintJobStore(path, () => []).load().map((j) => [j.seq, j.state])).toEqual([
      [1, 'queued'],
      [2, 'printed'],
    ]);
  });

  it('starts empty without a file, and sets an unreadable file aside', () => {
    const base = dir();
    const path = join(base, 'print-jobs.json');
    const logs: string[] = [];
    expect(new PrintJobStore(path, () => []).load()).toEqual([]);
    writeFileSync(path, '{"version":1,"jobs":[{"id":');
    expect(new PrintJobStore(path, () => [], (m) => logs.push(m)).load()).toEqual([]);
    expect(existsSync(path)).toBe(false);
    expect(readdirSync(base)[0]).toMatch(/^print-jobs\.json\.unreadable-\d+$/);
    expect(logs[0]).toMatch(/unreadable/);
  });
});

describe('pruneJobs', () => {
  it('keeps open jobs always and finished ones for a day', () => {
    const now = Date.parse('2025-05-21T12:00:00Z');
    const old = '2025-05-20T11:00:00Z';
    const jobs = [job(1, 'queued', old), job(2, 'sending', old), job(3, 'printed', old), job(4, 'check', old), job(5, 'printed', '2025-05-21T11:00:00Z')];
    expect(pruneJobs(jobs, now).map((j) => j.seq)).toEqual([1, 2, 5]);
  });
});
