// giliran restore FILE: into an empty (or missing) DATA_DIR, checked file by file against the
// archive's manifest, then opened through the store to prove the hub can start from it.
import { BackupError, restoreBackup } from '../../hub/ops/backup-archive.js';
import { runningHubPid } from '../../hub/ops/pid-file.js';
import { CliError, cliConfig } from '../cli-config.js';
import { inspectStore } from '../inspect-store.js';

export async function restoreCommand(file: string): Promise<void> {
  const config = cliConfig();
  const pid = runningHubPid(config.dataDir);
  if (pid) throw new CliError(`Hub sedang berjalan / a hub is running on ${config.dataDir} (pid ${pid}): stop it first (sudo systemctl stop giliran).`);
  let manifest;
  try {
    manifest = await restoreBackup(file, config.dataDir);
  } catch (err) {
    if (err instanceof BackupError) throw new CliError(`Pemulihan gagal / restore failed: ${err.message}`);
    throw err;
  }
  console.log(`Dipulihkan / restored: ${manifest.files.length} file(s) from ${file} (taken ${manifest.createdAt}) into ${config.dataDir}`);
  const report = await inspectStore(config);
  for (const line of report.lines) console.log(`  ${line}`);
  console.log('Mulai hub / start the hub: giliran start (or sudo systemctl start giliran)');
}
