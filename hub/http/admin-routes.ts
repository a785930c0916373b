// Admin: site configuration, users, audit log. Every change is validated at the edge and goes
// through the core as one `config.changed` event, so kiosks, boards and consoles see it live.
// The per-item routes (services, counters, settings) are conveniences over the whole config:
// each reads the current config, edits one item and hands the result to changeConfig().
import { Router, type Request } from 'express';
import { z } from 'zod';
import { counterSchema, serviceSchema, settingsSchema, siteConfigSchema } from '../../protocol/config-schema.js';
import type { ServiceConfig, SiteConfig } from '../../protocol/config.js';
import { idSchema } from '../../protocol/rest.js';
import type { HubContext } from '../context.js';
import { runCommand } from './run-command.js';
import { isValidTimeZone, localDate } from '../queue/local-time.js';
import { deviceRoutes } from './admin-device-routes.js';
import { HttpError, reasonError, refusalError } from './errors.js';
import { removalRefusal } from '../queue/config-change.js';
import { requireRole, sessionOf } from './require-session.js';
import { parse } from './validate.js';

const usernameSchema = z.string().regex(/^[a-z0-9._-]{3,32}$/, '3-32 lowercase letters, digits, . _ -');
const passwordSchema = z.string().min(8, 'at least 8 characters').max(256);
const roleSchema = z.enum(['admin', 'officer']);

const newUserBody = z.strictObject({
  username: usernameSchema,
  displayName: z.string().trim().min(1).max(80),
  role: roleSchema,
  password: passwordSchema,
});
const userPatchBody = z.strictObject({
  displayName: z.string().trim().min(1).max(80).optional(),
  role: roleSchema.optional(),
  disabled: z.boolean().optional(),
  password: passwordSchema.optional(),
});

// Item bodies: the shared schemas with plainer messages where an admin is most likely to slip.
// A PATCH schema never has defaults (zod would fill in every key not sent, so `{ active: false }`
// would reset the quota, sessions and next stage); only a new item gets them.
const serviceFields = serviceSchema.extend({
  dailyQuota: z.number().int('daily quota must be a whole number').min(0, 'daily quota cannot be below zero').max(9999).nullable(),
});
const serviceBody = serviceFields.extend({
  active: serviceFields.shape.active.default(true),
  dailyQuota: serviceFields.shape.dailyQuota.default(null),
  sessions: serviceFields.shape.sessions.default([]),
  next: serviceFields.shape.next.default(null),
  averageServiceMinutes: serviceFields.shape.averageServiceMinutes.default(5),
});
const servicePatch = serviceFields.omit({ id: true }).partial();
const counterPatch = counterSchema.omit({ id: true }).partial();
const settingsPatch = settingsSchema.extend({ voice: settingsSchema.shape.voice.partial() }).partial();

const auditQuery = z.object({
  day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  action: z.string().max(64).optional(),
  actor: z.string().max(64).optional(),
});

export interface AuditNote {
  action: string;
  detail: Record<string, unknown>;
}

/**
 * Validates and applies a new configuration: one command (the core refuses to drop what is in
 * use; the engine stores the event and the configuration), then the audit entry. Callers must
 * not await between reading the current config and calling this, so two admins editing at once
 * never lose each other's change (the engine applies commands in order).
 */
export async function changeConfig(ctx: HubContext, next: SiteConfig, by: string, note?: AuditNote): Promise<SiteConfig> {
  const config = parse(siteConfigSchema, next) as SiteConfig;
  if (!isValidTimeZone(config.settings.timezone)) {
    throw reasonError(400, 'validation_failed', 'unknown_timezone', `settings.timezone: unknown time zone ${config.settings.timezone}`, { timezone: config.settings.timezone }, 'settings.timezone');
  }
  const [event] = await runCommand(ctx.engine, { type: 'changeConfig', config, by });
  const what = event?.type === 'config.changed' ? event.what : 'config';
  await ctx.audit({ actor: by, ...(note ?? { action: 'config.changed', detail: { what: what === 'settings' ? 'settings' : 'services/counters' } }) });
  return config;
}

/** Fields whose value differs, as { field: [before, after] }: what the audit log shows. */
export function changedFields(before: object, after: object): Record<string, [unknown, unknown]> {
  const out: Record<string, [unknown, unknown]> = {};
  const a = before as Record<string, unknown>;
  const b = after as Record<string, unknown>;
  for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
    if (JSON.stringify(a[k]) !== JSON.stringify(b[k])) out[k] = [a[k] ?? null, b[k] ?? null];
  }
  return out;
}

