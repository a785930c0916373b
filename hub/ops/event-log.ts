// One log line per durable domain event (debug level) and per change of the store's health
// (warn/info). Ticket numbers and services only: a ticket id is a secret link, never logged.
import type { Logger } from 'pino';
import type { QueueEngine } from '../engine/queue-engine.js';
import type { DomainEvent } from '../queue/events.js';

function fields(engine: QueueEngine, e: DomainEvent): Record<string, unknown> {
  const base = { event: e.type, seq: e.seq, by: e.by ?? undefined };
  if (e.type === 'ticket.issued') return { ...base, number: e.ticket.number, service: e.ticket.service, priority: e.ticket.priority || undefined };
  if ('ticketId' in e) {
    const t = engine.state.tickets.get(e.ticketId);
    return { ...base, number: t?.number, service: t?.service, counter: 'counter' in e ? e.counter : undefined };
  }
  if ('counter' in e) return { ...base, counter: e.counter };
  if (e.type === 'day.rolledOver') return { ...base, from: e.from, to: e.to, expired: e.expired.length };
  if (e.type === 'config.changed') return { ...base, what: e.what };
  return base;
}

export function logEngineEvents(engine: QueueEngine, logger: Logger): () => void {
  const onEvents = (events: DomainEvent[]) => {
    if (!logger.isLevelEnabled('debug')) return;
    for (const e of events) logger.debug(fields(engine, e), e.type);
  };
  const onHealth = (h: { writable: boolean; message: string }) => {
    if (h.writable) logger.info('store writable again: accepting changes');
    else logger.error({ reason: h.message }, 'store NOT writable: changes are refused until the disk takes a write');
  };
  engine.on('events', onEvents);
  engine.on('health', onHealth);
  return () => {
    engine.off('events', onEvents);
    engine.off('health', onHealth);
  };
}
