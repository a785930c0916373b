// Admin: site configuration, users, audit log. Every change is validated at the edge and goes
// through the core as an event, so kiosks, boards and consoles see it live.
import { Router } from 'express';
import { z } from 'zod';
import { siteConfigSchema } from '../../protocol/config-schema.js';
import type { SiteConfig } from '../../protocol/config.js';
import type { HubContext } from '../context.js';
import { runCommand } from '../engine/run-command.js';
import { isValidTimeZone, localDate } from '../queue/local-time.js';
import { HttpError } from './errors.js';
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

/** Validates and applies a new configuration: one event, then the config file. */
export async function changeConfig(ctx: HubContext, next: SiteConfig, by: string): Promise<SiteConfig> {
  const config = parse(siteConfigSchema, next) as SiteConfig;
  if (!isValidTimeZone(config.settings.timezone)) throw new HttpError(400, 'validation_failed', `settings.timezone: unknown time zone ${config.settings.timezone}`);
  const before = ctx.engine.state.config;
  const onlySettings = JSON.stringify(before.services) === JSON.stringify(config.services) && JSON.stringify(before.counters) === JSON.stringify(config.counters);
  await runCommand(ctx.engine, { type: 'changeConfig', config, by, what: onlySettings ? 'settings' : 'config' });
  await ctx.store.writeConfig(config);
  await ctx.audit({ actor: by, action: 'config.changed', detail: { what: onlySettings ? 'settings' : 'services/counters' } });
  return config;
}

export function adminRoutes(ctx: HubContext): Router {
  const r = Router();
  const admin = requireRole(ctx.auth, ['admin']);
  r.use('/api/admin', admin);

  r.get('/api/admin/config', (_req, res) => {
    res.json(ctx.engine.state.config);
  });

  r.put('/api/admin/config', async (req, res) => {
    res.json(await changeConfig(ctx, req.body as SiteConfig, sessionOf(req).username));
  });

  r.get('/api/admin/users', (_req, res) => {
    res.json({ users: ctx.auth.users() });
  });

  r.post('/api/admin/users', async (req, res) => {
    const body = parse(newUserBody, req.body);
    if (ctx.auth.findUser(body.username)) throw new HttpError(409, 'conflict', `user ${body.username} already exists`);
    const user = await ctx.auth.createUser(body);
    await ctx.audit({ actor: sessionOf(req).username, action: 'user.created', detail: { username: user.username, role: user.role } });
    res.status(201).json({ user });
  });

  r.patch('/api/admin/users/:username', async (req, res) => {
    const username = parse(usernameSchema, req.params.username);
    const patch = parse(userPatchBody, req.body);
    const me = sessionOf(req).username;
    if (username === me && (patch.disabled || patch.role === 'officer')) throw new HttpError(409, 'conflict', 'you cannot disable or demote yourself');
    const user = await ctx.auth.updateUser(username, patch);
    if (!user) throw new HttpError(404, 'not_found', `no user ${username}`);
    // Never log the password itself, only that it was reset.
    const { password, ...rest } = patch;
    await ctx.audit({ actor: me, action: 'user.updated', detail: { username, ...rest, passwordReset: password !== undefined } });
    res.json({ user });
  });

  r.get('/api/admin/audit', async (req, res) => {
    const day = parse(z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(), req.query.day);
    const entries = await ctx.store.readAudit(day ?? localDate(ctx.clock.now(), ctx.engine.state.config.settings.timezone));
    res.json({ entries });
  });
  return r;
}
