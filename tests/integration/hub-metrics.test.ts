// GET /metrics through HTTP, parsed by a Prometheus text-format parser: counts match the actions
// done; gauges show waiting tickets, sockets by room, the printer. GET /readyz answers ready.
import parsePrometheusTextFormat, { type ParsedFamily, type ParsedSample } from 'parse-prometheus-text-format';
import { io, type Socket } from 'socket.io-client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { execFileSync } from 'node:child_process';
import { chmodSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { createHub } from '../../hub/app.js';
import { readConfig } from '../../hub/config.js';
import { LowdbStore } from '../../hub/store/lowdb-store.js';
import type { Store } from '../../hub/store/store.js';
import { api, login, officerToken, startTestHub, tempDataDir, type TestHub } from '../helpers/test-hub.js';
import { waitForValue } from '../helpers/wait-for.js';

// A busy machine makes a hub with a virtual printer take seconds to settle.
vi.setConfig({ testTimeout: 120_000 });

let hub: TestHub | undefined;
let cleanupHub: (() => Promise<void>) | undefined;
const sockets: Socket[] = [];
afterEach(async () => {
  for (const s of sockets.splice(0)) s.close();
  await hub?.close();
  hub = undefined;
  await cleanupHub?.();
  cleanupHub = undefined;
});

/** No new file in `dir`, even for root (immutable folder); returns the undo. */
function lockFolder(dir: string): () => void {
  if (process.getuid?.() === 0) {
    execFileSync('chattr', ['+i', dir]);
    return () => execFileSync('chattr', ['-i', dir]);
  }
  chmodSync(dir, 0o555);
  return () => chmodSync(dir, 0o700);
}

async function scrape(url: string): Promise<ParsedFamily[]> {
  const res = await fetch(`${url}/metrics`);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toContain('text/plain');
  return parsePrometheusTextFormat(await res.text());
}

function family(families: ParsedFamily[], name: string): ParsedFamily {
  const f = families.find((x) => x.name === name);
  if (!f) throw new Error(`no metric ${name} in ${families.map((x) => x.name).join(', ')}`);
  return f;
}

function sample(families: ParsedFamily[], name: string, labels: Record<string, string> = {}): ParsedSample {
  const f = family(families, name);
  const s = f.metrics.find((m) => Object.entries(labels).every(([k, v]) => m.labels?.[k] === v));
  if (!s) throw new Error(`no ${name}${JSON.stringify(labels)} in ${JSON.stringify(f.metrics)}`);
  return s;
}

const value = (families: ParsedFamily[], name: string, labels: Record<string, string> = {}) => Number(sample(families, name, labels).value);

function connect(url: string, auth?: Record<string, string>): Promise<Socket> {
  const s = io(url, { transports: ['websocket'], forceNew: true, auth });
  sockets.push(s);
  return new Promise((resolve) => s.once('state', () => resolve(s)));
}

describe('/metrics and /readyz', () => {
  it('counts issued, called, recalled, served and no-show tickets by service, as done through the API', async () => {
    hub = await startTestHub({ env: { PRINTER: 'virtual' } });
    const officer = await officerToken(hub.url, await login(hub.url));
    const issue = async (service: string) => (await api<{ id: string }>(hub!.url, '/api/tickets', { body: { service } })).body.id;
    const a1 = await issue('pendaftaran');
    const a2 = await issue('pendaftaran');
    await issue('pendaftaran');
    await issue('barang');
    await issue('barang');
    const call1 = await api<{ ticket: { id: string } }>(hub.url, '/api/counters/loket-1/call-next', { body: {}, token: officer });
    expect(call1.body.ticket.id).toBe(a1);
    // Calling again finishes the held ticket first (served) and passes it on, then calls the next.
    const call2 = await api<{ ticket: { id: string } }>(hub.url, '/api/counters/loket-1/call-next', { body: {}, token: officer });
    expect(call2.body.ticket.id).toBe(a2);
    expect((await api(hub.url, `/api/tickets/${a2}/recall`, { body: {}, token: officer })).status).toBe(200);
    expect((await api(hub.url, `/api/tickets/${a2}/no-show`, { body: {}, token: officer })).status).toBe(200);

    // Printing is a side effect: wait for the virtual printer to take all five tickets.
    const m = await waitForValue(() => scrape(hub!.url), (f) => value(f, 'giliran_printer_queue_length', { printer: 'default' }) === 0 && value(f, 'giliran_printer_state', { printer: 'default', state: 'online' }) === 1);
    expect(family(m, 'giliran_tickets_issued_total').type).toBe('COUNTER');
    expect(value(m, 'giliran_tickets_issued_total', { service: 'pendaftaran' })).toBe(3);
    expect(value(m, 'giliran_tickets_issued_total', { service: 'barang' })).toBe(2);
    expect(value(m, 'giliran_tickets_issued_total', { service: 'kunjungan' })).toBe(0);
    expect(value(m, 'giliran_tickets_called_total', { service: 'pendaftaran' })).toBe(2);
    expect(value(m, 'giliran_tickets_called_total', { service: 'barang' })).toBe(0);
    expect(value(m, 'giliran_tickets_recalled_total', { service: 'pendaftaran' })).toBe(1);
    expect(value(m, 'giliran_tickets_served_total', { service: 'pendaftaran' })).toBe(1);
    expect(value(m, 'giliran_tickets_no_show_total', { service: 'pendaftaran' })).toBe(1);
    expect(value(m, 'giliran_waiting', { service: 'pendaftaran' })).toBe(1);
    // The first visitor, finished at registration by the second call, went on to goods inspection.
    expect(value(m, 'giliran_waiting', { service: 'barang' })).toBe(3);
    expect(value(m, 'giliran_tickets_transferred_total', { service: 'pendaftaran' })).toBe(1);
    expect(value(m, 'giliran_event_seq')).toBe(11); // 5 issued, called, finished + passed on + called, recalled, no-show

    expect(family(m, 'giliran_wait_seconds').type).toBe('HISTOGRAM');
    // The parser folds labelled histograms into one unlabelled series (it keeps the buckets but
    // drops _count/_sum): read those two lines of the same text directly.
    const text = await (await fetch(`${hub.url}/metrics`)).text();
    expect(/^giliran_wait_seconds_count\{service="pendaftaran"\} (\d+)$/m.exec(text)?.[1]).toBe('2');
    expect(/^giliran_wait_seconds_bucket\{le="\+Inf",service="pendaftaran"\} (\d+)$/m.exec(text)?.[1]).toBe('2');
    expect(text).not.toMatch(/^giliran_wait_seconds_count\{service="barang"\}/m);
    // One append per command that changed something: 5 issues, 2 calls, a recall, a no-show.
    const flush = sample(m, 'giliran_store_flush_seconds');
    expect(Number(flush.count)).toBe(9);
    expect(Number(flush.sum)).toBeGreaterThan(0);
    expect(value(m, 'giliran_printer_failed_jobs', { printer: 'default' })).toBe(0);
    expect(value(m, 'giliran_printer_state', { printer: 'default', state: 'offline' })).toBe(0);
    expect(value(m, 'giliran_store_writable')).toBe(1);
    expect(value(m, 'process_resident_memory_bytes')).toBeGreaterThan(10_000_000);
  });

  it('counts connected sockets by room', async () => {
    hub = await startTestHub();
    const token = await login(hub.url);
    const ticket = (await api<{ id: string }>(hub.url, '/api/tickets', { body: { service: 'informasi' } })).body.id;
    await connect(hub.url);
    await connect(hub.url);
    await connect(hub.url, { token });
    await connect(hub.url, { ticket });
    const m = await scrape(hub.url);
    expect(value(m, 'giliran_sockets', { room: 'public' })).toBe(3);
    expect(value(m, 'giliran_sockets', { room: 'staff' })).toBe(1);
    expect(value(m, 'giliran_sockets', { room: 'phones' })).toBe(1);
    expect(value(m, 'giliran_sockets_connected')).toBe(4);
    // A socket's own room (its id) is not a room of the hub's; a phone's room (named after its
    // ticket id, a secret link) is counted under "phones", never shown.
    expect(family(m, 'giliran_sockets').metrics).toHaveLength(3);
    expect(await (await fetch(`${hub.url}/metrics`)).text()).not.toContain(ticket);
    sockets.pop()!.close();
    const after = await waitForValue(() => scrape(hub!.url), (f) => value(f, 'giliran_sockets_connected') === 3);
    expect(family(after, 'giliran_sockets').metrics.find((s) => s.labels?.room === 'phones')).toBeUndefined();
  });

  it('/readyz is ready with a writable store, 503 in the disk-failure state, ready again after', async () => {
    const dataDir = tempDataDir();
    const inner = await LowdbStore.open(dataDir);
    let broken = false;
    const store = new Proxy(inner, {
      get(target, prop) {
        const v = Reflect.get(target, prop) as unknown;
        if (prop === 'appendEvents') return (...args: Parameters<Store['appendEvents']>) => (broken ? Promise.reject(Object.assign(new Error('read-only'), { code: 'EROFS' })) : target.appendEvents(...args));
        return typeof v === 'function' ? v.bind(target) : v;
      },
    });
    const config = readConfig({ DATA_DIR: dataDir, HOST: '127.0.0.1', PORT: '0', ADMIN_PASSWORD: 'rahasia-admin-123' });
    const h = await createHub({ config, store, printer: null, log: () => {} });
    cleanupHub = () => h.close();
    await new Promise<void>((ok) => h.server.listen(0, '127.0.0.1', ok));
    const url = `http://127.0.0.1:${(h.server.address() as AddressInfo).port}`;
    const ready = await api<{ ready: boolean; writable: boolean }>(url, '/readyz');
    expect(ready.status).toBe(200);
    expect(ready.body).toMatchObject({ ready: true, writable: true });

    // The disk refuses: the append fails, and so does the hub's probe write (folder locked).
    broken = true;
    const unlock = lockFolder(dataDir);
    try {
      expect((await api(url, '/api/tickets', { body: { service: 'barang' } })).status).toBe(503);
      const down = await api<{ ready: boolean; message: string }>(url, '/readyz');
      expect(down.status).toBe(503);
      expect(down.body.ready).toBe(false);
      expect(down.body.message).toContain('EROFS');
      expect(value(await scrape(url), 'giliran_store_writable')).toBe(0);
    } finally {
      broken = false;
      unlock();
    }
    await waitForValue(() => api(url, '/readyz'), (r) => r.status === 200);
    expect(value(await scrape(url), 'giliran_store_writable')).toBe(1);
  });
});
