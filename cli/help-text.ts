// The CLI speaks Indonesian first and English second, on every help line, so a site's staff and
// a visiting engineer read the same screen.
import type { Command } from 'commander';

/** "Indonesian / English" on one line. */
export function both(id: string, en: string): string {
  return `${id} / ${en}`;
}

const TITLES: Record<string, string> = {
  'Usage:': 'Pemakaian / Usage:',
  'Options:': 'Opsi / Options:',
  'Commands:': 'Perintah / Commands:',
  'Arguments:': 'Argumen / Arguments:',
  'Global Options:': 'Opsi umum / Global options:',
};

/** Bilingual section titles and help option for a command and all its subcommands. */
export function bilingualHelp(cmd: Command): Command {
  cmd.configureHelp({ styleTitle: (title) => TITLES[title] ?? title, sortSubcommands: false, helpWidth: 100 });
  cmd.helpOption('-h, --help', both('tampilkan bantuan ini', 'show this help'));
  return cmd;
}
