// A signed-in user changes their own password: POST /api/me/password { current, next }. Required
// after a generated first password (the session carries `mustChangePassword` until then).
import { Router } from 'express';
import { changePasswordBody } from '../../protocol/rest.js';
import { tokenFromHeaders } from '../auth/request-token.js';
import type { HubContext } from '../context.js';
import { HttpError } from './errors.js';
import { parse } from './validate.js';

export function passwordRoutes(ctx: HubContext): Router {
  const r = Router();
  r.post('/api/me/password', async (req, res) => {
    const token = tokenFromHeaders(req.headers);
    const s = ctx.auth.session(token);
    if (!s || !token) throw new HttpError(401, 'unauthorized', 'login required');
    const { current, next } = parse(changePasswordBody, req.body);
    if (current === next) throw new HttpError(400, 'same_password', 'the new password must differ from the current one');
    if (!(await ctx.auth.changePassword(s.username, current, next, token))) {
      await ctx.audit({ actor: s.username, action: 'password.change.failed', detail: { ip: req.ip } });
      throw new HttpError(403, 'wrong_password', 'the current password is wrong');
    }
    // Never log a password, only that it changed.
    await ctx.audit({ actor: s.username, action: 'password.changed', detail: { ip: req.ip } });
    const { id: _id, ...user } = ctx.auth.session(token)!;
    res.json({ user });
  });
  return r;
}
