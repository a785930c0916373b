// giliran install-service: the systemd unit for this installation (Debian/Ubuntu). Creates the
// service user, the data and backup folders, /etc/giliran/giliran.env (kept if present) and the
// unit, then enables and starts it. --dry-run prints all of it and changes nothing.
import { execFileSync } from 'node:child_process';
import { chmodSync, chownSync, copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { CliError } from '../cli-config.js';

const APP_DIR = resolve(import.meta.dirname, '../..');
const UNIT_PATH = '/etc/systemd/system/giliran.service';
const ENV_PATH = '/etc/giliran/giliran.env';

export interface InstallOptions {
  user: string;
  dataDir: string;
  backupDir?: string;
  dryRun?: boolean;
  start?: boolean;
}

export function renderUnit(opts: { user: string; dataDir: string; backupDir: string; node?: string; appDir?: string }): string {
  const template = readFileSync(join(APP_DIR, 'deploy/systemd/giliran.service'), 'utf8');
  return template
    .replaceAll('@NODE@', opts.node ?? process.execPath)
    .replaceAll('@APP_DIR@', opts.appDir ?? APP_DIR)
    .replaceAll('@USER@', opts.user)
    .replaceAll('@DATA_DIR@', opts.dataDir)
    .replaceAll('@BACKUP_DIR@', opts.backupDir);
}

function sh(cmd: string, args: string[]): void {
  console.log(`  $ ${cmd} ${args.join(' ')}`);
  execFileSync(cmd, args, { stdio: 'inherit' });
}

function userExists(user: string): boolean {
  try {
    execFileSync('id', ['-u', user], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

export async function installServiceCommand(opts: InstallOptions): Promise<void> {
  const dataDir = resolve(opts.dataDir);
  const backupDir = resolve(opts.backupDir ?? join(dataDir, 'backups'));
  const unit = renderUnit({ user: opts.user, dataDir, backupDir });
  const built = existsSync(join(APP_DIR, 'dist'));
  if (opts.dryRun) {
    console.log(`# ${UNIT_PATH}\n${unit}`);
    console.log('# would run / akan menjalankan:');
    console.log(`  useradd --system --home-dir ${dataDir} --shell /usr/sbin/nologin ${opts.user}   (if missing)`);
    console.log(`  install -d -o ${opts.user} -g ${opts.user} -m 0700 ${dataDir} ${backupDir}`);
    console.log(`  ${ENV_PATH} from deploy/systemd/giliran.env.example   (if missing)`);
    console.log('  systemctl daemon-reload && systemctl enable --now giliran');
    if (!built) console.log('# the apps are not built yet: run `npm run build` first');
    return;
  }
  if (process.getuid?.() !== 0) throw new CliError('Perlu root / needs root: sudo giliran install-service (or --dry-run to see what it does)');
  if (!existsSync('/run/systemd/system')) throw new CliError('systemd tidak berjalan / systemd is not running here: see docs/operations.md for other ways (Windows: a service wrapper)');
  if (!built) throw new CliError(`Aplikasi belum dibangun / the apps are not built: cd ${APP_DIR} && npm run build, then run this again`);
  console.log('Memasang layanan / installing the service:');
  if (!userExists(opts.user)) sh('useradd', ['--system', '--home-dir', dataDir, '--shell', '/usr/sbin/nologin', opts.user]);
  for (const dir of [dataDir, backupDir]) sh('install', ['-d', '-o', opts.user, '-g', opts.user, '-m', '0700', dir]);
  if (!existsSync(ENV_PATH)) {
    mkdirSync(dirname(ENV_PATH), { recursive: true });
    copyFileSync(join(APP_DIR, 'deploy/systemd/giliran.env.example'), ENV_PATH);
    const gid = Number(execFileSync('id', ['-g', opts.user]).toString().trim());
    chownSync(ENV_PATH, 0, gid);
    chmodSync(ENV_PATH, 0o640);
    console.log(`  wrote ${ENV_PATH} (edit PRINTER, TIMEZONE... there)`);
  }
  writeFileSync(UNIT_PATH, unit);
  console.log(`  wrote ${UNIT_PATH}`);
  sh('systemctl', ['daemon-reload']);
  sh('systemctl', opts.start === false ? ['enable', 'giliran'] : ['enable', '--now', 'giliran']);
  console.log('Selesai / done. Status: systemctl status giliran   Log: journalctl -u giliran -f');
  console.log('The first start prints the admin password once: journalctl -u giliran | grep -A1 "First start"');
}
