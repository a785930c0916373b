// What went wrong, in the admin's language. The hub answers in English for developers (with the
// field in `details`); the mistakes an admin is likely to make are recognised and said plainly,
// anything else is shown as the hub wrote it, prefixed by the field it concerns.
import { ApiError } from '../ui/api.js';
import { i18n, type AdminKey } from './admin-strings.js';

export interface Explained {
  text: string;
  /** The field the hub named (e.g. "dailyQuota", "prefix"), to mark it invalid. */
  field: string | null;
}

type Rule = [RegExp, AdminKey, (m: RegExpExecArray) => Record<string, string>];

const RULES: Rule[] = [
  [/prefix (\w) is already used by (.+) \(/, 'e:duplicatePrefix', (m) => ({ prefix: m[1], name: m[2] })],
  [/duplicate prefix (\w)/, 'e:duplicatePrefix', (m) => ({ prefix: m[1], name: '?' })],
  [/quota cannot be below zero/, 'e:quota', () => ({})],
  [/cycle in next stages from (\S+)/, 'e:cycle', (m) => ({ id: m[1] })],
  [/next stage (\S+) does not exist/, 'e:nextMissing', (m) => ({ id: m[1] })],
  [/(\S+): unknown service (\S+)/, 'e:unknownService', (m) => ({ counter: m[1], id: m[2] })],
  [/(?:service|counter|device) with id (\S+) already exists|user (\S+) already exists/, 'e:exists', (m) => ({ id: m[1] ?? m[2] })],
  [/is still used by (.+); disable/, 'e:inUse', (m) => ({ what: m[1] })],
  [/serving a ticket now/, 'e:serving', () => ({})],
  [/last active admin/, 'e:lastAdmin', () => ({})],
  [/cannot disable or demote yourself/, 'e:self', () => ({})],
  [/unknown time zone/, 'e:timezone', () => ({})],
  [/start before it ends|last issue time must lie/, 'e:session', () => ({})],
  [/time as HH:MM/, 'e:time', () => ({})],
  [/at least 8 characters/, 'e:password', () => ({})],
  [/3-32 lowercase/, 'e:username', () => ({})],
  [/letters, digits, - and _ only/, 'e:id', () => ({})],
  [/one capital letter/, 'e:prefix', () => ({})],
  [/^services: Too small: expected array/, 'e:counterNoService', () => ({})],
  [/^publicUrl:/, 'e:url', () => ({})],
];

function fieldOf(err: ApiError): string | null {
  const first = Array.isArray(err.details) ? (err.details[0] as { path?: unknown } | undefined) : undefined;
  if (typeof first?.path === 'string' && first.path) return first.path;
  const m = /^([\w.]+): /.exec(err.message);
  return m ? m[1] : null;
}

export function explain(err: unknown): Explained {
  if (!(err instanceof ApiError)) return { text: i18n.t('e:generic', { message: String((err as Error)?.message ?? err) }), field: null };
  if (err.code === 'network') return { text: i18n.t('e:network'), field: null };
  if (err.code === 'rate_limited') return { text: i18n.t('e:rateLimited'), field: null };
  if (err.code === 'forbidden') return { text: i18n.t('e:forbidden'), field: null };
  if (err.code === 'store_unavailable') return { text: i18n.t('e:store'), field: null };
  const field = fieldOf(err);
  for (const [re, key, vars] of RULES) {
    const m = re.exec(err.message);
    if (m) return { text: i18n.t(key, vars(m)), field };
  }
  if (field) return { text: i18n.t('e:field', { field, message: err.message.slice(field.length + 2) }), field };
  return { text: i18n.t('e:generic', { message: err.message }), field: null };
}
