// The shapes of the data files, checked when they are read: a file that is valid JSON but the
// wrong shape (a day file that is `null`, a config that is an array) is refused like a file that
// does not parse, never taken for "no data" (a `null` day file once restarted numbering at 001).
// Checks are structural where other code owns the details (users, devices), full for the config.
import { z } from 'zod';
import { siteConfigSchema } from '../../protocol/config-schema.js';
import { idSchema } from '../../protocol/rest.js';

export { siteConfigSchema };

const iso = z.string().min(1);

export const authFileSchema = z.looseObject({
  users: z.array(
    z.looseObject({ username: z.string().min(1), displayName: z.string(), role: z.enum(['admin', 'officer']), passwordHash: z.string().min(1), disabled: z.boolean(), createdAt: iso }),
  ),
  sessions: z.array(z.looseObject({ tokenHash: z.string().min(1), username: z.string().min(1), createdAt: iso, expiresAt: iso })),
});

/** A kiosk or board of the registry (hub/devices/): its key only as a hash. */
export const storedDeviceSchema = z.strictObject({
  id: idSchema,
  kind: z.enum(['kiosk', 'board']),
  name: z.string().max(80),
  location: z.string().max(120),
  note: z.string().max(300),
  keyHash: z.string().regex(/^[0-9a-f]{64}$/).optional(),
  keyCreatedAt: z.string().optional(),
});
/** DATA_DIR/devices.json. */
export const devicesFileSchema = z.strictObject({ devices: z.array(storedDeviceSchema) });

/** One line of days/YYYY-MM-DD.jsonl: a domain event (its details are the queue core's). */
export const eventLineSchema = z.looseObject({ type: z.string().min(1), seq: z.number().int().positive(), at: iso });

/** One line of audit/YYYY-MM-DD.jsonl. */
export const auditLineSchema = z.looseObject({ at: iso, actor: z.string().nullable(), action: z.string().min(1), detail: z.record(z.string(), z.unknown()) });

/** A whole-day file of the first release (days/*.json, audit/*.json), read once by the migration. */
export const v1DayFileSchema = z.looseObject({ day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), events: z.array(z.unknown()) });

/** "at users.0.role: Invalid option" — the first problem, short enough for a log line. */
export function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  const where = issue.path.length ? issue.path.join('.') : 'the top level';
  return `at ${where}: ${issue.message}`;
}

export type StoredDevice = z.infer<typeof storedDeviceSchema>;
