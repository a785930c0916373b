// Every admin route, enumerated from the hub's own router (so a route added later is covered too):
// an officer gets 403, nobody gets 401, an admin gets past the guard.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, login, officerToken, startTestHub, type TestHub } from '../helpers/test-hub.js';

let hub: TestHub;
let admin: string;
let officer: string;

interface Layer {
  route?: { path: string; methods: Record<string, boolean> };
  handle?: { stack?: Layer[] };
}

function adminRoutes(stack: Layer[]): { method: string; path: string }[] {
  return stack.flatMap((l) => {
    if (l.route) {
      const path = l.route.path;
      return path.startsWith('/api/admin') ? Object.keys(l.route.methods).map((method) => ({ method: method.toUpperCase(), path })) : [];
    }
    return l.handle?.stack ? adminRoutes(l.handle.stack) : [];
  });
}

// What the route list must at least hold: if enumeration broke, this says so.
const EXPECTED = [
  'GET /api/admin/config', 'PUT /api/admin/config',
  'POST /api/admin/services', 'PATCH /api/admin/services/:id', 'DELETE /api/admin/services/:id',
  'POST /api/admin/counters', 'PATCH /api/admin/counters/:id', 'DELETE /api/admin/counters/:id',
  'PATCH /api/admin/settings',
  'GET /api/admin/users', 'POST /api/admin/users', 'PATCH /api/admin/users/:username',
  'GET /api/admin/audit',
  'GET /api/admin/devices', 'POST /api/admin/devices', 'PATCH /api/admin/devices/:id', 'DELETE /api/admin/devices/:id',
  'GET /api/admin/reports/days', 'GET /api/admin/reports/summary', 'GET /api/admin/reports/tickets',
  'GET /api/admin/reports/summary.csv', 'GET /api/admin/reports/tickets.csv', 'GET /api/admin/reports/live',
];

beforeAll(async () => {
  hub = await startTestHub();
  admin = await login(hub.url);
  officer = await officerToken(hub.url, admin);
});
afterAll(async () => {
  await hub.close();
});

describe('admin routes are for admins only', () => {
  const routes = () => adminRoutes((hub.hub.app as unknown as { router: { stack: Layer[] } }).router.stack);
  const concrete = (path: string) => path.replace(':id', 'pendaftaran').replace(':username', 'petugas1');

  it('enumerates every admin route', () => {
    const found = routes().map((r) => `${r.method} ${r.path}`);
    for (const e of EXPECTED) expect(found).toContain(e);
  });

  it('an officer gets 403 and changes nothing; no session gets 401', async () => {
    const before = JSON.stringify(hub.hub.ctx.engine.state.config);
    for (const { method, path } of routes()) {
      const body = method === 'GET' || method === 'DELETE' ? undefined : { active: false, disabled: true };
      const asOfficer = await api(hub.url, concrete(path), { method, body, token: officer });
      expect(asOfficer.status, `${method} ${path}`).toBe(403);
      expect(asOfficer.body.error.code).toBe('forbidden');
      const anonymous = await api(hub.url, concrete(path), { method, body });
      expect(anonymous.status, `${method} ${path}`).toBe(401);
    }
    expect(JSON.stringify(hub.hub.ctx.engine.state.config)).toBe(before);
    expect((await api(hub.url, '/api/admin/users', { token: admin })).body.users.find((u: { username: string }) => u.username === 'petugas1').disabled).toBe(false);
  });

  it('an admin passes the guard on every read', async () => {
    for (const { method, path } of routes().filter((r) => r.method === 'GET')) {
      const r = await api(hub.url, concrete(path), { token: admin });
      expect(r.status, `${method} ${path}`).toBe(200);
    }
  });
});
