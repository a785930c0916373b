// i18n dictionary and the API client's error envelope, idempotency header and retry rule.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError, api, newIdempotencyKey, withRetry } from '../../ui/api.js';
import { I18n, format, formatMinutes, localized } from '../../ui/i18n.js';

describe('i18n', () => {
  afterEach(() => {
    delete (globalThis as { localStorage?: unknown }).localStorage;
  });

  it('speaks Indonesian by default, English on request, and remembers per app', () => {
    const store = new Map<string, string>();
    (globalThis as { localStorage?: unknown }).localStorage = {
      getItem: (k: string) => store.get(k) ?? null,
      setItem: (k: string, v: string) => store.set(k, v),
    };
    const strings = { id: { take: 'Ambil nomor antrian' }, en: { take: 'Take a number' } };
    const a = new I18n('kiosk', strings);
    expect(a.t('take')).toBe('Ambil nomor antrian');
    expect(a.t('online')).toBe('Terhubung'); // common strings come along
    let heard = '';
    a.subscribe((l) => (heard = l));
    a.setLang('en');
    expect(heard).toBe('en');
    expect(a.t('take')).toBe('Take a number');
    expect(new I18n('kiosk', strings).lang).toBe('en');
    expect(new I18n('board', strings).lang).toBe('id');
  });

  it('formats placeholders, names and minutes', () => {
    expect(format('{n} orang', { n: 3 })).toBe('3 orang');
    expect(format('{x} stays', {})).toBe('{x} stays');
    expect(localized({ id: 'Loket', en: '' }, 'en')).toBe('Loket');
    expect(formatMinutes('id', 0.2)).toBe('< 1 menit');
    expect(formatMinutes('en', 12)).toBe('12 minutes');
  });

  it('picks English plural forms by Intl.PluralRules ("1 minute", not "1 minutes")', () => {
    expect(formatMinutes('en', 1)).toBe('1 minute');
    expect(formatMinutes('en', 2)).toBe('2 minutes');
    expect(formatMinutes('id', 1)).toBe('1 menit');
    expect(format('{n} {n:place|places} left', { n: 1 }, 'en')).toBe('1 place left');
    expect(format('{n} {n:place|places} left', { n: 0 }, 'en')).toBe('0 places left');
    expect(format('{n} of {max} {max:time|times}', { n: 1, max: 3 }, 'en')).toBe('1 of 3 times');
    expect(format('{n} {n:tempat}', { n: 1 }, 'id')).toBe('1 tempat'); // one form: always that one
    expect(format('{x:a|b} stays', {}, 'en')).toBe('{x:a|b} stays'); // unknown stays visible
    const en = new I18n('plural-test', { id: { left: 'sisa {n} tempat' }, en: { left: '{n} {n:place|places} left' } }, 'en');
    expect(en.t('left', { n: 1 })).toBe('1 place left');
    expect(en.t('left', { n: 5 })).toBe('5 places left');
  });
});

describe('api', () => {
  let server: ReturnType<typeof createServer> | null = null;
  afterEach(() => new Promise<void>((r) => (server ? server.close(() => r()) : r())));

  async function serve(handler: (req: IncomingMessage, res: ServerResponse) => void): Promise<string> {
    server = createServer(handler);
    await new Promise<void>((r) => server!.listen(0, '127.0.0.1', r));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  it('sends JSON with the idempotency key and turns the error envelope into ApiError', async () => {
    const seen: { key?: string; body?: string }[] = [];
    const base = await serve((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        seen.push({ key: req.headers['idempotency-key'] as string, body });
        res.writeHead(409, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: { code: 'quota_reached', message: 'Kuota habis' } }));
      });
    });
    const err = await api('/api/tickets', { base, body: { service: 'x' }, idempotencyKey: 'key-12345678' }).catch((e) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect(err).toMatchObject({ code: 'quota_reached', status: 409, message: 'Kuota habis', retryable: false });
    expect(seen).toEqual([{ key: 'key-12345678', body: '{"service":"x"}' }]);
  });

  it('retries only what got no answer, with the same request', async () => {
    let calls = 0;
    const result = await withRetry(
      async () => {
        calls++;
        if (calls < 3) throw new ApiError('network', 'down', 0);
        return 'ok';
      },
      [1, 1, 1],
    );
    expect(result).toBe('ok');
    calls = 0;
    const refused = await withRetry(async () => {
      calls++;
      throw new ApiError('service_closed', 'closed', 409);
    }, [1, 1]).catch((e) => e);
    expect(refused.code).toBe('service_closed');
    expect(calls).toBe(1);
  });

  it('reports an unreachable hub as a network error', async () => {
    const err = await api('/x', { base: 'http://127.0.0.1:9', timeoutMs: 2000 }).catch((e) => e);
    expect(err).toMatchObject({ code: 'network', status: 0, retryable: true });
  });

  it('makes v4 UUIDs', () => {
    expect(newIdempotencyKey()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
