// The hub serves the built apps: every page, the phone page, and assets gzipped when asked.
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHub, type TestHub } from '../helpers/test-hub.js';

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(async () => {
  await hub.close();
});

describe('app pages', () => {
  it('serves every app, redirects the bare path, and the phone page at /t/<id>', async () => {
    for (const app of ['kiosk', 'board', 'counter', 'admin']) {
      const r = await fetch(`${hub.url}/${app}/`);
      expect(r.status, app).toBe(200);
      expect(await r.text()).toContain('<script type="module"');
      const bare = await fetch(`${hub.url}/${app}`, { redirect: 'manual' });
      expect(bare.status).toBe(301);
      expect(bare.headers.get('location')).toBe(`/${app}/`);
    }
    expect((await fetch(`${hub.url}/t/AAAAAAAAAAAAAAAAAAAAAA`)).status).toBe(200);
  });

  it('gives a script gzipped to a client that accepts it, and plain to one that does not', async () => {
    const html = await (await fetch(`${hub.url}/board/`)).text();
    const src = /src="(\/assets\/[^"]+\.js)"/.exec(html)![1];
    const plain = await fetch(hub.url + src, { headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers.get('content-encoding')).toBeNull();
    const body = Buffer.from(await plain.arrayBuffer());
    // fetch() would decode gzip by itself; read the raw bytes over http instead.
    const { request } = await import('node:http');
    const raw = await new Promise<{ headers: Record<string, unknown>; data: Buffer }>((resolve, reject) => {
      request(hub.url + src, { headers: { 'accept-encoding': 'gzip, br' } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ headers: res.headers, data: Buffer.concat(chunks) }));
      })
        .on('error', reject)
        .end();
    });
    expect(raw.headers['content-encoding']).toBe('gzip');
    expect(raw.data.length).toBeLessThan(body.length / 2);
    expect(gunzipSync(raw.data).equals(body)).toBe(true);
    expect((await fetch(`${hub.url}/assets/..%2F..%2Fpackage.json`, { headers: { 'accept-encoding': 'gzip' } })).status).toBe(404);
  });
});
