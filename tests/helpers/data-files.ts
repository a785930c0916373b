// Reading the hub's data files as a test checks them: days/ and audit/ are JSON Lines.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Parses a JSON Lines file (complete lines only). */
export function readJsonl<T = any>(path: string): T[] {
  const text = readFileSync(path, 'utf8');
  return text
    .slice(0, text.lastIndexOf('\n') + 1)
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as T);
}

export const dayFile = (dataDir: string, day: string) => join(dataDir, 'days', `${day}.jsonl`);

/** A day's events as the hub stored them ([] when the day has no file). */
export function dayEvents<T = any>(dataDir: string, day: string): T[] {
  const file = dayFile(dataDir, day);
  return existsSync(file) ? readJsonl<T>(file) : [];
}

/** Every stored event, oldest day first. */
export function allEvents<T = any>(dataDir: string): T[] {
  return readdirSync(join(dataDir, 'days'))
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .flatMap((f) => readJsonl<T>(join(dataDir, 'days', f)));
}
