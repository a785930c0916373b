// deploy/: the systemd unit that `giliran install-service` writes, and the kiosk/board launcher
// (run with a stand-in browser that records how it was started and then "closes").
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync, chmodSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';

// Runs the binary as its own process: seconds per start on a busy machine.
vi.setConfig({ testTimeout: 120_000 });
import { runCli } from '../helpers/giliran-cli.js';
import { ROOT, startTestHub, tempDataDir, type TestHub } from '../helpers/test-hub.js';

let hub: TestHub | undefined;
afterEach(async () => {
  await hub?.close();
  hub = undefined;
});

describe('giliran install-service', () => {
  it('--dry-run prints the unit for this installation and changes nothing', async () => {
    const r = await runCli(['install-service', '--dry-run', '--user', 'antrian', '--data-dir', '/srv/giliran'], {});
    expect(r.code, r.output).toBe(0);
    const unit = r.stdout.split('# would run')[0];
    expect(unit).toContain(`ExecStart=${process.execPath} ${ROOT}/bin/giliran.mjs start`);
    expect(unit).toContain('User=antrian');
    expect(unit).toContain('Environment=DATA_DIR=/srv/giliran');
    expect(unit).toContain('Environment=BACKUP_DIR=/srv/giliran/backups');
    expect(unit).toContain('ReadWritePaths=/srv/giliran -/srv/giliran/backups');
    expect(unit).toContain('Restart=on-failure');
    expect(unit).toContain('RestartPreventExitStatus=2 3');
    expect(unit.split('\n').filter((l) => !l.startsWith('#') && l.includes('@'))).toEqual([]);
    expect(r.stdout).toContain('systemctl daemon-reload && systemctl enable --now giliran');
    expect(existsSync('/etc/systemd/system/giliran.service')).toBe(false);
  });

  it.runIf(existsSync('/usr/bin/systemd-analyze'))('the unit passes systemd-analyze verify', async () => {
    const r = await runCli(['install-service', '--dry-run', '--user', 'root', '--data-dir', tempDataDir()], {});
    const file = join(tempDataDir(), 'giliran.service');
    writeFileSync(file, r.stdout.split('# would run')[0].replace(/^# \/etc.*\n/, ''));
    const out = execFileSync('systemd-analyze', ['verify', file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    expect(out).not.toMatch(/Unknown (key|section)/);
  });
});

describe('kiosk and board launcher (Linux)', () => {
  it('starts the browser full screen on the page with the right flags, and again after it closes', async () => {
    hub = await startTestHub();
    const dir = tempDataDir();
    const record = join(dir, 'runs.txt');
    const fake = join(dir, 'fake-chromium');
    writeFileSync(fake, `#!/bin/sh\necho "$*" >> "${record}"\nexit 0\n`);
    chmodSync(fake, 0o755);
    const script = join(ROOT, 'deploy/kiosk/giliran-screen.sh');
    const run = (mode: string) =>
      new Promise<number | null>((resolve) => {
        const child = spawn('sh', [script, mode, hub!.url], {
          env: { PATH: process.env.PATH, HOME: dir, CHROMIUM: fake, GILIRAN_MAX_RESTARTS: '2', GILIRAN_PROFILE: join(dir, `profile-${mode}`) },
          stdio: 'ignore',
        });
        child.once('exit', resolve);
      });
    expect(await run('board')).toBe(0);
    const board = readFileSync(record, 'utf8').trim().split('\n');
    expect(board).toHaveLength(2); // opened, closed, opened again
    for (const flag of ['--kiosk', '--no-first-run', '--autoplay-policy=no-user-gesture-required', '--disable-session-crashed-bubble', `--user-data-dir=${join(dir, 'profile-board')}`]) {
      expect(board[0].split(/\s+/)).toContain(flag);
    }
    expect(board[0].endsWith(`${hub.url}/board/`)).toBe(true);
    writeFileSync(record, '');
    expect(await run('kiosk')).toBe(0);
    const kiosk = readFileSync(record, 'utf8').trim().split('\n');
    expect(kiosk[0].endsWith(`${hub.url}/kiosk/`)).toBe(true);
    expect(kiosk[0]).not.toContain('autoplay');
  });

  it('says how to call it when the mode or the hub is missing', () => {
    const script = join(ROOT, 'deploy/kiosk/giliran-screen.sh');
    let err = '';
    try {
      execFileSync('sh', [script, 'tv'], { stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (e) {
      err = String((e as { stderr: Buffer }).stderr);
    }
    expect(err).toContain('usage:');
  });
});
