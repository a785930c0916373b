// DATA_DIR/giliran.pid: written by a running hub, removed when it stops cleanly. Tools that must
// not write behind a running hub's back (reset-password, restore) read it. A hub never refuses to
// start because of it: after a power cut the file stays and its pid may belong to anything.
import { readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const PID_FILE = 'giliran.pid';

export function writePidFile(dataDir: string): () => void {
  const path = join(dataDir, PID_FILE);
  writeFileSync(path, `${process.pid}\n`);
  return () => {
    try {
      if (readFileSync(path, 'utf8').trim() === String(process.pid)) unlinkSync(path);
    } catch {
      /* already gone */
    }
  };
}

/** The pid of a hub that seems to run on this data folder, or null. */
export function runningHubPid(dataDir: string): number | null {
  let pid: number;
  try {
    pid = Number(readFileSync(join(dataDir, PID_FILE), 'utf8').trim());
  } catch {
    return null;
  }
  if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid) return null;
  try {
    process.kill(pid, 0);
  } catch (err) {
    // EPERM: alive but another user's (the service user): still running.
    if ((err as NodeJS.ErrnoException).code !== 'EPERM') return null;
  }
  // On Linux, a reused pid is told apart by its command line.
  try {
    const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    if (!/node|giliran/.test(cmdline)) return null;
  } catch {
    /* no /proc: trust the signal check */
  }
  return pid;
}
