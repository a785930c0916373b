// A new site configuration against the day's state: what kind of change it is, and whether it
// takes away a service or counter that is still in use (the admin must disable it, or finish
// or move what uses it, first). Pure.
import type { SiteConfig } from '../../protocol/config.js';
import { refuse, type Refusal } from './commands.js';
import { inRoom } from './rooms.js';
import type { QueueView } from './types.js';

/** Structural equality of JSON-like values (key order does not matter). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) return a.length === (b as unknown[]).length && a.every((x, i) => sameValue(x, (b as unknown[])[i]));
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  return ka.length === kb.length && ka.every((k) => sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** 'settings' when services and counters are as they were (boards need no new snapshot). */
export function changeKind(before: SiteConfig, after: SiteConfig): 'settings' | 'config' {
  return sameValue(before.services, after.services) && sameValue(before.counters, after.counters) ? 'settings' : 'config';
}

/** A refusal when the new configuration drops a service or counter still in use. */
export function removalRefusal(state: QueueView, after: SiteConfig): Refusal | null {
  const kept = new Set(after.services.map((s) => s.id));
  for (const gone of state.config.services.filter((s) => !kept.has(s.id))) {
    const id = gone.id;
    const counters = after.counters.filter((c) => c.services.includes(id)).map((c) => c.name);
    const stages = after.services.filter((s) => s.next === id).map((s) => s.name.id);
    let tickets = false;
    for (const t of state.tickets.values()) if (t.service === id || t.originService === id || t.history.includes(id)) tickets = true;
    const inUse = [...counters.map((c) => `counter ${c}`), ...stages.map((s) => `the next stage of ${s}`), ...(tickets ? ["today's tickets"] : [])];
    if (inUse.length) {
      return refuse('conflict', `service ${id} is still used by ${inUse.join(', ')}; disable it instead, or remove those first`, 'service_in_use', { service: id, counters, stages, tickets });
    }
  }
  const keptCounters = new Set(after.counters.map((c) => c.id));
  for (const gone of state.config.counters.filter((c) => !keptCounters.has(c.id))) {
    // A visit room may hold a whole batch: any ticket called or served there keeps the counter.
    if (inRoom(state, gone.id).length > 0) return refuse('conflict', `counter ${gone.id} is serving a ticket now; finish it first`, 'counter_serving', { counter: gone.id });
  }
  return null;
}
