// The embedded store's day logs (JSON Lines): appends, the torn-tail cut, a bad line refused
// with file and line, wrong shapes refused, the v1 migration, folder modes.
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EmbeddedStore } from '../../hub/store/embedded/embedded-store.js';
import { StoreCorruptError } from '../../hub/store/durable-json-file.js';
import type { DomainEvent } from '../../hub/queue/events.js';

const dir = () => mkdtempSync(join(tmpdir(), 'giliran-daylog-'));
const DAY = '2026-11-28';

function event(seq: number): DomainEvent {
  return { type: 'counter.paused', seq, at: '2026-11-28T01:00:00.000Z', by: 'p', counter: 'loket-1' };
}
const line = (seq: number) => JSON.stringify(event(seq)) + '\n';

async function open(d: string) {
  const logged: string[] = [];
  const store = await EmbeddedStore.open(d, { log: (m) => logged.push(m) });
  return { store, logged };
}

async function refusal(p: Promise<unknown>): Promise<Error> {
  const err = await p.then(
    () => null,
    (e: unknown) => e as Error,
  );
  expect(err, 'expected a refusal').toBeInstanceOf(StoreCorruptError);
  return err!;
}

describe('day log: appends', () => {
  it('appends one line per event, shared flushes, and reads back after a restart', async () => {
    const d = dir();
    const { store } = await open(d);
    await Promise.all([store.appendEvents(DAY, [event(1)]), store.appendEvents(DAY, [event(2), event(3)])]);
    expect(readFileSync(join(d, 'days', `${DAY}.jsonl`), 'utf8')).toBe(line(1) + line(2) + line(3));
    await store.close();
    const { store: again } = await open(d);
    expect((await again.loadDay(DAY))!.map((e) => e.seq)).toEqual([1, 2, 3]);
    expect(await again.listDays()).toEqual([DAY]);
    await again.appendEvents(DAY, [event(4)]);
    expect((await again.readDay(DAY))!.map((e) => e.seq)).toEqual([1, 2, 3, 4]);
  });

  it('creates days/ and audit/ with mode 0700 and its files 0600', async () => {
    const d = join(dir(), 'data');
    const { store } = await open(d);
    await store.appendEvents(DAY, [event(1)]);
    expect(statSync(join(d, 'days')).mode & 0o777).toBe(0o700);
    expect(statSync(join(d, 'audit')).mode & 0o777).toBe(0o700);
    expect(statSync(join(d, 'days', `${DAY}.jsonl`)).mode & 0o777).toBe(0o600);
  });
});

describe('day log: recovery at start', () => {
  it('a torn last line is cut off, reported with its byte offset, and appends continue after it', async () => {
    const d = dir();
    mkdirSync(join(d, 'days'));
    const file = join(d, 'days', `${DAY}.jsonl`);
    const whole = line(1) + line(2);
    writeFileSync(file, whole + line(3).slice(0, 25));
    const { store, logged } = await open(d);
    expect((await store.loadDay(DAY))!.map((e) => e.seq)).toEqual([1, 2]);
    expect(readFileSync(file, 'utf8')).toBe(whole);
    expect(logged.join('\n')).toContain(file);
    expect(logged.join('\n')).toContain(`25 bytes at byte offset ${Buffer.byteLength(whole)}`);
    await store.appendEvents(DAY, [event(3)]);
    expect(readFileSync(file, 'utf8')).toBe(whole + line(3));
  });

  it('a bad line in the middle stops with file and line named, and the file stays as it was', async () => {
    const d = dir();
    mkdirSync(join(d, 'days'));
    const file = join(d, 'days', `${DAY}.jsonl`);
    const text = line(1) + '{"type":"ticket.iss\n' + line(3);
    writeFileSync(file, text);
    const { store } = await open(d);
    const err = await refusal(store.loadDay(DAY));
    expect(err.message).toContain(file);
    expect(err.message).toContain('line 2 ');
    expect(readFileSync(file, 'utf8')).toBe(text);
    await refusal(store.readDay(DAY)); // reports refuse it too, never skip it
  });

  it('lines of the wrong shape or out of order are refused like bad JSON', async () => {
    for (const [text, what] of [
      [line(1) + 'null\n', 'line 2 '],
      [line(1) + '[1,2]\n', 'line 2 '],
      [line(1) + line(1), 'seq 1 does not follow seq 1'],
      [line(2) + '{"type":"x","at":"t"}\n', 'seq'],
    ]) {
      const d = dir();
      mkdirSync(join(d, 'days'));
      writeFileSync(join(d, 'days', `${DAY}.jsonl`), text);
      const { store } = await open(d);
      expect((await refusal(store.loadDay(DAY))).message).toContain(what);
    }
  });

  it('config and auth files of the wrong shape are refused, not taken for "none"', async () => {
    for (const [name, text] of [
      ['config.json', '[]'],
      ['config.json', 'null'],
      ['auth.json', '{"users":{}}'],
      ['auth.json', 'null'],
    ]) {
      const d = dir();
      writeFileSync(join(d, name), text);
      const { store } = await open(d);
      const err = await refusal(name === 'config.json' ? store.readConfig() : store.readAuth());
      expect(err.message).toContain(join(d, name));
      expect(err.message).toMatch(/not the expected shape/);
    }
  });
});

