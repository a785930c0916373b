// `?from=&to=` as local days (YYYY-MM-DD), defaulting to today, bounded in length. Shared by the
// audit verification and the supervisor's view.
import { z } from 'zod';
import { HttpError } from './errors.js';
import { parse } from './validate.js';

const dayParam = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD').refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)), 'not a real date');
const rangeQuery = z.object({ from: dayParam.optional(), to: dayParam.optional(), lang: z.enum(['id', 'en']).optional() });

export interface DayRange {
  from: string;
  to: string;
  lang: 'id' | 'en';
}

export function dayRange(query: unknown, today: string, maxDays: number): DayRange {
  const q = parse(rangeQuery, query);
  const from = q.from ?? q.to ?? today;
  const to = q.to ?? q.from ?? today;
  if (from > to) throw new HttpError(400, 'validation_failed', `from (${from}) is after to (${to})`);
  const days = (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000 + 1;
  if (days > maxDays) throw new HttpError(400, 'validation_failed', `a range covers at most ${maxDays} days`);
  return { from, to, lang: q.lang ?? 'id' };
}