const param = (req: Request) => parse(idSchema, req.params.id);

/** The schema says "duplicate prefix"; an admin needs to know which service already has it. */
function checkPrefix(cfg: SiteConfig, service: ServiceConfig): void {
  const clash = cfg.services.find((s) => s.id !== service.id && s.prefix === service.prefix);
  if (!clash) return;
  const message = `prefix ${service.prefix} is already used by ${clash.name.id} (${clash.id})`;
  throw new HttpError(400, 'validation_failed', `prefix: ${message}`, [{ path: 'prefix', code: 'duplicate_prefix', message, prefix: service.prefix, name: clash.name.id, service: clash.id }]);
}

export function adminRoutes(ctx: HubContext): Router {
  const r = Router();
  const admin = requireRole(ctx.auth, ['admin']);
  r.use('/api/admin', admin);
  const current = () => ctx.engine.state.config;
  const me = (req: Request) => sessionOf(req).username;
  // The core refuses to drop what is in use (hub/queue/config-change.ts). Asked before the schema
  // check: "still used by Loket 1" helps an admin more than the schema's "unknown service".
  const refuseRemoval = (next: SiteConfig) => {
    const refusal = removalRefusal(ctx.engine.state, next);
    if (refusal) throw refusalError(refusal);
  };

  r.get('/api/admin/config', (_req, res) => {
    res.json(current());
  });

  r.put('/api/admin/config', async (req, res) => {
    res.json(await changeConfig(ctx, req.body as SiteConfig, me(req)));
  });

  // Services: add, edit (disable = { active: false }), remove while nothing refers to it.
  r.post('/api/admin/services', async (req, res) => {
    const service = parse(serviceBody, req.body);
    const cfg = current();
    if (cfg.services.some((s) => s.id === service.id)) throw reasonError(409, 'conflict', 'id_taken', `a service with id ${service.id} already exists`, { id: service.id }, 'id');
    checkPrefix(cfg, service);
    const config = await changeConfig(ctx, { ...cfg, services: [...cfg.services, service] }, me(req), { action: 'service.created', detail: { id: service.id, prefix: service.prefix } });
    res.status(201).json({ service, config });
  });

  r.patch('/api/admin/services/:id', async (req, res) => {
    const id = param(req);
    const patch = parse(servicePatch, req.body ?? {});
    const cfg = current();
    const old = cfg.services.find((s) => s.id === id);
    if (!old) throw new HttpError(404, 'not_found', `no service ${id}`);
    const service = { ...old, ...patch };
    if (service.icon === '') delete service.icon; // '' clears the icon (the kiosk then picks by id)
    checkPrefix(cfg, service);
    const services = cfg.services.map((s) => (s.id === id ? service : s));
    const config = await changeConfig(ctx, { ...cfg, services }, me(req), { action: 'service.updated', detail: { id, changes: changedFields(old, service) } });
    res.json({ service, config });
  });

  r.delete('/api/admin/services/:id', async (req, res) => {
    const id = param(req);
    const cfg = current();
    if (!cfg.services.some((s) => s.id === id)) throw new HttpError(404, 'not_found', `no service ${id}`);
    const next = { ...cfg, services: cfg.services.filter((s) => s.id !== id) };
    refuseRemoval(next);
    const config = await changeConfig(ctx, next, me(req), { action: 'service.deleted', detail: { id } });
    res.json({ config });
  });

  // Counters: name as spoken, services served.
  r.post('/api/admin/counters', async (req, res) => {
    const counter = parse(counterSchema, req.body);
    const cfg = current();
    if (cfg.counters.some((c) => c.id === counter.id)) throw reasonError(409, 'conflict', 'id_taken', `a counter with id ${counter.id} already exists`, { id: counter.id }, 'id');
    const config = await changeConfig(ctx, { ...cfg, counters: [...cfg.counters, counter] }, me(req), { action: 'counter.created', detail: { id: counter.id, name: counter.name } });
    res.status(201).json({ counter, config });
  });

  r.patch('/api/admin/counters/:id', async (req, res) => {
    const id = param(req);
    const patch = parse(counterPatch, req.body ?? {});
    const cfg = current();
    const old = cfg.counters.find((c) => c.id === id);
    if (!old) throw new HttpError(404, 'not_found', `no counter ${id}`);
    const counter = { ...old, ...patch };
    const counters = cfg.counters.map((c) => (c.id === id ? counter : c));
    const config = await changeConfig(ctx, { ...cfg, counters }, me(req), { action: 'counter.updated', detail: { id, changes: changedFields(old, counter) } });
    res.json({ counter, config });
  });

  r.delete('/api/admin/counters/:id', async (req, res) => {
    const id = param(req);
    const cfg = current();
    if (!cfg.counters.some((c) => c.id === id)) throw new HttpError(404, 'not_found', `no counter ${id}`);
    const next = { ...cfg, counters: cfg.counters.filter((c) => c.id !== id) };
    refuseRemoval(next);
    const config = await changeConfig(ctx, next, me(req), { action: 'counter.deleted', detail: { id } });
    res.json({ config });
  });

  // Settings: a partial update; `voice` merges field by field, `priority` is replaced whole.
  r.patch('/api/admin/settings', async (req, res) => {
    const patch = parse(settingsPatch, req.body ?? {});
    const cfg = current();
    const settings = { ...cfg.settings, ...patch, voice: { ...cfg.settings.voice, ...patch.voice } };
    const config = await changeConfig(ctx, { ...cfg, settings }, me(req), { action: 'settings.updated', detail: { changes: changedFields(cfg.settings, settings) } });
    res.json({ settings: config.settings, config });
  });

  r.get('/api/admin/users', (_req, res) => {
    res.json({ users: ctx.auth.users() });
  });

  r.post('/api/admin/users', async (req, res) => {
    const body = parse(newUserBody, req.body);
    if (ctx.auth.findUser(body.username)) throw reasonError(409, 'conflict', 'id_taken', `user ${body.username} already exists`, { id: body.username }, 'username');
    const user = await ctx.auth.createUser(body);
    await ctx.audit({ actor: me(req), action: 'user.created', detail: { username: user.username, role: user.role } });
    res.status(201).json({ user });
  });

  r.patch('/api/admin/users/:username', async (req, res) => {
    const username = parse(usernameSchema, req.params.username);
    const patch = parse(userPatchBody, req.body);
    const actor = me(req);
    if (username === actor && (patch.disabled || patch.role === 'officer')) throw reasonError(409, 'conflict', 'self_demote', 'you cannot disable or demote yourself');
    const target = ctx.auth.findUser(username);
    if (!target) throw new HttpError(404, 'not_found', `no user ${username}`);
    // Someone must always be able to administer the site.
    const otherAdmins = ctx.auth.users().filter((u) => u.role === 'admin' && !u.disabled && u.username !== username);
    if (target.role === 'admin' && (patch.disabled || patch.role === 'officer') && otherAdmins.length === 0) {
      throw reasonError(409, 'conflict', 'last_admin', 'the last active admin cannot be disabled or demoted');
    }
    const user = (await ctx.auth.updateUser(username, patch))!;
    // Never log the password itself, only that it was reset.
    const { password, ...rest } = patch;
    await ctx.audit({ actor, action: 'user.updated', detail: { username, ...rest, passwordReset: password !== undefined } });
    res.json({ user });
  });

  // Staff sessions that are live now; an admin may end one (its sockets close at once).
  r.get('/api/admin/sessions', (_req, res) => {
    res.json({ sessions: ctx.auth.listSessions() });
  });

  r.delete('/api/admin/sessions/:id', async (req, res) => {
    const id = parse(z.string().regex(/^[0-9a-f]{16}$/), req.params.id);
    const who = ctx.auth.listSessions().find((s) => s.id === id)?.username;
    if (!(await ctx.auth.endSession(id))) throw new HttpError(404, 'not_found', `no session ${id}`);
    await ctx.audit({ actor: me(req), action: 'session.ended', detail: { username: who } });
    res.json({ ok: true });
  });

  r.get('/api/admin/audit', async (req, res) => {
    const q = parse(auditQuery, req.query);
    const entries = await ctx.store.readAudit(q.day ?? localDate(ctx.clock.now(), current().settings.timezone));
    // `action` matches itself and its sub-actions: "login" finds login and login.failed.
    const wanted = entries.filter(
      (e) => (!q.action || e.action === q.action || e.action.startsWith(`${q.action}.`)) && (!q.actor || e.actor === q.actor || e.detail.username === q.actor),
    );
    res.json({ entries: wanted });
  });

  // Behind the same admin guard (r.use above): kiosk and board devices.
  r.use(deviceRoutes(ctx));
  return r;
}
