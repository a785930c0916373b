// What the board shows, derived from the public state and the URL filters. Pure, so it is tested
// without a browser. A room with its own screen filters by service (id or letter) or counter.
import type { PublicCall, PublicCounter, PublicService, PublicState } from '../protocol/public.js';

export interface BoardFilter {
  /** Service ids or prefixes (lowercase); empty = all. */
  services: string[];
  /** Counter ids (lowercase); empty = all. */
  counters: string[];
}

/** How many earlier calls the board lists beside the latest one. */
export const RECENT_SHOWN = 6;
/** A call this recent, missed while offline, is still announced after the resync. */
export const LATE_CALL_MS = 30_000;

function list(v: string | null): string[] {
  return (v ?? '').split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);
}

/** `?services=kunjungan,C&counters=ruang-kunjungan` */
export function parseFilter(search: string): BoardFilter {
  const q = new URLSearchParams(search);
  return { services: list(q.get('services') ?? q.get('service')), counters: list(q.get('counters') ?? q.get('counter')) };
}

export class BoardView {
  constructor(private readonly filter: BoardFilter) {}

  get filtered(): boolean {
    return this.filter.services.length > 0 || this.filter.counters.length > 0;
  }

  service(s: PublicService): boolean {
    const f = this.filter.services;
    return f.length === 0 || f.includes(s.id.toLowerCase()) || f.includes(s.prefix.toLowerCase());
  }

  private serviceIds(state: PublicState): Set<string> {
    return new Set(state.services.filter((s) => this.service(s)).map((s) => s.id));
  }

  counter(c: Pick<PublicCounter, 'id' | 'services'>, state: PublicState): boolean {
    const f = this.filter.counters;
    if (f.length > 0 && !f.includes(c.id.toLowerCase())) return false;
    if (this.filter.services.length === 0) return true;
    const ids = this.serviceIds(state);
    return c.services.some((s) => ids.has(s));
  }

  call(call: PublicCall, state: PublicState): boolean {
    const f = this.filter.counters;
    if (f.length > 0 && !f.includes(call.counter.toLowerCase())) return false;
    return this.filter.services.length === 0 || this.serviceIds(state).has(call.service);
  }

  /** Counters that are open or paused (closed ones have no tile), in the configured order. */
  counters(state: PublicState): PublicCounter[] {
    return state.counters.filter((c) => c.status !== 'closed' && this.counter(c, state));
  }

  /** Services whose queue this screen shows: those of the filter, or of the filtered counters. */
  services(state: PublicState): PublicService[] {
    if (this.filter.counters.length === 0) return state.services.filter((s) => this.service(s));
    const served = new Set(state.counters.filter((c) => this.counter(c, state)).flatMap((c) => c.services));
    return state.services.filter((s) => served.has(s.id) && this.service(s));
  }

  calls(state: PublicState): PublicCall[] {
    return state.recentCalls.filter((c) => this.call(c, state));
  }

  latest(state: PublicState): PublicCall | null {
    return this.calls(state)[0] ?? null;
  }

  /**
   * Is this call still going on: its counter open and still calling or serving that number? It is
   * over once the ticket is finished, transferred or a no-show, or the counter paused or closed.
   */
  ongoing(call: PublicCall, state: PublicState): boolean {
    const c = state.counters.find((x) => x.id === call.counter);
    if (!c || c.status !== 'open' || !c.current) return false;
    // A room's batch goes on while the room still holds one of its numbers.
    return c.current.number === call.number || (call.batch?.numbers.includes(c.current.number) ?? false);
  }

  /** What the hero card shows: the latest call while it goes on; null (cleared) once it is over. */
  hero(state: PublicState): PublicCall | null {
    const latest = this.latest(state);
    return latest && this.ongoing(latest, state) ? latest : null;
  }

  /**
   * Earlier calls, newest first, one line per number (a recall does not push others out). The
   * latest call is among them once it is over and the hero card no longer shows it.
   */
  recent(state: PublicState): PublicCall[] {
    const hero = this.hero(state);
    const calls = this.calls(state);
    const rest = hero ? calls.slice(1) : calls;
    const seen = new Set(hero ? [hero.number] : []);
    const out: PublicCall[] = [];
    for (const c of rest) {
      if (seen.has(c.number)) continue;
      seen.add(c.number);
      out.push(c);
      if (out.length === RECENT_SHOWN) break;
    }
    return out;
  }

  /** Calls in a fresh snapshot that came after `lastSeq` and recently enough to be announced. */
  missed(state: PublicState, lastSeq: number, nowMs: number): PublicCall[] {
    return this.calls(state)
      .filter((c) => c.seq > lastSeq && nowMs - Date.parse(c.at) <= LATE_CALL_MS)
      .reverse();
  }
}
