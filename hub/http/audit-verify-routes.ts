// GET /api/admin/audit/verify?from=&to=: walks the audit hash chain and reports the first broken
// link (day, index, what differs). Read-only; admin only.
import { Router } from 'express';
import { verifyAuditChain } from '../audit/audit-chain.js';
import type { HubContext } from '../context.js';
import { localDate } from '../queue/local-time.js';
import { dayRange } from './day-range.js';
import { requireRole } from './require-session.js';

/** A year and a bit: one verification reads at most this many day files. */
export const MAX_VERIFY_DAYS = 400;

export function auditVerifyRoutes(ctx: HubContext): Router {
  const r = Router();
  r.get('/api/admin/audit/verify', requireRole(ctx.auth, ['admin']), async (req, res) => {
    const today = localDate(ctx.clock.now(), ctx.engine.state.config.settings.timezone);
    const { from, to } = dayRange(req.query, today, MAX_VERIFY_DAYS);
    res.json(await verifyAuditChain(ctx.store, from, to));
  });
  return r;
}
