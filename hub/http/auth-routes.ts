// Login and logout. A session cookie for browsers (HttpOnly, SameSite=Strict) and the same token
// in the body for API clients. Failed logins are slowed down per user (AuthService), counted per
// address here (successful logins do not count), and audit-logged without echoing what was typed
// as a username unless it names a real user (a password typed in the wrong field stays out).
import { Router } from 'express';
import { rateLimit } from 'express-rate-limit';
import { loginBody } from '../../protocol/rest.js';
import { SESSION_COOKIE, tokenFromHeaders } from '../auth/request-token.js';
import type { HubContext } from '../context.js';
import { HttpError } from './errors.js';
import { parse } from './validate.js';

/** Failed logins one address may make in the window before it must wait. */
const FAILED_LOGINS_PER_ADDRESS = 20;

export function authRoutes(ctx: HubContext): Router {
  const r = Router();
  const loginLimit = rateLimit({
    windowMs: 15 * 60_000,
    limit: FAILED_LOGINS_PER_ADDRESS,
    skipSuccessfulRequests: true,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: (_req, res) => {
      res.status(429).json({ error: { code: 'rate_limited', message: 'too many sign-in attempts; try again in a few minutes' } });
    },
  });

  r.post('/api/login', loginLimit, async (req, res) => {
    const { username, password } = parse(loginBody, req.body);
    const result = await ctx.auth.login(username, password);
    if (!result.ok) {
      const known = ctx.auth.findUser(username) !== undefined;
      await ctx.audit({ actor: null, action: 'login.failed', detail: { ...(known ? { username } : { unknownUser: true }), reason: result.reason, ip: req.ip } });
      if (result.reason === 'locked') {
        res.set('Retry-After', String(result.retryAfterSeconds ?? 60));
        throw new HttpError(429, 'rate_limited', 'this account is locked for a while after too many failed attempts; try again in a few minutes');
      }
      throw new HttpError(401, 'unauthorized', 'wrong username or password');
    }
    await ctx.audit({ actor: result.session.username, action: 'login', detail: { ip: req.ip } });
    res.cookie(SESSION_COOKIE, result.token, {
      httpOnly: true,
      sameSite: 'strict',
      secure: req.secure,
      path: '/',
      maxAge: ctx.sessionPolicy().lifetimeHours * 3600_000,
    });
    const { id: _id, ...user } = result.session;
    res.json({ token: result.token, user });
  });

  r.post('/api/logout', async (req, res) => {
    const token = tokenFromHeaders(req.headers);
    if (token) await ctx.auth.logout(token);
    res.clearCookie(SESSION_COOKIE, { path: '/' });
    res.json({ ok: true });
  });

  r.get('/api/me', (req, res) => {
    const s = ctx.auth.session(tokenFromHeaders(req.headers), true);
    if (!s) throw new HttpError(401, 'unauthorized', 'login required');
    const { id: _id, ...user } = s;
    res.json({ user });
  });
  return r;
}
