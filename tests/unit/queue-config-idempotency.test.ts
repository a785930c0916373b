// Rules the core owns (they once lived in the HTTP routes): an Idempotency-Key replay, finishing
// and passing on to the next stage, what kind of change a new configuration is, and refusing to
// drop a service or counter still in use.
import { describe, expect, it } from 'vitest';
import { defaultSite } from '../../hub/default-site.js';
import { isRefusal, type Refusal } from '../../hub/queue/commands.js';
import { changeKind, sameValue } from '../../hub/queue/config-change.js';
import type { SiteConfig } from '../../protocol/config.js';
import { Harness } from './queue-harness.js';

const issueWithKey = (h: Harness, id: string, service: string, key: string) =>
  h.run({ type: 'issue', id, service, priority: false, idempotencyKey: key, device: null });

const refusal = (r: unknown): Refusal => {
  if (!isRefusal(r)) throw new Error(`expected a refusal, got ${JSON.stringify(r)}`);
  return r;
};

describe('idempotency key', () => {
  it('the same key for the same service is the same ticket: no event, no number used', () => {
    const h = new Harness();
    const first = issueWithKey(h, 'ticket-a', 'pendaftaran', 'kiosk-key-0001');
    expect(Array.isArray(first) && first.length).toBe(1);
    expect(issueWithKey(h, 'ticket-b', 'pendaftaran', 'kiosk-key-0001')).toEqual([]);
    expect(h.state.tickets.has('ticket-b')).toBe(false);
    expect(h.number(h.issue('pendaftaran'))).toBe('A-002');
  });

  it('the same key for another service is a conflict the apps can name', () => {
    const h = new Harness();
    issueWithKey(h, 'ticket-a', 'pendaftaran', 'kiosk-key-0002');
    const r = refusal(issueWithKey(h, 'ticket-b', 'informasi', 'kiosk-key-0002'));
    expect([r.refused, r.reason?.code]).toEqual(['conflict', 'idempotency_reused']);
  });
});

describe('finish and pass on', () => {
  it('passes the ticket to its service’s next stage', () => {
    const h = new Harness();
    const a = h.issue('pendaftaran');
    h.callNext('loket-1');
    const events = h.ok({ type: 'finishAndNext', ticketId: a, by: 'p' });
    expect(events.map((e) => e.type)).toEqual(['ticket.finished', 'ticket.transferred']);
    expect(h.state.tickets.get(a)!.service).toBe('barang');
  });

  it('refuses at the last stage, naming the reason and the service', () => {
    const h = new Harness();
    const d = h.issue('informasi');
    h.callNext('loket-4');
    const r = refusal(h.run({ type: 'finishAndNext', ticketId: d, by: 'p' }));
    expect([r.refused, r.reason]).toEqual(['illegal_transition', { code: 'no_next_stage', params: { service: 'informasi' } }]);
  });
});

describe('configuration changes', () => {
  const base = () => defaultSite('Asia/Makassar');

  it('a change of settings only is "settings"; services or counters make it "config" (key order ignored)', () => {
    const a = base();
    const b: SiteConfig = { ...structuredClone(a), settings: { ...a.settings, runningText: 'Selamat datang' } };
    expect(changeKind(a, b)).toBe('settings');
    const reordered = { ...b, services: b.services.map((s) => Object.fromEntries(Object.entries(s).reverse()) as typeof s) };
    expect(changeKind(a, reordered)).toBe('settings');
    const renamed = structuredClone(a);
    renamed.counters[0].name = 'Loket Satu';
    expect(changeKind(a, renamed)).toBe('config');
    expect(sameValue({ x: 1, y: undefined }, { x: 1 })).toBe(true);
    expect(sameValue([1, 2], [2, 1])).toBe(false);
  });

  it('the event says which kind it was', () => {
    const h = new Harness();
    const next = structuredClone(h.state.config);
    next.settings.runningText = 'Antrean dibuka';
    const [e] = h.ok({ type: 'changeConfig', config: next, by: 'admin' });
    expect(e.type === 'config.changed' && e.what).toBe('settings');
  });

  it('refuses to drop a service a counter, a stage or a ticket of today still uses', () => {
    const h = new Harness();
    const noInfo = structuredClone(h.state.config);
    noInfo.services = noInfo.services.filter((s) => s.id !== 'informasi');
    const r = refusal(h.run({ type: 'changeConfig', config: noInfo, by: 'admin' }));
    expect([r.refused, r.reason?.code, r.reason?.params.counters, r.reason?.params.tickets]).toEqual(['conflict', 'service_in_use', ['Loket 4'], false]);
    // Without the counter it may go, until a ticket of today uses it.
    noInfo.counters = noInfo.counters.filter((c) => c.id !== 'loket-4');
    h.issue('informasi');
    const again = refusal(h.run({ type: 'changeConfig', config: noInfo, by: 'admin' }));
    expect([again.reason?.code, again.reason?.params.counters, again.reason?.params.tickets]).toEqual(['service_in_use', [], true]);
  });

  it('refuses to drop a counter serving a ticket, and lets it go once free', () => {
    const h = new Harness();
    const a = h.issue('informasi');
    h.callNext('loket-4');
    const noDesk = structuredClone(h.state.config);
    noDesk.counters = noDesk.counters.filter((c) => c.id !== 'loket-4');
    const r = refusal(h.run({ type: 'changeConfig', config: noDesk, by: 'admin' }));
    expect([r.refused, r.reason]).toEqual(['conflict', { code: 'counter_serving', params: { counter: 'loket-4' } }]);
    h.ok({ type: 'finish', ticketId: a, by: 'p', transferTo: null });
    expect(h.ok({ type: 'changeConfig', config: noDesk, by: 'admin' })[0].type).toBe('config.changed');
  });
});
