// giliran migrate: runs the store's open step (where format migrations live) on DATA_DIR without
// starting the hub, and reports what the folder holds. Safe to run twice.
import { runningHubPid } from '../../hub/ops/pid-file.js';
import { CliError, cliConfig } from '../cli-config.js';
import { inspectStore } from '../inspect-store.js';

export async function migrateCommand(): Promise<void> {
  const config = cliConfig();
  const pid = runningHubPid(config.dataDir);
  if (pid) throw new CliError(`Hub sedang berjalan / a hub is running on ${config.dataDir} (pid ${pid}): it already migrated the folder when it started.`);
  const report = await inspectStore(config);
  console.log(`Folder data / data folder ${config.dataDir}: opened by the store, up to date.`);
  for (const line of report.lines) console.log(`  ${line}`);
}
