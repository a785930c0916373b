// Bad input of every kind gets a 4xx in the one envelope, and the hub keeps serving.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, login, startTestHub, type TestHub } from '../helpers/test-hub.js';

let hub: TestHub;
let token: string;
beforeAll(async () => {
  hub = await startTestHub();
  token = await login(hub.url);
});
afterAll(async () => {
  await hub.close();
});

function expectEnvelope(r: { status: number; body: any }, status: number, code?: string) {
  expect(r.status).toBe(status);
  expect(typeof r.body.error.code).toBe('string');
  expect(typeof r.body.error.message).toBe('string');
  if (code) expect(r.body.error.code).toBe(code);
}

describe('bad input', () => {
  it('unknown service', async () => {
    expectEnvelope(await api(hub.url, '/api/tickets', { body: { service: 'tidak-ada' } }), 422, 'unknown_service');
  });

  it('malformed JSON', async () => {
    expectEnvelope(await api(hub.url, '/api/tickets', { raw: '{"service": "pendaftaran"' }), 400, 'bad_request');
  });

  it('wrong types and unknown fields', async () => {
    expectEnvelope(await api(hub.url, '/api/tickets', { body: { service: 42 } }), 400, 'validation_failed');
    expectEnvelope(await api(hub.url, '/api/tickets', { body: { service: 'pendaftaran', priority: 'yes' } }), 400, 'validation_failed');
    expectEnvelope(await api(hub.url, '/api/tickets', { body: { service: 'pendaftaran', name: 'Budi' } }), 400, 'validation_failed');
    expectEnvelope(await api(hub.url, '/api/tickets', { body: [1, 2] }), 400, 'validation_failed');
    expectEnvelope(await api(hub.url, '/api/login', { body: { username: 'admin' } }), 400, 'validation_failed');
  });

  it('a bad Idempotency-Key', async () => {
    expectEnvelope(await api(hub.url, '/api/tickets', { body: { service: 'pendaftaran' }, headers: { 'Idempotency-Key': 'x' } }), 400, 'validation_failed');
  });

  it('a 1 MB body', async () => {
    const raw = JSON.stringify({ service: 'pendaftaran', pad: 'x'.repeat(1024 * 1024) });
    expectEnvelope(await api(hub.url, '/api/tickets', { raw }), 413, 'payload_too_large');
  });

  it('unknown ticket id and unknown routes', async () => {
    expectEnvelope(await api(hub.url, '/api/tickets/AAAAAAAAAAAAAAAAAAAAAA'), 404, 'not_found');
    expectEnvelope(await api(hub.url, '/api/tickets/../../etc'), 404);
    expectEnvelope(await api(hub.url, '/api/nothing-here'), 404, 'not_found');
    expectEnvelope(await api(hub.url, '/api/tickets/AAAAAAAAAAAAAAAAAAAAAA/start', { body: {}, token }), 404, 'not_found');
  });

  it('illegal transitions', async () => {
    const t = await api(hub.url, '/api/tickets', { body: { service: 'informasi' } });
    expectEnvelope(await api(hub.url, `/api/tickets/${t.body.id}/start`, { body: {}, token }), 409, 'illegal_transition');
    expectEnvelope(await api(hub.url, `/api/tickets/${t.body.id}/finish`, { body: {}, token }), 409, 'illegal_transition');
    expectEnvelope(await api(hub.url, `/api/tickets/${t.body.id}/transfer`, { body: { service: 'informasi' }, token }), 409, 'illegal_transition');
    expectEnvelope(await api(hub.url, `/api/tickets/${t.body.id}/transfer`, { body: { service: 'nope' }, token }), 422, 'unknown_service');
    expectEnvelope(await api(hub.url, '/api/counters/loket-99/call-next', { body: {}, token }), 404, 'unknown_counter');
    expectEnvelope(await api(hub.url, '/api/counters/loket-3/call-next', { body: {}, token }), 409, 'nothing_waiting');
  });

  it('still serves after all of it', async () => {
    const r = await api(hub.url, '/api/tickets', { body: { service: 'pendaftaran' } });
    expect(r.status).toBe(201);
    expect((await api(hub.url, '/healthz')).body.ok).toBe(true);
  });
});
