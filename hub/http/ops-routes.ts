// Health for machines: GET /readyz (ready to take changes: the store is writable, not in the
// disk-failure state) and GET /metrics (Prometheus text). /healthz (liveness) stays in app.ts.
// Both are open on the LAN like /healthz: they hold counts and ids of services, rooms and
// printers only.
import { Router } from 'express';
import type { HubContext } from '../context.js';
import type { HubMetrics } from '../ops/hub-metrics.js';

export function opsRoutes(ctx: HubContext, metrics: HubMetrics): Router {
  const r = Router();
  r.get('/readyz', (_req, res) => {
    const { writable, message } = ctx.engine.health;
    res.status(writable ? 200 : 503).json({ ready: writable, writable, seq: ctx.engine.state.seq, message });
  });
  r.get('/metrics', async (_req, res, next) => {
    try {
      const text = await metrics.text();
      res.set('content-type', metrics.contentType).set('cache-control', 'no-store').send(text);
    } catch (err) {
      next(err);
    }
  });
  return r;
}
