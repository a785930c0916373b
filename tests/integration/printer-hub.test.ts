// The hub with a real PrintService: a ticket taken over REST comes out of the virtual printer over
// TCP with its number and a QR code that opens its phone page; a printer fault never slows or
// loses a ticket.
import type { AddressInfo } from 'node:net';
import { io as connectSocket, type Socket } from 'socket.io-client';
import { afterEach, describe, expect, it } from 'vitest';
import { createHub, type Hub } from '../../hub/app.js';
import { readConfig } from '../../hub/config.js';
import { createPrintService, parsePrinterSpec, type PrintService } from '../../printer/print-service.js';
import { VirtualPrinter } from '../../printer/virtual-printer.js';
import type { PrinterStatusView, ServerToClientEvents } from '../../protocol/live.js';
import { api, ADMIN_PASSWORD } from '../helpers/test-hub.js';
import { freePort, sleep, tempDir } from './printer-fixtures.js';
import { waitFor } from '../helpers/wait-for.js';

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

interface HubWithPrinter {
  url: string;
  hub: Hub;
  printer: PrintService;
}

/** The real hub (createHub, lowdb store on a temp DATA_DIR) printing to PRINTER=`printerValue`. */
async function startHub(printerValue: string, timeouts = { writeTimeoutMs: 500 }): Promise<HubWithPrinter> {
  const dir = tempDir();
  cleanups.push(dir.remove);
  const config = readConfig({ ADMIN_PASSWORD, TICKET_RATE_LIMIT: '0', DATA_DIR: dir.path, PORT: '0', HOST: '127.0.0.1', PRINTER: printerValue });
  let hub: Hub | undefined;
  let url = '';
  const printer = createPrintService({
    spec: parsePrinterSpec(config.printer),
    dataDir: config.dataDir,
    settings: () => {
      const site = hub?.ctx.engine.state.config.settings;
      return {
        siteName: site?.siteName ?? '',
        timezone: site?.timezone ?? config.timezone,
        publicUrl: site?.publicUrl || url, // unset in a fresh install: the hub's own address
        ticketFooter: site?.ticketFooter ?? '',
        paperWidth: 80,
      };
    },
    pollIntervalMs: 100,
    connectTimeoutMs: 500,
    ...timeouts,
    log: () => undefined,
  });
  hub = await createHub({ config, printer, log: () => undefined });
  const started = hub;
  await new Promise<void>((resolve) => started.server.listen(0, '127.0.0.1', resolve));
  cleanups.push(() => started.close());
  url = `http://127.0.0.1:${(started.server.address() as AddressInfo).port}`;
  return { url, hub: started, printer };
}

async function listeningPrinter(port = 0): Promise<VirtualPrinter> {
  const printer = new VirtualPrinter({ port });
  await printer.listen();
  cleanups.push(() => printer.close());
  return printer;
}

const issue = (url: string) => api(url, '/api/tickets', { body: { service: 'pendaftaran' } });

describe('printing from the hub', () => {
  it('PRINTER=virtual: a ticket issued over REST arrives with its number and a QR URL that opens its phone page', async () => {
    const { url, printer } = await startHub('virtual');
    const reply = await issue(url);
    expect(reply.status).toBe(201);
    const printed = await printer.virtualPrinter!.waitForTicket();
    expect(printed.lines.find((l) => l.width > 1)?.text).toBe(reply.body.number);
    expect(printed.lines.map((l) => l.text)).toContain('Pendaftaran Kunjungan');
    const qrUrl = printed.qrCodes[0].data;
    expect(qrUrl).toBe(`${url}/t/${reply.body.id}`);

    const page = await fetch(qrUrl);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    const shown = await api(url, `/api/tickets/${qrUrl.split('/t/')[1]}`);
    expect(shown.body).toMatchObject({ number: reply.body.number, print: 'printed' });
  });

  it("printer down when issued: 201 at once with print 'waiting', printed exactly once when it listens", async () => {
    const port = await freePort();
    const { url } = await startHub(`tcp://127.0.0.1:${port}`);
    const reply = await issue(url);
    expect(reply.status).toBe(201);
    expect(reply.body.print).toBe('waiting'); // answered without waiting for a printer

    await sleep(300); // several polls while down: nothing is used up
    const printer = await listeningPrinter(port);
    await printer.waitForTicket();
    await waitFor(() => printer.tickets().length === 1);
    await sleep(400); // polls and retries go on: still one ticket
    expect(printer.tickets()).toHaveLength(1);
    expect((await api(url, `/api/tickets/${reply.body.id}`)).body.print).toBe('printed');
  });

  it('paper out reported by DLE EOT reaches sockets as printer:updated', async () => {
    const printer = await listeningPrinter();
    const { url, printer: service } = await startHub(printer.url);
    const socket: Socket<ServerToClientEvents> = connectSocket(url, { transports: ['websocket'], reconnection: false });
    cleanups.push(() => socket.close());
    const updates: PrinterStatusView[] = [];
    socket.on('printer:updated', (s) => updates.push(s));
    await waitFor(() => updates.some((u) => u.state === 'online'), { what: 'initial printer status' });

    printer.setStatus('paper-out');
    await waitFor(() => updates.some((u) => u.state === 'paper-out'), { what: 'paper-out event' });
    expect(updates.at(-1)).toMatchObject({ id: 'default', state: 'paper-out' });
    expect(service.status()[0].state).toBe('paper-out');
  });

  // GET /api/printer/status: tests/integration/hub-printer-routes.test.ts.

  it('a printer that accepts and never reads: the hub stays fast, the ticket waits', async () => {
    const printer = await listeningPrinter();
    const { url } = await startHub(printer.url, { writeTimeoutMs: 1000 });
    printer.setMode('never-read');
    // Issuing only queues the print job (PrintService.enqueue is synchronous, see
    // printer-service.test.ts): the answers come while the printer swallows the first job.
    const replies = await Promise.all([issue(url), issue(url), issue(url)]);
    expect(replies.map((r) => r.status)).toEqual([201, 201, 201]);
    expect(replies.map((r) => r.body.print)).not.toContain('printed');
    const state = await api(url, '/api/state');
    expect(state.status).toBe(200);
    const ticketPrint = async () => (await api(url, `/api/tickets/${replies[0].body.id}`)).body.print as string;
    await waitFor(async () => (await ticketPrint()) === 'waiting', { intervalMs: 100, what: "'waiting' after the write timeout" });
    expect(printer.tickets()).toEqual([]);
  });
});
