// Who is calling: 401 without a valid session, 403 with the wrong role.
import type { Request, RequestHandler } from 'express';
import type { Role } from '../../protocol/staff.js';
import type { AuthService, Session } from '../auth/auth-service.js';
import { tokenFromHeaders } from '../auth/request-token.js';
import { HttpError } from './errors.js';

const sessions = new WeakMap<Request, Session>();

export function sessionOf(req: Request): Session {
  const s = sessions.get(req);
  if (!s) throw new HttpError(401, 'unauthorized', 'login required');
  return s;
}

export function requireRole(auth: AuthService, roles: Role[]): RequestHandler {
  return (req, _res, next) => {
    const s = auth.session(tokenFromHeaders(req.headers), true);
    if (!s) throw new HttpError(401, 'unauthorized', 'login required');
    if (!roles.includes(s.role)) throw new HttpError(403, 'forbidden', `this needs the ${roles.join(' or ')} role`);
    sessions.set(req, s);
    next();
  };
}