describe('migration from whole-day JSON files (v1)', () => {
  it('converts days and audit once, keeps the old files in .v1/, and gives the same entries', async () => {
    const d = dir();
    mkdirSync(join(d, 'days'));
    mkdirSync(join(d, 'audit'));
    writeFileSync(join(d, 'days', '2026-11-27.json'), JSON.stringify({ day: '2026-11-27', events: [event(1), event(2)] }));
    writeFileSync(join(d, 'days', `${DAY}.json`), JSON.stringify({ day: DAY, events: [event(3)] }));
    const audit = { at: '2026-11-28T01:00:00.000Z', actor: 'admin', action: 'login', detail: { ip: '127.0.0.1' } };
    writeFileSync(join(d, 'audit', `${DAY}.json`), JSON.stringify({ day: DAY, events: [audit] }));
    const { store, logged } = await open(d);
    expect(logged.join('\n')).toMatch(/converted 2 day files and 1 audit files/);
    expect(readdirSync(join(d, 'days')).sort()).toEqual(['.v1', '2026-11-27.jsonl', `${DAY}.jsonl`]);
    expect(readdirSync(join(d, 'days', '.v1')).sort()).toEqual(['2026-11-27.json', `${DAY}.json`]);
    expect((await store.readDay('2026-11-27'))!.map((e) => e.seq)).toEqual([1, 2]);
    expect(await store.readAudit(DAY)).toEqual([audit]);
    expect(await store.listDays()).toEqual(['2026-11-27', DAY]);
    await store.appendEvents(DAY, [event(4)]);
    // The second start finds nothing to convert and keeps what was appended.
    const second = await open(d);
    expect(second.logged).toEqual([]);
    expect((await second.store.loadDay(DAY))!.map((e) => e.seq)).toEqual([3, 4]);
  });

  it('a crash between converting and moving aside converts again, with the same result', async () => {
    const d = dir();
    mkdirSync(join(d, 'days'));
    writeFileSync(join(d, 'days', `${DAY}.json`), JSON.stringify({ day: DAY, events: [event(1)] }));
    writeFileSync(join(d, 'days', `${DAY}.jsonl`), line(1).slice(0, 10)); // a half-written new file (no rename happens half-way, but still)
    const { store } = await open(d);
    expect((await store.loadDay(DAY))!.map((e) => e.seq)).toEqual([1]);
  });

  it('a v1 day file that is null or corrupt stops the migration and stays where it was', async () => {
    for (const text of ['null', '{"day":"2026-11-28","events":[{"type":']) {
      const d = dir();
      mkdirSync(join(d, 'days'));
      const file = join(d, 'days', `${DAY}.json`);
      writeFileSync(file, text);
      const err = await refusal(EmbeddedStore.open(d));
      expect(err.message).toContain(file);
      expect(readFileSync(file, 'utf8')).toBe(text);
      expect(readdirSync(join(d, 'days'))).toEqual([`${DAY}.json`]);
    }
  });
});

