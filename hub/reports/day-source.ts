// Reads the stored days a report covers. The only I/O in reports/; the rest is pure.
import type { DomainEvent } from '../queue/events.js';
import type { Store } from '../store/store.js';
import type { DayEvents } from './stages.js';

/** One day's durable events, read without side effects on the live day's writer. */
export async function readDayEvents(store: Store, day: string): Promise<DomainEvent[]> {
  return (await store.readDay(day)) ?? [];
}

export interface RangeEvents {
  days: DayEvents[];
  /** The rollover that closed the last day of the range, if it happened yet. */
  closing: DomainEvent | null;
}

export async function readRange(store: Store, from: string, to: string): Promise<RangeEvents> {
  const all = await store.listDays();
  const inRange = all.filter((d) => d >= from && d <= to);
  const days: DayEvents[] = [];
  for (const day of inRange) days.push({ day, events: await readDayEvents(store, day) });
  const last = inRange.at(-1);
  const after = all.find((d) => d > to);
  let closing: DomainEvent | null = null;
  if (last && after) {
    const first = (await readDayEvents(store, after))[0];
    if (first?.type === 'day.rolledOver' && first.from === last) closing = first;
  }
  return { days, closing };
}
