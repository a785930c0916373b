// An unreadable data file stops the hub with a clear message and is never overwritten.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { spawnHub, tempDataDir } from '../helpers/test-hub.js';

async function exitOf(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  const h = spawnHub(env);
  const code = await new Promise<number | null>((r) => h.child.once('exit', r));
  return { code, output: h.output() };
}

describe('corrupt or invalid start', () => {
  it('a corrupt day file stops the hub with its path named, and stays as it was', async () => {
    const dataDir = tempDataDir();
    mkdirSync(join(dataDir, 'days'));
    const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Makassar' }).format(new Date());
    const file = join(dataDir, 'days', `${day}.json`);
    writeFileSync(file, '{"day":"x","events":[{"type":');
    const { code, output } = await exitOf({ DATA_DIR: dataDir, PORT: '0' });
    expect(code).toBe(3);
    expect(output).toContain(file);
    expect(output).toMatch(/cannot be read as JSON/);
    expect(readFileSync(file, 'utf8')).toBe('{"day":"x","events":[{"type":');
  });

  it('invalid environment values stop the hub with the variable named', async () => {
    for (const [name, value] of [
      ['PRINTER', 'lpt1'],
      ['TIMEZONE', 'Mars/Olympus'],
      ['PORT', 'abc'],
    ]) {
      const { code, output } = await exitOf({ DATA_DIR: tempDataDir(), PORT: '0', [name]: value });
      expect(code).toBe(2);
      expect(output).toContain(`${name}=${value}`);
    }
  });
});
