// Validation of site configuration, shared by the hub (admin edits, stored files) and admin app.
import { z } from 'zod';
import { idSchema } from './rest.js';

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'time as HH:MM');
const weekday = z.number().int().min(1).max(7);
const localDay = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'date as YYYY-MM-DD');
// The English name may be left empty: screens then show the Indonesian one (ui/i18n localized).
const name = z.strictObject({ id: z.string().trim().min(1).max(80), en: z.string().trim().max(80) });

export const openingSessionSchema = z
  .strictObject({
    start: hhmm,
    end: hhmm,
    lastIssue: hhmm.optional(),
    weekdays: z.array(weekday).max(7).optional(),
    quota: z.number().int().min(0).max(9999).nullable().optional(),
    bookingShare: z.number().int().min(0).max(100).optional(),
  })
  .refine((s) => s.start < s.end, { message: 'a session must start before it ends', params: { reason: 'session_order' } })
  .refine((s) => !s.lastIssue || (s.lastIssue > s.start && s.lastIssue <= s.end), {
    message: 'last issue time must lie within the session',
    params: { reason: 'last_issue_outside' },
  });

export const serviceSchema = z.strictObject({
  id: idSchema,
  prefix: z.string().regex(/^[A-Z]$/, 'one capital letter'),
  name,
  active: z.boolean(),
  dailyQuota: z.number().int().min(0).max(9999).nullable(),
  sessions: z.array(openingSessionSchema).max(8),
  next: idSchema.nullable(),
  averageServiceMinutes: z.number().min(0.5).max(240),
  icon: z.string().max(32).optional(),
  kiosk: z.boolean().optional(),
});

export const counterSchema = z.strictObject({
  id: idSchema,
  name: z.string().trim().min(1).max(40),
  services: z.array(idSchema).min(1),
  sessionMinutes: z.number().int().min(1).max(240).nullable().optional(),
  capacity: z.number().int().min(1).max(200).nullable().optional(),
});

export const settingsSchema = z.strictObject({
  siteName: z.string().trim().min(1).max(80),
  timezone: z.string().min(1).max(64),
  runningText: z.string().max(500),
  ticketFooter: z.string().max(120),
  publicUrl: z.union([z.literal(''), z.url({ protocol: /^https?$/ })]),
  numberReading: z.enum(['words', 'digits']),
  voice: z.strictObject({
    voice: z.boolean(),
    chime: z.boolean(),
    volume: z.number().min(0).max(1),
    browserSpeech: z.boolean(),
  }),
  priority: z.discriminatedUnion('mode', [
    z.strictObject({ mode: z.literal('first') }),
    z.strictObject({ mode: z.literal('interleave'), every: z.number().int().min(1).max(20) }),
  ]),
  maxRecalls: z.number().int().min(1).max(10),
  expireAtRollover: z.boolean(),
  paperWidth: z.union([z.literal(58), z.literal(80)]).optional(),
  anonymousTicketsPerMinute: z.number().int().min(0).max(10_000).optional(),
  sessionIdleMinutes: z.number().int().min(0).max(24 * 60).optional(),
  sessionLifetimeHours: z.number().int().min(1).max(7 * 24).optional(),
  publishedIkm: z
    .strictObject({
      period: z.string().trim().min(1).max(40),
      from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
      to: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
      index: z.number().min(25).max(100),
      grade: z.enum(['A', 'B', 'C', 'D']),
      label: z.string().max(40),
      respondents: z.number().int().min(0),
      publishedAt: z.string().max(40),
    })
    .nullable()
    .optional(),
  calendar: z
    .strictObject({ holidays: z.array(localDay).max(366), closedWeekdays: z.array(weekday).max(7) })
    .optional(),
  booking: z
    .strictObject({
      daysAhead: z.number().int().min(0).max(60),
      checkInMarginMinutes: z.number().int().min(0).max(240),
      merge: z.discriminatedUnion('mode', [
        z.strictObject({ mode: z.literal('first') }),
        z.strictObject({ mode: z.literal('interleave'), every: z.number().int().min(1).max(20) }),
      ]),
    })
    .optional(),
});

/** Checks that hold across the lists: unique ids and prefixes, known references, no cycle in `next`. */
export const siteConfigSchema = z
  .strictObject({
    settings: settingsSchema,
    services: z.array(serviceSchema).min(1).max(26),
    counters: z.array(counterSchema).max(100),
  })
  .superRefine((c, ctx) => {
    const dup = <T>(xs: T[]) => xs.find((x, i) => xs.indexOf(x) !== i);
    const ids = c.services.map((s) => s.id);
    const d1 = dup(ids);
    if (d1) ctx.addIssue({ code: 'custom', path: ['services'], message: `duplicate service id ${d1}`, params: { reason: 'duplicate_id', id: d1 } });
    const d2 = dup(c.services.map((s) => s.prefix));
    if (d2) ctx.addIssue({ code: 'custom', path: ['services'], message: `duplicate prefix ${d2}`, params: { reason: 'duplicate_prefix', prefix: d2, name: c.services.find((s) => s.prefix === d2)?.name.id ?? d2 } });
    const d3 = dup(c.counters.map((x) => x.id));
    if (d3) ctx.addIssue({ code: 'custom', path: ['counters'], message: `duplicate counter id ${d3}`, params: { reason: 'duplicate_id', id: d3 } });
    for (const s of c.services) {
      if (s.next && !ids.includes(s.next)) ctx.addIssue({ code: 'custom', path: ['services'], message: `${s.id}: next stage ${s.next} does not exist`, params: { reason: 'next_missing', service: s.id, next: s.next } });
    }
    for (const s of c.services) {
      const seen = new Set<string>();
      let cur: string | null = s.id;
      while (cur) {
        if (seen.has(cur)) {
          ctx.addIssue({ code: 'custom', path: ['services'], message: `cycle in next stages from ${s.id}`, params: { reason: 'next_cycle', service: s.id } });
          break;
        }
        seen.add(cur);
        cur = c.services.find((x) => x.id === cur)?.next ?? null;
      }
    }
    for (const k of c.counters) {
      for (const sid of k.services) {
        if (!ids.includes(sid)) ctx.addIssue({ code: 'custom', path: ['counters'], message: `${k.id}: unknown service ${sid}`, params: { reason: 'unknown_service', counter: k.name, service: sid } });
      }
    }
  });
