// The audit hash chain over the memory store: every kind of quiet rewrite breaks a link that
// verify reports with the day, the index and what differs.
import { describe, expect, it } from 'vitest';
import { AuditChain, GENESIS, canonicalJson, entryHash, verifyAuditChain } from '../../hub/audit/audit-chain.js';
import type { ChainedAuditEntry } from '../../protocol/audit.js';
import { MemoryStore } from '../../hub/store/memory-store.js';

const entry = (n: number) => ({ at: `2026-11-28T0${n % 10}:00:00.000Z`, actor: 'budi', action: 'ticket.calledOutOfOrder', detail: { counter: 'loket-1', number: `A-00${n}`, reason: `alasan ${n}` } });

async function seeded(): Promise<MemoryStore> {
  const store = new MemoryStore();
  const chain = new AuditChain(store);
  await Promise.all([1, 2, 3].map((n) => chain.append('2026-11-27', entry(n))));
  await Promise.all([4, 5, 6, 7].map((n) => chain.append('2026-11-28', entry(n))));
  return store;
}
const day = (s: MemoryStore, d: string) => s.audit.get(d) as ChainedAuditEntry[];

describe('audit chain', () => {
  it('canonical JSON sorts keys at every depth and drops undefined', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, 'x'], c: undefined, b: null } })).toBe('{"a":{"b":null,"d":[1,"x"]},"b":1}');
  });

  it('links each entry to the one before, in call order, and the next day to the previous day', async () => {
    const s = await seeded();
    const d1 = day(s, '2026-11-27');
    const d2 = day(s, '2026-11-28');
    expect(d1.map((e) => e.detail.number)).toEqual(['A-001', 'A-002', 'A-003']);
    expect(d1[0]!.prev).toBe(GENESIS);
    expect(d1[1]!.prev).toBe(d1[0]!.hash);
    expect(d2[0]!.prev).toBe(d1[2]!.hash);
    for (const e of [...d1, ...d2]) expect(entryHash(e)).toBe(e.hash);
    const v = await verifyAuditChain(s, '2026-11-27', '2026-11-28');
    expect(v).toMatchObject({ ok: true, entries: 7, daysWithEntries: 2, head: d2[3]!.hash, firstBreak: null });
  });

  it('a new chain object (a restart) continues from what the store holds', async () => {
    const s = await seeded();
    await new AuditChain(s).append('2026-11-29', entry(8));
    expect(day(s, '2026-11-29')[0]!.prev).toBe(day(s, '2026-11-28')[3]!.hash);
    expect((await verifyAuditChain(s, '2026-11-27', '2026-11-29')).ok).toBe(true);
  });

  it('reports an edited entry', async () => {
    const s = await seeded();
    day(s, '2026-11-28')[2]!.detail.reason = 'alasan lain';
    const v = await verifyAuditChain(s, '2026-11-27', '2026-11-28');
    expect(v.ok).toBe(false);
    expect(v.firstBreak).toMatchObject({ day: '2026-11-28', index: 2, problem: 'edited' });
  });

  it('reports a dropped entry, a reordering and an inserted unchained entry', async () => {
    let s = await seeded();
    day(s, '2026-11-28').splice(1, 1);
    expect((await verifyAuditChain(s, '2026-11-28', '2026-11-28')).firstBreak).toMatchObject({ day: '2026-11-28', index: 1, problem: 'link' });

    s = await seeded();
    const d = day(s, '2026-11-27');
    [d[0], d[1]] = [d[1]!, d[0]!];
    expect((await verifyAuditChain(s, '2026-11-27', '2026-11-28')).firstBreak).toMatchObject({ day: '2026-11-27', index: 0, problem: 'link' });

    s = await seeded();
    day(s, '2026-11-28').splice(2, 0, entry(9));
    expect((await verifyAuditChain(s, '2026-11-27', '2026-11-28')).firstBreak).toMatchObject({ day: '2026-11-28', index: 2, problem: 'unchained' });
  });

  it("reports a removed earlier day at the next day's first entry", async () => {
    const s = await seeded();
    s.audit.delete('2026-11-27');
    const v = await verifyAuditChain(s, '2026-11-28', '2026-11-28');
    expect(v.firstBreak).toMatchObject({ day: '2026-11-28', index: 0, problem: 'link', expected: GENESIS });
  });

  it('tolerates entries written before the chain existed, at the start only', async () => {
    const s = new MemoryStore();
    await s.appendAudit('2026-11-27', entry(1));
    await new AuditChain(s).append('2026-11-27', entry(2));
    const v = await verifyAuditChain(s, '2026-11-27', '2026-11-27');
    expect(v).toMatchObject({ ok: true, unchained: 1, entries: 2 });
  });

  it('after a failed write, the next entry links to what is really stored', async () => {
    const s = new MemoryStore();
    const chain = new AuditChain(s);
    await chain.append('2026-11-28', entry(1));
    const append = s.appendAudit.bind(s);
    s.appendAudit = () => Promise.reject(new Error('disk full'));
    await expect(chain.append('2026-11-28', entry(2))).rejects.toThrow('disk full');
    s.appendAudit = append;
    await chain.append('2026-11-28', entry(3));
    expect((await verifyAuditChain(s, '2026-11-28', '2026-11-28')).ok).toBe(true);
  });
});
