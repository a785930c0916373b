// The hub started by `giliran start` logs JSON lines: one per domain event at LOG_LEVEL=debug,
// with ticket numbers and never a ticket id, password or token.
import { afterEach, describe, expect, it, vi } from 'vitest';

// Runs the binary as its own process: seconds per start on a busy machine.
vi.setConfig({ testTimeout: 120_000 });
import { spawnCliHub } from '../helpers/giliran-cli.js';
import { ADMIN_PASSWORD, api, exited, login, tempDataDir } from '../helpers/test-hub.js';
import { waitFor } from '../helpers/wait-for.js';

let stopHub: (() => Promise<void>) | undefined;
afterEach(async () => {
  await stopHub?.();
  stopHub = undefined;
});

describe('hub logs', () => {
  it('one JSON line per event, level from LOG_LEVEL, no secrets', async () => {
    const h = spawnCliHub({ DATA_DIR: tempDataDir(), LOG_LEVEL: 'debug' });
    stopHub = async () => {
      h.child.kill('SIGTERM');
      await exited(h.child);
    };
    const url = await h.ready;
    const token = await login(url);
    const t = await api<{ id: string; number: string }>(url, '/api/tickets', { body: { service: 'pendaftaran' } });
    await waitFor(() => h.output().includes('"event":"ticket.issued"'), { intervalMs: 50, what: 'the ticket.issued log line' });
    await stopHub();
    stopHub = undefined;
    const lines = h.output().split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.find((l) => l.event === 'ticket.issued')).toMatchObject({ level: 'debug', number: t.body.number, service: 'pendaftaran', seq: 1 });
    expect(lines.some((l) => l.level === 'info' && String(l.msg).startsWith('Giliran hub listening on'))).toBe(true);
    expect(lines.at(-1)).toMatchObject({ level: 'info', msg: 'stopped cleanly' });
    for (const secret of [t.body.id, token, ADMIN_PASSWORD]) expect(h.output()).not.toContain(secret);
  });
});
