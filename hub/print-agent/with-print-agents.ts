// The hub's PrintService with print agents in front: tickets of a device whose agent has
// connected go to the agent; everything else to the hub's own printers. Outcomes and statuses
// of both are one view, so kiosk, counter and admin need not know where a ticket printed.
import type { PrintService } from '../../printer/print-service.js';
import type { PrintAgentRelay } from './agent-relay.js';

export function withPrintAgents(inner: PrintService, relay: PrintAgentRelay): PrintService {
  return {
    ...inner,
    start: async () => {
      await relay.load();
      await inner.start();
    },
    enqueue: (t) => (relay.handles(t.device) ? relay.enqueue(t, false) : inner.enqueue(t)),
    reprint: (t) => (relay.handles(t.device) ? relay.enqueue(t, true) : inner.reprint(t)),
    outcome: (ticketId) => relay.outcome(ticketId) ?? inner.outcome(ticketId),
    status: () => [...inner.status(), ...relay.status()],
    onStatus(cb) {
      const a = inner.onStatus(cb);
      const b = relay.onStatus(cb);
      return () => (a(), b());
    },
    onOutcome(cb) {
      const a = inner.onOutcome(cb);
      const b = relay.onOutcome(cb);
      return () => (a(), b());
    },
    close: async () => {
      await relay.close();
      await inner.close();
    },
  };
}
