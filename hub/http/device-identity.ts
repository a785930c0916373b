// Which registered device sent a request: `Authorization: Device <key>`. A wrong key is refused
// outright, so a kiosk with a revoked key says so instead of quietly counting as anonymous. Only
// the holder of a device's key may act under its name (take tickets, check in bookings, and so
// print on that kiosk's own printer).
import type { Request, RequestHandler } from 'express';
import type { HubContext } from '../context.js';
import { deviceKeyFromHeaders, type StoredDevice } from '../devices/device-registry.js';
import { HttpError } from './errors.js';

const devices = new WeakMap<Request, StoredDevice>();

export function identifyDevice(ctx: HubContext): RequestHandler {
  return (req, _res, next) => {
    const key = deviceKeyFromHeaders(req.headers);
    if (key === undefined) return next();
    const device = ctx.devices.authenticate(key);
    if (!device) throw new HttpError(401, 'device_key_invalid', 'unknown device key: register this kiosk again in its settings');
    devices.set(req, device);
    next();
  };
}

export function deviceOf(req: Request): StoredDevice | undefined {
  return devices.get(req);
}

/** The device a request may name: its own, once identified; naming another is refused. */
export function namedDevice(req: Request, named: string | undefined): string | null {
  const device = devices.get(req);
  if (named !== undefined && named !== device?.id) {
    throw new HttpError(403, 'device_key_required', `only the kiosk holding the key of device ${named} may act under its name`);
  }
  return device?.id ?? null;
}
