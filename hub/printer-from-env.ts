// Creates the print service for PRINTER (none, virtual, tcp://host:port, a device path).
// Until printer/ lands, only 'none' is available.
import type { HubConfig } from './config.js';
import type { HubPrinter } from './context.js';

export async function createPrinterFromEnv(config: HubConfig): Promise<HubPrinter | null> {
  if (config.printer === 'none') return null;
  throw new Error(`PRINTER=${config.printer}: printing is not available in this build`);
}
