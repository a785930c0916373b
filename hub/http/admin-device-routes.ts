// Kiosk and board devices: a small registry (name, place, note) an admin keeps so the screens in
// the building are known by name, with each kiosk's activity today from the event stream, and a
// key per device that lets a kiosk take tickets under its own name. It is not queue
// configuration, so it lives in its own durable file (DATA_DIR/devices.json), not in config.json.
import { Router } from 'express';
import { z } from 'zod';
import type { DeviceKeyAnswer } from '../../protocol/devices.js';
import { idSchema } from '../../protocol/rest.js';
import type { HubContext } from '../context.js';
import { toDeviceView } from '../devices/device-registry.js';
import { readDayEvents } from '../reports/day-source.js';
import { kioskActivity } from '../reports/device-activity.js';
import { HttpError } from './errors.js';
import { sessionOf } from './require-session.js';
import { parse } from './validate.js';

// The fields an admin edits, without defaults: a PATCH changes only the keys it sends.
const deviceFields = z.strictObject({
  kind: z.enum(['kiosk', 'board']),
  name: z.string().trim().min(1).max(80),
  location: z.string().trim().max(120),
  note: z.string().trim().max(300),
});
export const deviceSchema = deviceFields.extend({
  id: idSchema,
  location: deviceFields.shape.location.default(''),
  note: deviceFields.shape.note.default(''),
});
const devicePatch = deviceFields.partial();
/** A kiosk registering itself from its settings dialog: the device is created when missing. */
const keyBody = z.strictObject({ kind: z.enum(['kiosk', 'board']).optional(), name: z.string().trim().min(1).max(80).optional() }).optional();

export function deviceRoutes(ctx: HubContext): Router {
  const r = Router();
  const registry = ctx.devices;
  const me = (req: Parameters<typeof sessionOf>[0]) => sessionOf(req).username;

  r.get('/api/admin/devices', async (_req, res) => {
    const devices = await registry.list();
    const seen = kioskActivity(await readDayEvents(ctx.store, ctx.engine.state.day));
    res.json({ devices, seen, day: ctx.engine.state.day });
  });

  r.post('/api/admin/devices', async (req, res) => {
    const device = parse(deviceSchema, req.body);
    if (await registry.find(device.id)) throw new HttpError(409, 'conflict', `a device with id ${device.id} already exists`);
    await registry.add(device);
    await ctx.audit({ actor: me(req), action: 'device.created', detail: { id: device.id, kind: device.kind, name: device.name } });
    res.status(201).json({ device: toDeviceView(device) });
  });

  r.patch('/api/admin/devices/:id', async (req, res) => {
    const id = parse(idSchema, req.params.id);
    const patch = parse(devicePatch, req.body ?? {});
    const device = await registry.update(id, patch);
    if (!device) throw new HttpError(404, 'not_found', `no device ${id}`);
    await ctx.audit({ actor: me(req), action: 'device.updated', detail: { id, ...patch } });
    res.json({ device: toDeviceView(device) });
  });

  r.delete('/api/admin/devices/:id', async (req, res) => {
    const id = parse(idSchema, req.params.id);
    if (!(await registry.remove(id))) throw new HttpError(404, 'not_found', `no device ${id}`);
    await ctx.audit({ actor: me(req), action: 'device.deleted', detail: { id } });
    res.json({ ok: true });
  });

  // A new key for the device (creating the device when missing); the old key stops working.
  r.post('/api/admin/devices/:id/key', async (req, res) => {
    const id = parse(idSchema, req.params.id);
    const body = parse(keyBody, req.body ?? undefined);
    const created = !(await registry.find(id));
    if (created) await registry.add({ id, kind: body?.kind ?? 'kiosk', name: body?.name ?? id, location: '', note: '' });
    const made = (await registry.newKey(id))!;
    await ctx.audit({ actor: me(req), action: 'device.keyCreated', detail: { id, created } });
    const answer: DeviceKeyAnswer = { device: toDeviceView(made.device), key: made.key };
    res.status(201).json(answer);
  });
  return r;
}
