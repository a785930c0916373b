// The indexes applyEvent keeps (open tickets, walk-ins per session) must always equal what a scan
// of every ticket says: thousands of random commands, checked after each one.
import { describe, expect, it } from 'vitest';
import { defaultSite } from '../../hub/default-site.js';
import { applyEvent } from '../../hub/queue/apply-event.js';
import type { Command } from '../../hub/queue/commands.js';
import { isOpen, walkInKey } from '../../hub/queue/open-tickets.js';
import { createState } from '../../hub/queue/state.js';
import type { QueueState } from '../../hub/queue/types.js';
import { Harness } from './queue-harness.js';

/** A small deterministic PRNG (mulberry32), so a failure repeats. */
function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function scanned(state: QueueState) {
  const open = [...state.tickets.values()].filter(isOpen).map((t) => t.id).sort();
  const walkIns = new Map<string, number>();
  for (const t of state.tickets.values()) {
    if (t.session == null || t.booking) continue;
    const k = walkInKey(t.originService, t.session);
    walkIns.set(k, (walkIns.get(k) ?? 0) + 1);
  }
  return { open, walkIns: [...walkIns].sort() };
}

function indexed(state: QueueState) {
  return { open: [...state.open.keys()].sort(), walkIns: [...state.walkIns].sort() };
}

describe('open-ticket index', () => {
  it('equals a full scan after every one of 3,000 random commands, across rollovers and a replay', () => {
    const config = defaultSite('Asia/Makassar');
    config.settings.expireAtRollover = false; // carried tickets must be indexed too
    // sessions with a quota give tickets a session number
    config.services[0].sessions = [{ start: '00:00', end: '23:59', quota: 10_000 }];
    const h = new Harness(config);
    const random = rng(42);
    const pick = <T>(xs: readonly T[]): T | undefined => xs[Math.floor(random() * xs.length)];
    const services = config.services.map((s) => s.id);
    const counters = config.counters.map((c) => c.id);
    let day = 28;
    for (let i = 0; i < 3000; i++) {
      h.tick(20);
      const tickets = [...h.state.tickets.values()];
      const any = pick(tickets)?.id ?? 'none';
      const r = random();
      const by = 'petugas';
      const cmd: Command =
        r < 0.35
          ? { type: 'issue', id: `t-${i}`, service: pick(services)!, priority: random() < 0.1, idempotencyKey: null, device: null }
          : r < 0.5
            ? { type: 'callNext', counter: pick(counters)!, by }
            : r < 0.6
              ? { type: 'finish', ticketId: any, by, transferTo: random() < 0.3 ? pick(services)! : null }
              : r < 0.65
                ? { type: 'cancel', ticketId: any, by }
                : r < 0.7
                  ? { type: 'noShow', ticketId: any, by }
                  : r < 0.75
                    ? { type: 'transfer', ticketId: any, service: pick(services)!, by }
                    : r < 0.8
                      ? { type: 'start', ticketId: any, by }
                      : r < 0.85
                        ? { type: 'callBatch', counter: 'ruang-kunjungan', count: null, by }
                        : r < 0.9
                          ? { type: 'finishBatch', counter: 'ruang-kunjungan', calledAt: null, by }
                          : r < 0.95
                            ? { type: 'reopen', ticketId: any, by }
                            : r < 0.997
                              ? { type: 'recall', ticketId: any, by }
                              : { type: 'rollover', to: `2026-11-${++day}` };
      h.run(cmd);
      expect(indexed(h.state), `after command ${i} (${cmd.type})`).toEqual(scanned(h.state));
    }
    expect(h.state.open.size).toBeGreaterThan(0);
    expect([...h.state.walkIns.values()].some((n) => n > 0)).toBe(true);
    // Replaying the log rebuilds the same indexes.
    const replayed = createState(config, '2026-11-28');
    for (const e of h.log) applyEvent(replayed, structuredClone(e));
    expect(indexed(replayed)).toEqual(indexed(h.state));
  });
});
