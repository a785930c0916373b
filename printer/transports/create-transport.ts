// PrinterSpec -> transport. 'virtual' prints over real TCP to an in-process VirtualPrinter whose
// port is only known once it listens, hence the late binding.
import type { PrinterSpec } from '../printer-spec.js';
import type { StatusReport } from '../printer-status.js';
import type { VirtualPrinter } from '../virtual-printer.js';
import { DeviceTransport } from './device-transport.js';
import { PrintNotSentError, type PrinterTransport, type SendHooks } from './printer-transport.js';
import { TcpTransport } from './tcp-transport.js';

export interface TransportTimeouts {
  connectTimeoutMs: number;
  writeTimeoutMs: number;
}

export function createTransport(spec: PrinterSpec, timeouts: TransportTimeouts, virtualPrinter?: VirtualPrinter): PrinterTransport | null {
  switch (spec.kind) {
    case 'tcp':
      return new TcpTransport({ host: spec.host, port: spec.port, statusQueries: spec.statusQueries, ...timeouts });
    case 'device':
      return new DeviceTransport({ path: spec.path, writeTimeoutMs: timeouts.writeTimeoutMs });
    case 'virtual':
      if (!virtualPrinter) throw new Error('a virtual printer spec needs its VirtualPrinter');
      return new VirtualPrinterTransport(virtualPrinter, timeouts);
    case 'none':
      return null;
  }
}

class VirtualPrinterTransport implements PrinterTransport {
  readonly description = 'virtual';
  private tcp: TcpTransport | null = null;

  constructor(
    private readonly printer: VirtualPrinter,
    private readonly timeouts: TransportTimeouts,
  ) {}

  send(bytes: Uint8Array, hooks?: SendHooks): Promise<void> {
    const tcp = this.connected();
    return tcp ? tcp.send(bytes, hooks) : Promise.reject(new PrintNotSentError('the virtual printer is not started', 'offline'));
  }

  queryStatus(): Promise<StatusReport> {
    return this.connected()?.queryStatus() ?? Promise.resolve({ state: 'offline', message: 'the virtual printer is not started' });
  }

  private connected(): TcpTransport | null {
    const port = this.printer.port;
    if (!port) return null;
    if (this.tcp?.description !== `tcp://127.0.0.1:${port}`) {
      this.tcp = new TcpTransport({ host: '127.0.0.1', port, statusQueries: true, ...this.timeouts });
    }
    return this.tcp;
  }
}
