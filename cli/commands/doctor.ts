// giliran doctor: every check with OK/WARN/SKIP/FAIL and, when not OK, the fix. Exit 1 on a FAIL.
import { ConfigError, readConfig } from '../../hub/config.js';
import { runChecks, type CheckResult } from '../doctor-checks.js';

function print(r: CheckResult): void {
  console.log(`${r.status.padEnd(5)} ${r.name}: ${r.detail}`);
  if (r.fix && r.status !== 'OK') console.log(`      Perbaiki / fix: ${r.fix}`);
}

export async function doctorCommand(): Promise<void> {
  console.log('Giliran doctor: pemeriksaan / checks');
  let config;
  try {
    config = readConfig(process.env);
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    print({ name: 'Konfigurasi / configuration', status: 'FAIL', detail: err.message, fix: 'Correct that variable in the service environment (/etc/giliran/giliran.env) and run giliran doctor again.' });
    process.exitCode = 1;
    return;
  }
  print({ name: 'Konfigurasi / configuration', status: 'OK', detail: `DATA_DIR=${config.dataDir} PORT=${config.port} PRINTER=${config.printer} TIMEZONE=${config.timezone}`, fix: '' });
  const results = await runChecks(config, process.env);
  for (const r of results) print(r);
  const failed = results.filter((r) => r.status === 'FAIL').length;
  console.log(failed ? `${failed} masalah / problem(s) to fix.` : 'Semua baik / all good.');
  if (failed) process.exitCode = 1;
}
