// Taking numbers over HTTP against the real hub and its durable store.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dayEvents } from '../helpers/data-files.js';
import { api, startTestHub, type TestHub } from '../helpers/test-hub.js';

let hub: TestHub;
afterEach(async () => {
  await hub?.close();
});

describe('POST /api/tickets', () => {
  it('200 concurrent requests give exactly A-001..A-200: no duplicate, no gap, all on disk', async () => {
    hub = await startTestHub();
    const replies = await Promise.all(
      Array.from({ length: 200 }, () => api(hub.url, '/api/tickets', { body: { service: 'pendaftaran' } })),
    );
    expect(replies.every((r) => r.status === 201)).toBe(true);
    const numbers = replies.map((r) => r.body.number as string).sort();
    const expected = Array.from({ length: 200 }, (_, i) => `A-${String(i + 1).padStart(3, '0')}`);
    expect(numbers).toEqual(expected);
    const day = hub.hub.ctx.engine.state.day;
    const onDisk = dayEvents(hub.dataDir, day).filter((e: { type: string }) => e.type === 'ticket.issued').map((e: { ticket: { number: string } }) => e.ticket.number);
    expect(onDisk.sort()).toEqual(expected);
  });

  it('the same Idempotency-Key, sent twice and concurrently, gives one ticket and one number', async () => {
    hub = await startTestHub();
    const send = (key: string) => api(hub.url, '/api/tickets', { body: { service: 'pendaftaran' }, headers: { 'Idempotency-Key': key } });
    const concurrent = await Promise.all(Array.from({ length: 5 }, () => send('kiosk-1-tap-0001')));
    const again = await send('kiosk-1-tap-0001');
    const other = await send('kiosk-1-tap-0002');
    const ids = new Set([...concurrent, again].map((r) => r.body.id));
    expect(ids.size).toBe(1);
    expect(again.body.number).toBe('A-001');
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(other.body.number).toBe('A-002');
    const state = await api(hub.url, '/api/state');
    expect(state.body.services.find((s: { id: string }) => s.id === 'pendaftaran').issuedToday).toBe(2);
  });

  it('a key reused for another service is a conflict, not a second ticket', async () => {
    hub = await startTestHub();
    await api(hub.url, '/api/tickets', { body: { service: 'pendaftaran' }, headers: { 'Idempotency-Key': 'same-key-123' } });
    const r = await api(hub.url, '/api/tickets', { body: { service: 'barang' }, headers: { 'Idempotency-Key': 'same-key-123' } });
    expect(r.status).toBe(409);
    expect(r.body.error.code).toBe('conflict');
  });

  it('returns the public ticket with people ahead and an estimate, and the phone page can read it', async () => {
    hub = await startTestHub();
    await api(hub.url, '/api/tickets', { body: { service: 'pendaftaran' } });
    await api(hub.url, '/api/tickets', { body: { service: 'pendaftaran' } });
    const r = await api(hub.url, '/api/tickets', { body: { service: 'pendaftaran', priority: false } });
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ number: 'A-003', service: 'pendaftaran', status: 'waiting', ahead: 2, estimatedWaitMinutes: 4 });
    expect(r.body.id).toMatch(/^[A-Za-z0-9_-]{20,}$/);
    expect(r.headers.get('location')).toBe(`/t/${r.body.id}`);
    const view = await api(hub.url, `/api/tickets/${r.body.id}`);
    expect(view.body).toMatchObject({ number: 'A-003', ahead: 2 });
  });

  it('a restart on the same data keeps every ticket and continues the numbering', async () => {
    hub = await startTestHub();
    for (let i = 0; i < 3; i++) await api(hub.url, '/api/tickets', { body: { service: 'barang' } });
    const first = await api(hub.url, '/api/tickets', { body: { service: 'pendaftaran' } });
    await hub.restart();
    const view = await api(hub.url, `/api/tickets/${first.body.id}`);
    expect(view.body.number).toBe('A-001');
    const next = await api(hub.url, '/api/tickets', { body: { service: 'barang' } });
    expect(next.body.number).toBe('B-004');
  });
});
