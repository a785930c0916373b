// Drives the pure core the way the engine does: decide, number, apply.
import { defaultSite } from '../../hub/default-site.js';
import { isRefusal, type Command, type Refusal } from '../../hub/queue/commands.js';
import { decide } from '../../hub/queue/decide.js';
import type { DomainEvent } from '../../hub/queue/events.js';
import { numberAndApply } from '../../hub/queue/number-and-apply.js';
import { createState } from '../../hub/queue/state.js';
import type { QueueState } from '../../hub/queue/types.js';
import type { SiteConfig } from '../../protocol/config.js';

export class Harness {
  state: QueueState;
  log: DomainEvent[] = [];
  now = new Date('2026-11-28T01:00:00Z'); // 09:00 WITA
  private ids = 0;

  constructor(config: SiteConfig = defaultSite('Asia/Makassar')) {
    this.state = createState(config, '2026-11-28');
  }

  tick(seconds: number): this {
    this.now = new Date(this.now.getTime() + seconds * 1000);
    return this;
  }

  run(cmd: Command): DomainEvent[] | Refusal {
    const r = decide(this.state, cmd, this.now);
    if (isRefusal(r)) return r;
    const events = numberAndApply(this.state, r);
    this.log.push(...events);
    return events;
  }

  ok(cmd: Command): DomainEvent[] {
    const r = this.run(cmd);
    if (isRefusal(r)) throw new Error(`refused: ${r.refused} ${r.message}`);
    return r;
  }

  issue(service = 'pendaftaran', priority = false): string {
    const id = `ticket-${String(++this.ids).padStart(6, '0')}`;
    this.ok({ type: 'issue', id, service, priority, idempotencyKey: null, device: null });
    return id;
  }

  callNext(counter = 'loket-1'): string {
    const events = this.ok({ type: 'callNext', counter, by: 'petugas' });
    const called = events.find((e) => e.type === 'ticket.called') as Extract<DomainEvent, { type: 'ticket.called' }>;
    return called.ticketId;
  }

  number(id: string): string {
    return this.state.tickets.get(id)!.number;
  }
}
