// The one place drafts become events: each gets the next seq and is applied at once, so the
// next draft (and the next command) sees it. The engine, the benches' history and the tests'
// harness all go through here.
import { applyEvent } from './apply-event.js';
import type { DomainEvent, DraftEvent } from './events.js';
import type { QueueState } from './types.js';

export function numberAndApply(state: QueueState, drafts: readonly DraftEvent[]): DomainEvent[] {
  return drafts.map((d) => {
    const e = { ...d, seq: state.seq + 1 } as DomainEvent;
    applyEvent(state, e);
    return e;
  });
}
