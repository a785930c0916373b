// `giliran`: one command for running a site. Help in Indonesian and English; every subcommand
// reads the hub's environment (DATA_DIR, PRINTER, PORT, ...). Exit codes: 0 done, 1 failed,
// 2 invalid configuration or arguments.
import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { CliError } from './cli-config.js';
import { bilingualHelp, both } from './help-text.js';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };

const ENVIRONMENT = `
Lingkungan / environment: DATA_DIR, PORT, HOST, PRINTER, TIMEZONE, ADMIN_PASSWORD, LOG_LEVEL,
BACKUP_DIR, BACKUP_KEEP, BACKUP_TIME, DATABASE_URL (see README, "Configuration").
Dokumentasi / docs: docs/operations.md`;

export function buildProgram(): Command {
  const program = bilingualHelp(new Command('giliran'))
    .description(both('Giliran: sistem antrean (kios, papan, loket, admin)', 'Giliran: queue system (kiosk, board, counter, admin)'))
    .version(pkg.version, '-V, --version', both('tampilkan versi', 'show the version'))
    .helpCommand('help [perintah]', both('bantuan untuk satu perintah', 'help for one command'))
    .addHelpText('after', ENVIRONMENT)
    .showHelpAfterError()
    .exitOverride();

  const sub = (name: string, id: string, en: string) => bilingualHelp(program.command(name)).description(both(id, en)).exitOverride();

  sub('start', 'menjalankan hub (sama dengan npm start)', 'run the hub (same as npm start)').action(async () => {
    const { startCommand } = await import('./commands/start.js');
    await startCommand();
  });

  sub('backup', 'menulis satu arsip cadangan data selagi hub berjalan', 'write one backup archive of the data while the hub runs')
    .option('--to <file>', both('tulis ke FILE ini (bawaan: BACKUP_DIR/giliran-<waktu>.tar.gz)', 'write to FILE (default: BACKUP_DIR/giliran-<time>.tar.gz)'))
    .action(async (opts: { to?: string }) => {
      const { backupCommand } = await import('./commands/backup.js');
      await backupCommand(opts);
    });

  sub('restore', 'memulihkan arsip cadangan ke folder data yang kosong', 'restore a backup archive into an empty data folder')
    .argument('<file>', both('arsip dari giliran backup', 'archive written by giliran backup'))
    .action(async (file: string) => {
      const { restoreCommand } = await import('./commands/restore.js');
      await restoreCommand(file);
    });

  sub('doctor', 'memeriksa instalasi dan memberi tahu cara memperbaikinya', 'check the installation and say how to fix what is wrong').action(async () => {
    const { doctorCommand } = await import('./commands/doctor.js');
    await doctorCommand();
  });

  sub('reset-password', 'mengganti kata sandi pengguna (NEW_PASSWORD, atau acak dan ditampilkan)', "reset a user's password (NEW_PASSWORD, or a random one, printed)")
    .argument('<user>', both('nama pengguna, mis. admin', 'username, e.g. admin'))
    .option('--enable', both('aktifkan juga pengguna yang dinonaktifkan', 'also enable the user if disabled'))
    .action(async (user: string, opts: { enable?: boolean }) => {
      const { resetPasswordCommand } = await import('./commands/reset-password.js');
      await resetPasswordCommand(user, opts);
    });

  sub('migrate', 'membuka folder data dengan kode penyimpanan (migrasi format) tanpa menjalankan hub', 'open the data folder through the store (format migration) without starting the hub').action(async () => {
    const { migrateCommand } = await import('./commands/migrate.js');
    await migrateCommand();
  });

  sub('install-service', 'memasang hub sebagai layanan systemd (Debian/Ubuntu)', 'install the hub as a systemd service (Debian/Ubuntu)')
    .option('--user <name>', both('pengguna layanan', 'service user'), 'giliran')
    .option('--data-dir <dir>', both('folder data', 'data folder'), '/var/lib/giliran')
    .option('--backup-dir <dir>', both('folder cadangan (bawaan: DATA_DIR/backups)', 'backup folder (default: DATA_DIR/backups)'))
    .option('--no-start', both('aktifkan tanpa menjalankan sekarang', 'enable without starting now'))
    .option('--dry-run', both('tampilkan saja, tanpa mengubah apa pun', 'only show what it would do'))
    .action(async (opts: { user: string; dataDir: string; backupDir?: string; start: boolean; dryRun?: boolean }) => {
      const { installServiceCommand } = await import('./commands/install-service.js');
      await installServiceCommand(opts);
    });

  sub('print-agent', 'mencetak tiket kios ini di printernya sendiri, tersambung ke hub', "print this kiosk's tickets on its own printer, connected out to the hub")
    .requiredOption('--hub <url>', both('alamat hub, mis. http://192.168.1.10:3000', "the hub's address, e.g. http://192.168.1.10:3000"))
    .requiredOption('--device <id>', both('id perangkat kios ini di admin', "this kiosk's device id in admin"))
    .requiredOption('--printer <spec>', both('printer: /dev/usb/lp0, tcp://host:9100 atau virtual', 'printer: /dev/usb/lp0, tcp://host:9100 or virtual'))
    .option('--key-file <file>', both('file berisi kunci perangkat (atau GILIRAN_DEVICE_KEY)', 'file holding the device key (or GILIRAN_DEVICE_KEY)'))
    .action(async (opts: { hub: string; device: string; printer: string; keyFile?: string }) => {
      const { printAgentCommand } = await import('./commands/print-agent.js');
      await printAgentCommand(opts);
    });

  return program;
}

async function main(argv: string[]): Promise<void> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
  } catch (err) {
    if (err instanceof CommanderError) {
      // --help and --version end here with code 0; usage errors with 2.
      process.exitCode = err.exitCode === 0 ? 0 : 2;
      return;
    }
    if (err instanceof CliError) {
      console.error(err.message);
      process.exitCode = err.exitCode;
      return;
    }
    throw err;
  }
}

await main(process.argv);
