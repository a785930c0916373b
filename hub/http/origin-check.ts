// Cross-site request refusal. SameSite=Strict cookies do not separate another port on the same host
// (it is the same site), so a page served from http://hub-host:8080 could make a logged-in
// browser POST to the hub with its cookie. Every state-changing request and every staff socket
// handshake is checked: the browser's Origin (or Sec-Fetch-Site when Origin is absent) must name
// the hub itself (the Host it was reached on) or an origin from ALLOWED_ORIGINS (a front proxy).
// Requests with neither header pass: browsers always send one of them on a cross-site request, so
// their absence means a non-browser client (curl, the print agent, an API client), whose bearer
// token or device key a browser never attaches by itself. Cookies are what CSRF abuses.
import type { IncomingHttpHeaders } from 'node:http';
import type { RequestHandler } from 'express';
import { tokenFromHeaders } from '../auth/request-token.js';
import { HttpError } from './errors.js';

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

type Headers = Pick<IncomingHttpHeaders, 'origin' | 'host' | 'sec-fetch-site'>;

/** Normalises `scheme://host[:port]` the way browsers send Origin; null when not an origin. */
export function normalizeOrigin(value: string): string | null {
  try {
    const u = new URL(value);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    return u.origin;
  } catch {
    return null;
  }
}

/** Why a request is refused, or null when its origin is the hub's own or an allowed one. */
export function originRefusal(headers: Headers, allowed: readonly string[]): string | null {
  const origin = headers.origin;
  if (origin !== undefined) {
    const normal = normalizeOrigin(origin);
    if (normal === null) return `Origin ${origin} is not allowed`;
    // The hub's own origin: the host (and port) it was reached on. The scheme is not compared: the
    // hub serves plain HTTP on the LAN and a TLS proxy in front may keep the Host.
    if (headers.host && new URL(normal).host === headers.host.toLowerCase()) return null;
    if (allowed.includes(normal)) return null;
    return `Origin ${origin} is not this hub (${headers.host ?? 'no Host'}) nor in ALLOWED_ORIGINS`;
  }
  const site = headers['sec-fetch-site'];
  if (site === undefined || site === 'same-origin' || site === 'none') return null;
  return `Sec-Fetch-Site ${site} without an Origin`;
}

/** Express middleware: 403 forbidden_origin for a state-changing request from another origin. */
export function originCheck(allowed: readonly string[]): RequestHandler {
  return (req, _res, next) => {
    if (!STATE_CHANGING.has(req.method)) return next();
    const why = originRefusal(req.headers, allowed);
    if (why) throw new HttpError(403, 'forbidden_origin', why);
    next();
  };
}

/**
 * socket.io middleware: a handshake that carries a session (cookie or token) from another origin
 * is refused before the session is honoured. Public sockets (boards, kiosks, phones) carry none
 * and are not affected.
 */
export function staffHandshakeOriginCheck(allowed: readonly string[]) {
  return (socket: { handshake: { headers: IncomingHttpHeaders; auth: unknown } }, next: (err?: Error) => void): void => {
    const { headers, auth } = socket.handshake;
    const carriesSession = tokenFromHeaders(headers) !== undefined || (auth as { token?: unknown } | undefined)?.token !== undefined;
    const why = carriesSession ? originRefusal(headers, allowed) : null;
    if (why) {
      const err = new Error('forbidden_origin') as Error & { data?: unknown };
      err.data = { code: 'forbidden_origin', message: why };
      return next(err);
    }
    next();
  };
}

/** ALLOWED_ORIGINS: comma-separated origins; throws with the bad entry named. */
export function parseAllowedOrigins(raw: string | undefined): string[] {
  if (!raw?.trim()) return [];
  return raw.split(',').map((s) => s.trim()).filter(Boolean).map((s) => {
    const o = normalizeOrigin(s);
    if (!o) throw new Error(`${s} is not an origin like https://antrian.example.go.id`);
    return o;
  });
}
