// The two kinds of day log in the embedded store and the checks their lines pass when read.
import type { DomainEvent } from '../../queue/events.js';
import { auditLineSchema, eventLineSchema } from '../data-file-schemas.js';
import type { AuditEntry } from '../store.js';
import type { LogFormat } from './append-log.js';

/** days/YYYY-MM-DD.jsonl: domain events, seq strictly rising (a repeated seq is a duplicate number waiting to happen). */
export const eventLog: LogFormat<DomainEvent> = {
  schema: eventLineSchema,
  check: (e, prev) => (prev && e.seq <= prev.seq ? `seq ${e.seq} does not follow seq ${prev.seq}` : null),
};

/** audit/YYYY-MM-DD.jsonl: who did what, one entry a line. */
export const auditLog: LogFormat<AuditEntry> = { schema: auditLineSchema };
