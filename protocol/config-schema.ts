// Validation of site configuration, shared by the hub (admin edits, stored files) and admin app.
import { z } from 'zod';
import { idSchema } from './rest.js';

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'time as HH:MM');
const name = z.strictObject({ id: z.string().trim().min(1).max(80), en: z.string().trim().min(1).max(80) });

export const openingSessionSchema = z
  .strictObject({ start: hhmm, end: hhmm, lastIssue: hhmm.optional() })
  .refine((s) => s.start < s.end, { message: 'a session must start before it ends' })
  .refine((s) => !s.lastIssue || (s.lastIssue > s.start && s.lastIssue <= s.end), {
    message: 'last issue time must lie within the session',
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
});

export const counterSchema = z.strictObject({
  id: idSchema,
  name: z.string().trim().min(1).max(40),
  services: z.array(idSchema).min(1),
  sessionMinutes: z.number().int().min(1).max(240).nullable().optional(),
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
    if (d1) ctx.addIssue({ code: 'custom', path: ['services'], message: `duplicate service id ${d1}` });
    const d2 = dup(c.services.map((s) => s.prefix));
    if (d2) ctx.addIssue({ code: 'custom', path: ['services'], message: `duplicate prefix ${d2}` });
    const d3 = dup(c.counters.map((x) => x.id));
    if (d3) ctx.addIssue({ code: 'custom', path: ['counters'], message: `duplicate counter id ${d3}` });
    for (const s of c.services) {
      if (s.next && !ids.includes(s.next)) ctx.addIssue({ code: 'custom', path: ['services'], message: `${s.id}: next stage ${s.next} does not exist` });
    }
    for (const s of c.services) {
      const seen = new Set<string>();
      let cur: string | null = s.id;
      while (cur) {
        if (seen.has(cur)) {
          ctx.addIssue({ code: 'custom', path: ['services'], message: `cycle in next stages from ${s.id}` });
          break;
        }
        seen.add(cur);
        cur = c.services.find((x) => x.id === cur)?.next ?? null;
      }
    }
    for (const k of c.counters) {
      for (const sid of k.services) {
        if (!ids.includes(sid)) ctx.addIssue({ code: 'custom', path: ['counters'], message: `${k.id}: unknown service ${sid}` });
      }
    }
  });
