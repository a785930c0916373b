// giliran reset-password USER: a new password for USER (NEW_PASSWORD, or a printed random one),
// written through the store; the user's sessions end. The running hub keeps its own copy of
// users in memory and would write it back, so this refuses while a hub runs on DATA_DIR.
import { hashPassword, randomPassword } from '../../hub/auth/passwords.js';
import { runningHubPid } from '../../hub/ops/pid-file.js';
import { localDate } from '../../hub/queue/local-time.js';
import { LowdbStore } from '../../hub/store/lowdb-store.js';
import { CliError, cliConfig } from '../cli-config.js';

export async function resetPasswordCommand(username: string, opts: { enable?: boolean }): Promise<void> {
  const config = cliConfig();
  const pid = runningHubPid(config.dataDir);
  if (pid) {
    throw new CliError(
      `Hub sedang berjalan / the hub is running on ${config.dataDir} (pid ${pid}). Stop it first, run this again, then start it:\n` +
        '  sudo systemctl stop giliran && sudo -u giliran giliran reset-password ' + username + ' && sudo systemctl start giliran\n' +
        '(An admin who can still log in can reset it in /admin/ -> Users without stopping anything.)',
    );
  }
  const fromEnv = process.env.NEW_PASSWORD;
  if (fromEnv !== undefined && fromEnv.length < 8) throw new CliError('NEW_PASSWORD terlalu pendek / is too short: use at least 8 characters', 2);
  const store = await LowdbStore.open(config.dataDir);
  try {
    const auth = await store.readAuth();
    const user = auth?.users.find((u) => u.username === username);
    if (!auth || !user) {
      const known = auth?.users.map((u) => u.username).join(', ') || 'none yet (start the hub once: it creates admin)';
      throw new CliError(`Pengguna tidak ada / no user "${username}" in ${config.dataDir}. Users: ${known}`);
    }
    const password = fromEnv ?? randomPassword();
    user.passwordHash = await hashPassword(password, config.passwordHashCost);
    if (opts.enable) user.disabled = false;
    const ended = auth.sessions.filter((s) => s.username === username).length;
    auth.sessions = auth.sessions.filter((s) => s.username !== username);
    await store.writeAuth(auth);
    const timezone = (await store.readConfig())?.settings.timezone ?? config.timezone;
    const now = new Date();
    await store.appendAudit(localDate(now, timezone), { at: now.toISOString(), actor: null, action: 'user.passwordReset', detail: { username, via: 'cli', sessionsEnded: ended } });
    console.log(`Kata sandi "${username}" diganti / password of "${username}" reset; ${ended} session(s) ended.`);
    if (user.disabled) console.log('  Catatan / note: this user is disabled; run again with --enable to enable it.');
    if (fromEnv === undefined) {
      console.log('  Kata sandi baru (tampil sekali) / new password (shown once, write it down):');
      console.log(`    ${password}`);
    }
  } finally {
    await store.close();
  }
}
