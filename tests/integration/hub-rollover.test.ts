// Day rollover with an injected clock: numbering restarts, the previous day's file is untouched.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dayEvents, dayFile } from '../helpers/data-files.js';
import { api, startTestHub, tempDataDir, type TestHub } from '../helpers/test-hub.js';

let hub: TestHub | undefined;
afterEach(async () => {
  await hub?.close();
  hub = undefined;
});

function clockAt(iso: string) {
  const c = { t: new Date(iso), now: () => c.t };
  return c;
}

describe('day rollover', () => {
  it('restarts numbering at local midnight (WITA) and leaves the old day file as it was', async () => {
    const clock = clockAt('2026-11-28T15:58:00Z'); // 23:58 WITA
    hub = await startTestHub({ clock });
    const a1 = await api(hub.url, '/api/tickets', { body: { service: 'pendaftaran' } });
    await api(hub.url, '/api/tickets', { body: { service: 'pendaftaran' } });
    expect(a1.body.number).toBe('A-001');
    const oldFile = dayFile(hub.dataDir, '2026-11-28');
    const before = readFileSync(oldFile, 'utf8');
    const mtime = statSync(oldFile).mtimeMs;

    clock.t = new Date('2026-11-28T16:00:30Z'); // 00:00:30 WITA on the 29th
    const next = await api(hub.url, '/api/tickets', { body: { service: 'pendaftaran' } });
    expect(next.body.number).toBe('A-001');
    expect(readFileSync(oldFile, 'utf8')).toBe(before);
    expect(statSync(oldFile).mtimeMs).toBe(mtime);
    const newDay = dayEvents(hub.dataDir, '2026-11-29');
    expect(newDay[0]).toMatchObject({ type: 'day.rolledOver', from: '2026-11-28', to: '2026-11-29' });
    expect(newDay[0].expired).toHaveLength(2);
    // The expired ticket's phone page says so only through the old day; today it is unknown.
    expect((await api(hub.url, `/api/tickets/${a1.body.id}`)).status).toBe(404);
    const state = await api(hub.url, '/api/state');
    expect(state.body.day).toBe('2026-11-29');
    expect(state.body.services[0].waiting).toBe(1);
  });

  it('a hub that was stopped over midnight rolls over on start and keeps seq rising', async () => {
    const dataDir = tempDataDir();
    const clock = clockAt('2026-11-28T10:00:00Z');
    hub = await startTestHub({ clock, dataDir });
    await api(hub.url, '/api/tickets', { body: { service: 'barang' } });
    const seqBefore = (await api(hub.url, '/api/state')).body.seq;
    await hub.close();
    clock.t = new Date('2026-11-29T01:00:00Z');
    hub = await startTestHub({ clock, dataDir });
    const state = await api(hub.url, '/api/state');
    expect(state.body.day).toBe('2026-11-29');
    expect(state.body.seq).toBe(seqBefore + 1);
    expect((await api(hub.url, '/api/tickets', { body: { service: 'barang' } })).body.number).toBe('B-001');
  });
});
