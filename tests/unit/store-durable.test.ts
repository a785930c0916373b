// The durable store: atomic writes, group commit, corrupt files refused and never overwritten.
// The day logs' own recoveries (torn tail, bad line, migration) are in store-day-log.test.ts.
import { mkdtempSync, readFileSync, readdirSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DurableJsonFile, StoreCorruptError, writeFileDurably } from '../../hub/store/durable-json-file.js';
import { GroupCommit } from '../../hub/store/group-commit.js';
import { LowdbStore } from '../../hub/store/lowdb-store.js';
import type { DomainEvent } from '../../hub/queue/events.js';

const dir = () => mkdtempSync(join(tmpdir(), 'giliran-store-'));

function event(seq: number): DomainEvent {
  return { type: 'counter.paused', seq, at: '2026-11-28T01:00:00.000Z', by: 'p', counter: 'loket-1' };
}

describe('writeFileDurably', () => {
  it('replaces the file whole and leaves no temporary file', async () => {
    const d = dir();
    const p = join(d, 'x.json');
    await writeFileDurably(p, '{"a":1}');
    await writeFileDurably(p, '{"a":2}');
    expect(readFileSync(p, 'utf8')).toBe('{"a":2}');
    expect(readdirSync(d)).toEqual(['x.json']);
  });
});

describe('DurableJsonFile', () => {
  it('reads null for a missing file and throws a clear error for a corrupt one, leaving it as it was', async () => {
    const d = dir();
    expect(await new DurableJsonFile(join(d, 'none.json')).read()).toBeNull();
    const p = join(d, 'bad.json');
    writeFileSync(p, '{"events": [');
    const err = (await new DurableJsonFile(p).read().catch((e: unknown) => e)) as Error;
    expect(err).toBeInstanceOf(StoreCorruptError);
    expect(err.message).toContain(p);
    expect(readFileSync(p, 'utf8')).toBe('{"events": [');
  });
});

describe('GroupCommit', () => {
  it('a burst of flush requests costs two writes, and every caller waits for a write that started after it asked', async () => {
    let writes = 0;
    let release: () => void = () => {};
    const gc = new GroupCommit(async () => {
      writes++;
      await new Promise<void>((r) => (release = r));
    });
    const first = gc.flush();
    const burst = Array.from({ length: 50 }, () => gc.flush());
    expect(writes).toBe(1);
    release();
    await first;
    await new Promise((r) => setImmediate(r));
    expect(writes).toBe(2);
    release();
    await Promise.all(burst);
    expect(writes).toBe(2);
  });
});

describe('LowdbStore', () => {
  it('appends events of a day durably and lists the days', async () => {
    const d = dir();
    const store = await LowdbStore.open(d);
    await Promise.all([store.appendEvents('2026-11-28', [event(1)]), store.appendEvents('2026-11-28', [event(2), event(3)])]);
    await store.appendEvents('2026-11-29', [event(4)]);
    const reopened = await LowdbStore.open(d);
    expect((await reopened.loadDay('2026-11-28'))!.map((e) => e.seq)).toEqual([1, 2, 3]);
    expect(await reopened.listDays()).toEqual(['2026-11-28', '2026-11-29']);
    expect(await reopened.loadDay('2026-11-30')).toBeNull();
  });

  it('a failed write refuses later appends until the day is reloaded from disk', async () => {
    const d = dir();
    const store = await LowdbStore.open(d);
    expect(await store.loadDay('2026-11-28')).toBeNull();
    // Root ignores permissions, so the disk "fails" through /dev/full (every write: ENOSPC).
    symlinkSync('/dev/full', join(d, 'days', '2026-11-28.jsonl'));
    await expect(store.appendEvents('2026-11-28', [event(1)])).rejects.toThrow(/ENOSPC/);
    await expect(store.appendEvents('2026-11-28', [event(2)])).rejects.toThrow(/ENOSPC/);
    unlinkSync(join(d, 'days', '2026-11-28.jsonl'));
    expect(await store.loadDay('2026-11-28')).toBeNull();
    await store.appendEvents('2026-11-28', [event(1)]);
    expect((await store.loadDay('2026-11-28'))!.map((e) => e.seq)).toEqual([1]);
  });
});
