// Serves the built browser apps: /kiosk/, /board/, /counter/, /admin/ and the phone page /t/<id>.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express, { Router } from 'express';
import { gzipAssets } from './gzip-assets.js';

export const APPS = ['kiosk', 'board', 'counter', 'admin', 'survey', 'booking'] as const;

export function appPages(distDir: string): Router {
  const r = Router();
  const notBuilt = (res: express.Response, page: string) =>
    res
      .status(503)
      .type('text/plain; charset=utf-8')
      .send(`${page} belum dibangun (not built yet): run "npm run build", or start with "npm start" which builds the apps.`);

  r.use('/assets', gzipAssets(join(distDir, 'assets')));
  r.use('/assets', express.static(join(distDir, 'assets'), { immutable: true, maxAge: '365d', index: false }));
  for (const app of APPS) {
    // Non-strict routing matches `/app/` here too: redirect only the bare `/app`, or it loops.
    r.get(`/${app}`, (req, res, next) => (req.path.endsWith('/') ? next() : res.redirect(301, `/${app}/`)));
    r.use(`/${app}/`, express.static(join(distDir, app), { index: 'index.html', maxAge: 0 }));
    r.get(`/${app}/`, (_req, res) => notBuilt(res, `/${app}/`));
  }
  r.get('/t/:id', (_req, res) => {
    const page = join(distDir, 'kiosk', 'ticket.html');
    if (!existsSync(page)) {
      notBuilt(res, '/t/');
      return;
    }
    res.set('Cache-Control', 'no-cache').sendFile(page);
  });
  r.get('/', (_req, res) => {
    res.type('text/html; charset=utf-8').send(
      `<!doctype html><html lang="id"><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Giliran</title>` +
        `<body style="font-family:sans-serif;padding:2rem"><h1>Giliran</h1><ul>` +
        APPS.map((a) => `<li><a href="/${a}/">/${a}/</a></li>`).join('') +
        `</ul></body></html>`,
    );
  });
  return r;
}
