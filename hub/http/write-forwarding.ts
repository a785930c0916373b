// A standby hub (PostgreSQL, not the site's writer) serves reads and live sockets itself and
// forwards every change (/api/* requests other than GET/HEAD/OPTIONS) to the writer, whose address
// is in site_head. While there is no writer to reach (it died and the takeover is under way) the
// request waits and tries again, up to `waitMs`, then answers 503 store_unavailable. A request is
// sent again only when the writer refused the connection (it never got it); when the connection
// broke after sending, the outcome is unknown and the client is told to retry: kiosks send an
// Idempotency-Key, so a retry through any hub gives the same ticket, never a second one.
import { request } from 'node:http';
import type { IncomingHttpHeaders } from 'node:http';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { StoreUnavailableError } from '../engine/queue-engine.js';
import type { SiteRole } from '../engine/site-role.js';
import { describePgError } from '../store/postgres/postgres-store.js';

export const FORWARDED_HEADER = 'x-giliran-forwarded';
const MAX_BODY = 64 * 1024;
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'upgrade', 'proxy-connection', 'te', 'trailer', 'content-length']);

export interface WriteForwardingOptions {
  /** How long a change waits for a writer to reach; default 10 s. */
  waitMs?: number;
  log?: (msg: string) => void;
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

async function readBody(req: Request): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const c of req) {
    size += (c as Buffer).length;
    if (size > MAX_BODY) throw Object.assign(new Error('request body too large'), { status: 413 });
    chunks.push(c as Buffer);
  }
  return Buffer.concat(chunks);
}

type Outcome = { kind: 'answered' } | { kind: 'refused'; error: Error } | { kind: 'broken'; error: Error };

function forwardOnce(target: string, req: Request, body: Buffer, res: Response): Promise<Outcome> {
  return new Promise((resolve) => {
    const headers: IncomingHttpHeaders = {};
    for (const [k, v] of Object.entries(req.headers)) if (!HOP_BY_HOP.has(k)) headers[k] = v;
    headers[FORWARDED_HEADER] = '1';
    headers['content-length'] = String(body.length);
    const xff = [req.headers['x-forwarded-for'], req.socket.remoteAddress].filter(Boolean).join(', ');
    if (xff) headers['x-forwarded-for'] = xff;
    const out = request(new URL(req.originalUrl, target), { method: req.method, headers, timeout: 15_000 }, (answer) => {
      const h: Record<string, string | string[]> = {};
      for (const [k, v] of Object.entries(answer.headers)) if (v !== undefined && !HOP_BY_HOP.has(k)) h[k] = v;
      res.writeHead(answer.statusCode ?? 502, h);
      answer.pipe(res);
      answer.on('end', () => resolve({ kind: 'answered' }));
      answer.on('error', (error) => (res.destroy(error), resolve({ kind: 'answered' })));
    });
    out.on('timeout', () => out.destroy(new Error('the writer hub did not answer in time')));
    out.on('error', (error: NodeJS.ErrnoException) => resolve(error.code === 'ECONNREFUSED' ? { kind: 'refused', error } : { kind: 'broken', error }));
    out.end(body);
  });
}

export function writeForwarding(role: SiteRole, opts: WriteForwardingOptions = {}): RequestHandler {
  const waitMs = opts.waitMs ?? 10_000;
  return (req: Request, res: Response, next: NextFunction) => {
    if (role.isWriter || ['GET', 'HEAD', 'OPTIONS'].includes(req.method) || !req.path.startsWith('/api/')) return next();
    void (async () => {
      const deadline = Date.now() + waitMs;
      let why = 'no writer hub is known yet';
      // A request another hub forwarded: handle it here once this hub is the writer, never forward it on.
      if (req.headers[FORWARDED_HEADER]) {
        while (!role.isWriter && Date.now() < deadline) await sleep(100);
        return role.isWriter ? next() : next(new StoreUnavailableError('hub ini bukan penulis (this hub is not the writer)'));
      }
      const body = await readBody(req);
      while (Date.now() < deadline) {
        const target = await role.writerUrl().catch((e: unknown) => ((why = describePgError(e).message), null));
        if (target) {
          const outcome = await forwardOnce(target, req, body, res);
          if (outcome.kind === 'answered') return;
          if (outcome.kind === 'broken') {
            return next(new StoreUnavailableError(`hub penulis terputus saat memproses; ulangi dengan Idempotency-Key yang sama (the writer hub broke off: retry with the same Idempotency-Key; ${outcome.error.message})`));
          }
          why = `hub penulis ${target} tidak terjangkau (writer unreachable: ${outcome.error.message})`;
        }
        await sleep(200);
      }
      next(new StoreUnavailableError(`menunggu hub penulis (waiting for a writer hub): ${why}`));
    })().catch(next);
  };
}
