// Creates the print service for PRINTER (none, virtual, tcp://host:port, a device path). The hub
// hands it the live print settings once it exists, hence a factory.
import { createPrintService, parsePrinterSpec, type PrintService, type PrintSettings } from '../printer/print-service.js';
import type { HubConfig } from './config.js';

export type PrinterFactory = (settings: () => PrintSettings) => PrintService;

export function printerFactoryFromEnv(config: HubConfig, opts: { log?: (msg: string) => void; pollIntervalMs?: number } = {}): PrinterFactory {
  const spec = parsePrinterSpec(config.printer);
  return (settings) => createPrintService({ spec, dataDir: config.dataDir, settings, log: opts.log, pollIntervalMs: opts.pollIntervalMs });
}
