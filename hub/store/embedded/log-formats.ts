// The two kinds of day log in the embedded store and the checks their lines pass when read.
import type { DomainEvent } from '../../queue/events.js';
import { auditLineSchema, eventLineSchema } from '../data-file-schemas.js';
import type { AuditEntry } from '../../../protocol/audit.js';
import type { LogFormat } from './append-log.js';

/**
 * days/YYYY-MM-DD.jsonl: domain events (the frame of eventLineSchema, checked by hand: a busy
 * day has tens of thousands of lines and start-up parses them all), seq strictly rising (a
 * repeated seq is a duplicate number waiting to happen).
 */
export const eventLog: LogFormat<DomainEvent> = {
  check(e, prev) {
    const x = e as unknown as Record<string, unknown> | null;
    if (typeof x !== 'object' || x === null || Array.isArray(x)) return 'is not the expected shape (not an object)';
    if (typeof x.type !== 'string' || !x.type) return 'is not the expected shape (no type)';
    if (!Number.isInteger(x.seq) || (x.seq as number) < 1) return 'is not the expected shape (seq is not a positive integer)';
    if (typeof x.at !== 'string' || !x.at) return 'is not the expected shape (no at)';
    return prev && e.seq <= prev.seq ? `seq ${e.seq} does not follow seq ${prev.seq}` : null;
  },
};

/** The same frame as a schema, for documentation and other readers. */
export { eventLineSchema };

/** audit/YYYY-MM-DD.jsonl: who did what, one entry a line. */
export const auditLog: LogFormat<AuditEntry> = { schema: auditLineSchema };
