// giliran print-agent --hub URL --device ID --printer /dev/usb/lp0: a kiosk PC's own printer,
// fed by the hub over an outgoing connection. The device key comes from GILIRAN_DEVICE_KEY or
// --key-file (never a command-line argument: those show in `ps`).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createLogger, LOG_LEVELS, type LogLevel } from '../../hub/logger.js';
import { parsePrinterSpec } from '../../printer/printer-spec.js';
import { startPrintAgent } from '../../printer/print-agent.js';
import { CliError } from '../cli-config.js';

export interface PrintAgentCliOptions {
  hub: string;
  device: string;
  printer: string;
  keyFile?: string;
}

export async function printAgentCommand(opts: PrintAgentCliOptions): Promise<void> {
  let url: URL;
  try {
    url = new URL(opts.hub);
    if (!/^https?:$/.test(url.protocol)) throw new Error('not http');
  } catch {
    throw new CliError(`--hub ${opts.hub} is not the hub's address: use e.g. http://192.168.1.10:3000`, 2);
  }
  try {
    parsePrinterSpec(opts.printer);
  } catch (err) {
    throw new CliError(`--printer: ${(err as Error).message}`, 2);
  }
  const key = opts.keyFile ? readFileSync(opts.keyFile, 'utf8').trim() : process.env.GILIRAN_DEVICE_KEY?.trim();
  if (!key) throw new CliError('No device key: set GILIRAN_DEVICE_KEY or --key-file FILE (make the key in /admin/ -> Devices -> this kiosk -> new key)', 2);
  const level = (process.env.LOG_LEVEL || 'info').toLowerCase();
  const logger = createLogger((LOG_LEVELS as readonly string[]).includes(level) ? (level as LogLevel) : 'info').child({ part: 'print-agent', device: opts.device });
  const dataDir = resolve(process.env.DATA_DIR || './data-agent');
  const agent = await startPrintAgent({
    hubUrl: url.toString(),
    deviceId: opts.device,
    deviceKey: key,
    printer: opts.printer,
    dataDir,
    log: { info: (m) => logger.info(m), warn: (m) => logger.warn(m), error: (m) => logger.error(m) },
  });
  logger.info(`print agent running: hub ${url.toString()}, device ${opts.device}, printer ${opts.printer}, data ${dataDir}`);
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info(`${signal}: stopping, letting the job in progress finish...`);
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    await agent.close();
    logger.info('stopped cleanly');
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}
