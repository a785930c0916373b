// Rebuilds the queue state from the store: configuration, then the day's events replayed.
// When today has no file yet, the last day before it is replayed and rolled over.
import type { SiteConfig } from '../../protocol/config.js';
import { applyEvent } from '../queue/apply-event.js';
import type { DomainEvent } from '../queue/events.js';
import { createState } from '../queue/state.js';
import type { QueueState } from '../queue/types.js';
import type { Store } from '../store/store.js';

function replay(state: QueueState, events: DomainEvent[]): QueueState {
  for (const e of events) applyEvent(state, e);
  return state;
}

/** The state as stored; its `day` is before `today` when the hub was stopped over midnight. */
export async function loadState(store: Store, config: SiteConfig, today: string): Promise<QueueState> {
  const todays = await store.loadDay(today);
  const firstSeq = (events: DomainEvent[]) => (events.length ? events[0].seq - 1 : 0);
  if (todays && todays.length > 0) {
    // A day that began with a rollover continues from the previous day's state.
    const rolled = todays[0].type === 'day.rolledOver' ? todays[0] : null;
    const start = createState(config, rolled ? rolled.from : today, firstSeq(todays));
    return replay(start, todays);
  }
  const days = (await store.listDays()).filter((d) => d < today);
  const last = days.at(-1);
  if (!last) return createState(config, today, 0);
  const events = (await store.loadDay(last)) ?? [];
  const rolled = events[0]?.type === 'day.rolledOver' ? events[0] : null;
  const start = createState(config, rolled ? rolled.from : last, firstSeq(events));
  return replay(start, events);
}
