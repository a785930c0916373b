// Kiosk and board devices: a small registry (name, place, note) an admin keeps so the screens in
// the building are known by name, with each kiosk's activity today from the event stream. It is
// not queue configuration, so it lives in its own durable file (DATA_DIR/devices.json), not in
// config.json, and changing it touches no kiosk.
import { join } from 'node:path';
import { Router } from 'express';
import { z } from 'zod';
import { idSchema } from '../../protocol/rest.js';
import type { HubContext } from '../context.js';
import { readDayEvents } from '../reports/day-source.js';
import { kioskActivity } from '../reports/device-activity.js';
import { DurableJsonFile, writeFileDurably } from '../store/durable-json-file.js';
import { HttpError, reasonError } from './errors.js';
import { sessionOf } from './require-session.js';
import { parse } from './validate.js';

export const deviceSchema = z.strictObject({
  id: idSchema,
  kind: z.enum(['kiosk', 'board']),
  name: z.string().trim().min(1).max(80),
  location: z.string().trim().max(120).default(''),
  note: z.string().trim().max(300).default(''),
});
export type Device = z.infer<typeof deviceSchema>;
const devicePatch = deviceSchema.omit({ id: true }).partial();

/** The registry file: read once, written whole, one write at a time, newest state last. */
class DeviceRegistry {
  private devices: Device[] | null = null;
  private writing: Promise<void> = Promise.resolve();
  constructor(private readonly path: string) {}

  async list(): Promise<Device[]> {
    this.devices ??= (await new DurableJsonFile<{ devices: Device[] }>(this.path).read())?.devices ?? [];
    return this.devices;
  }

  async save(devices: Device[]): Promise<void> {
    this.devices = devices;
    const text = JSON.stringify({ devices }, null, 2);
    this.writing = this.writing.catch(() => {}).then(() => writeFileDurably(this.path, text));
    await this.writing;
  }
}

export function deviceRoutes(ctx: HubContext): Router {
  const r = Router();
  const registry = new DeviceRegistry(join(ctx.config.dataDir, 'devices.json'));
  const me = (req: Parameters<typeof sessionOf>[0]) => sessionOf(req).username;

  r.get('/api/admin/devices', async (_req, res) => {
    const devices = await registry.list();
    const seen = kioskActivity(await readDayEvents(ctx.store, ctx.engine.state.day));
    res.json({ devices, seen, day: ctx.engine.state.day });
  });

  r.post('/api/admin/devices', async (req, res) => {
    const device = parse(deviceSchema, req.body);
    const devices = await registry.list();
    if (devices.some((d) => d.id === device.id)) throw reasonError(409, 'conflict', 'id_taken', `a device with id ${device.id} already exists`, { id: device.id }, 'id');
    await registry.save([...devices, device]);
    await ctx.audit({ actor: me(req), action: 'device.created', detail: { id: device.id, kind: device.kind, name: device.name } });
    res.status(201).json({ device });
  });

  r.patch('/api/admin/devices/:id', async (req, res) => {
    const id = parse(idSchema, req.params.id);
    const patch = parse(devicePatch, req.body ?? {});
    const devices = await registry.list();
    const old = devices.find((d) => d.id === id);
    if (!old) throw new HttpError(404, 'not_found', `no device ${id}`);
    const device = { ...old, ...patch };
    await registry.save(devices.map((d) => (d.id === id ? device : d)));
    await ctx.audit({ actor: me(req), action: 'device.updated', detail: { id, ...patch } });
    res.json({ device });
  });

  r.delete('/api/admin/devices/:id', async (req, res) => {
    const id = parse(idSchema, req.params.id);
    const devices = await registry.list();
    if (!devices.some((d) => d.id === id)) throw new HttpError(404, 'not_found', `no device ${id}`);
    await registry.save(devices.filter((d) => d.id !== id));
    await ctx.audit({ actor: me(req), action: 'device.deleted', detail: { id } });
    res.json({ ok: true });
  });
  return r;
}
