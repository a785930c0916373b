// Input is validated at the edge: parse with zod or answer 400 in the envelope.
import type { ZodType } from 'zod';
import { validationError } from './errors.js';

export function parse<T>(schema: ZodType<T>, value: unknown): T {
  const r = schema.safeParse(value);
  if (!r.success) throw validationError(r.error);
  return r.data;
}
