// Tamper-evident audit: every entry carries the hash of the one before it (`prev`) and its own
// (`hash` = sha256 over the canonical JSON of the entry with `prev`, without `hash`). One chain per
// day; a day's first entry is anchored to the last hash of the previous day that has entries, so
// editing, dropping, inserting or reordering an entry, or removing a whole earlier day, breaks a
// link that verify() reports. Independent of the store's file format: entries go through
// store.appendAudit and come back through store.readAudit.
import { createHash } from 'node:crypto';
import type { AuditBreak, AuditEntry, AuditVerification, ChainedAuditEntry } from '../../protocol/audit.js';
import type { Store } from '../store/store.js';

export const GENESIS = '0'.repeat(64);
/** How far back a chain looks for the previous day with entries (a hub idle longer starts anew). */
export const ANCHOR_LOOKBACK_DAYS = 400;

/** JSON with object keys sorted at every depth, no whitespace: the same bytes for the same entry. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj).filter((k) => obj[k] !== undefined && typeof obj[k] !== 'function').sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`).join(',')}}`;
}

export function entryHash(entry: ChainedAuditEntry): string {
  const { hash: _hash, ...rest } = entry;
  return createHash('sha256').update(canonicalJson(rest)).digest('hex');
}

export function previousDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}

/** The last hash before `day`: the last entry of the nearest earlier day with entries. */
export async function anchorBefore(store: Store, day: string): Promise<{ day: string | null; hash: string }> {
  let d = day;
  for (let i = 0; i < ANCHOR_LOOKBACK_DAYS; i++) {
    d = previousDay(d);
    const entries = (await store.readAudit(d)) as ChainedAuditEntry[];
    if (entries.length > 0) return { day: d, hash: entries.at(-1)!.hash ?? GENESIS };
  }
  return { day: null, hash: GENESIS };
}

/** Appends entries one at a time, in call order, each linked to the last one written. */
export class AuditChain {
  private head: { day: string; hash: string } | null = null;
  private tail: Promise<unknown> = Promise.resolve();

  constructor(private readonly store: Store) {}

  append(day: string, entry: AuditEntry): Promise<ChainedAuditEntry> {
    const run = this.tail.then(() => this.write(day, entry));
    this.tail = run.catch(() => {});
    return run;
  }

  private async write(day: string, entry: AuditEntry): Promise<ChainedAuditEntry> {
    const prev = await this.headHash(day);
    const { prev: _p, hash: _h, ...plain } = entry as ChainedAuditEntry;
    const linked: ChainedAuditEntry = { ...plain, prev };
    linked.hash = entryHash(linked);
    try {
      await this.store.appendAudit(day, linked);
    } catch (err) {
      this.head = null; // re-read what is really on disk before the next entry
      throw err;
    }
    this.head = { day, hash: linked.hash };
    return linked;
  }

  private async headHash(day: string): Promise<string> {
    // Same day, or a later day whose anchor is the last hash written: both are the current head.
    if (this.head && this.head.day <= day) return this.head.hash;
    const today = (await this.store.readAudit(day)) as ChainedAuditEntry[];
    if (today.length > 0) return today.at(-1)!.hash ?? GENESIS;
    return (await anchorBefore(this.store, day)).hash;
  }
}

/** Walks from..to (inclusive) and reports the first broken link. */
export async function verifyAuditChain(store: Store, from: string, to: string): Promise<AuditVerification> {
  const result: AuditVerification = { ok: true, from, to, daysWithEntries: 0, entries: 0, unchained: 0, head: null, firstBreak: null };
  let expectedPrev: string | null = (await anchorBefore(store, from)).hash;
  let previousLabel = 'the last entry of the previous day with entries';
  for (let day = from; day <= to; day = nextDay(day)) {
    const entries = (await store.readAudit(day)) as ChainedAuditEntry[];
    if (entries.length === 0) continue;
    result.daysWithEntries++;
    for (const [index, e] of entries.entries()) {
      result.entries++;
      const fail = (b: Omit<AuditBreak, 'day' | 'index' | 'entry'>) => {
        result.ok = false;
        result.firstBreak = { day, index, entry: e, ...b };
        return result;
      };
      if (e.hash === undefined) {
        // Entries from before the chain existed are tolerated only before the first chained one.
        if (result.entries === result.unchained + 1 && expectedPrev === GENESIS) {
          result.unchained++;
          continue;
        }
        return fail({ problem: 'unchained', message: 'an entry without a hash inside the chain (inserted, or its hash removed)', expected: expectedPrev ?? GENESIS, found: null });
      }
      const actual = entryHash(e);
      if (actual !== e.hash) {
        return fail({ problem: 'edited', message: 'the entry does not match its own hash: its content was changed after it was written', expected: actual, found: e.hash });
      }
      if (e.prev !== expectedPrev) {
        return fail({
          problem: 'link',
          message: `the entry's link does not match ${index === 0 ? previousLabel : 'the entry before it'}: an entry before it was removed, inserted or reordered`,
          expected: expectedPrev ?? GENESIS,
          found: e.prev ?? null,
        });
      }
      expectedPrev = e.hash;
      result.head = e.hash;
    }
    previousLabel = `the last entry of ${day}`;
  }
  return result;
}

function nextDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}
