// npm run virtual-printer -- --port 9100 [--host 0.0.0.0] [--width 58|80] [--status paper-out]
// A network printer on this machine that prints each ticket to the console as text. Point a hub
// at it with PRINTER=tcp://127.0.0.1:9100.
import { parseArgs } from 'node:util';
import type { PrinterState } from '../protocol/live.js';
import { COLUMNS } from './print-types.js';
import { renderTicketText } from './ticket-text.js';
import { VirtualPrinter } from './virtual-printer.js';

const STATES: readonly PrinterState[] = ['online', 'paper-out', 'paper-low', 'cover-open', 'offline'];

function fail(message: string): never {
  console.error(`virtual-printer: ${message}`);
  process.exit(2);
}

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '9100' },
    host: { type: 'string', default: '0.0.0.0' },
    width: { type: 'string', default: '80' },
    status: { type: 'string', default: 'online' },
  },
});

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`--port must be 0-65535, got "${values.port}"`);
if (values.width !== '58' && values.width !== '80') fail(`--width must be 58 or 80, got "${values.width}"`);
const state = STATES.find((s) => s === values.status) ?? fail(`--status must be one of ${STATES.join(', ')}`);
const columns = COLUMNS[values.width === '58' ? 58 : 80];

const printer = new VirtualPrinter({ host: values.host, port });
printer.setStatus(state);
printer.onTicket((ticket) => {
  console.log(`\n=== ticket ${ticket.seq} received ${ticket.receivedAt} ===`);
  console.log(renderTicketText(ticket, columns));
});

try {
  const listening = await printer.listen();
  console.log(`virtual printer listening on ${values.host}:${listening} (status: ${state}); PRINTER=tcp://127.0.0.1:${listening}`);
} catch (error) {
  fail(`cannot listen on ${values.host}:${port}: ${error instanceof Error ? error.message : error}`);
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void printer.close().then(() => process.exit(0)));
}
