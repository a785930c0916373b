// Login and logout. A session cookie for browsers (HttpOnly, SameSite=Strict) and the same token
// in the body for API clients. Failed logins are slowed down and audit-logged.
import { Router } from 'express';
import { rateLimit } from 'express-rate-limit';
import { loginBody } from '../../protocol/rest.js';
import { SESSION_HOURS } from '../auth/auth-service.js';
import { SESSION_COOKIE, tokenFromHeaders } from '../auth/request-token.js';
import type { HubContext } from '../context.js';
import { HttpError } from './errors.js';
import { parse } from './validate.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function authRoutes(ctx: HubContext): Router {
  const r = Router();
  const loginLimit = rateLimit({
    windowMs: 5 * 60_000,
    limit: 30,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: (_req, res) => {
      res.status(429).json({ error: { code: 'rate_limited', message: 'terlalu banyak percobaan masuk; coba lagi beberapa menit lagi' } });
    },
  });

  r.post('/api/login', loginLimit, async (req, res) => {
    const { username, password } = parse(loginBody, req.body);
    const delay = ctx.auth.loginDelayMs(username);
    if (delay) await sleep(delay);
    const result = await ctx.auth.login(username, password);
    if (!result) {
      await ctx.audit({ actor: null, action: 'login.failed', detail: { username, ip: req.ip } });
      throw new HttpError(401, 'unauthorized', 'nama pengguna atau kata sandi salah');
    }
    await ctx.audit({ actor: result.session.username, action: 'login', detail: { ip: req.ip } });
    res.cookie(SESSION_COOKIE, result.token, {
      httpOnly: true,
      sameSite: 'strict',
      secure: req.secure,
      path: '/',
      maxAge: SESSION_HOURS * 3600_000,
    });
    res.json({ token: result.token, user: result.session });
  });

  r.post('/api/logout', async (req, res) => {
    const token = tokenFromHeaders(req.headers);
    if (token) await ctx.auth.logout(token);
    res.clearCookie(SESSION_COOKIE, { path: '/' });
    res.json({ ok: true });
  });

  r.get('/api/me', (req, res) => {
    const s = ctx.auth.session(tokenFromHeaders(req.headers));
    if (!s) throw new HttpError(401, 'unauthorized', 'login required');
    res.json({ user: s });
  });
  return r;
}
