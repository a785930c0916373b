// Starts the hub from the environment as a long-running process: `npm start` (hub/main.ts) and
// `giliran start` both run this. Logs are pino lines; the process exits with a code that tells
// what went wrong (2 configuration, 3 a data file cannot be read, 4 the port is taken).
import { existsSync } from 'node:fs';
import { ConfigError, readConfig, type HubConfig } from './config.js';
import { createLogger, logLine, type Logger } from './logger.js';
import { logEngineEvents } from './ops/event-log.js';
import { NightlyBackup } from './ops/nightly-backup.js';
import { runningHubPid, writePidFile } from './ops/pid-file.js';
import { StoreCorruptError } from './store/durable-json-file.js';

export async function runHub(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  let config: HubConfig;
  try {
    config = readConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) {
      createLogger().fatal(`Giliran cannot start: ${err.message}`);
      process.exit(2);
    }
    throw err;
  }
  const logger = createLogger(config.logLevel);
  try {
    await serve(config, logger);
  } catch (err) {
    if (err instanceof StoreCorruptError) {
      logger.fatal(`Giliran cannot start: ${err.message}`);
      process.exit(3);
    }
    if ((err as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      logger.fatal(`Giliran cannot start: port is already in use (${(err as Error).message}). Set PORT to another port.`);
      process.exit(4);
    }
    logger.fatal({ err }, 'Giliran cannot start');
    process.exit(1);
  }
}

async function serve(config: HubConfig, logger: Logger): Promise<void> {
  // Loaded only once the configuration is valid: a typo is reported at once.
  const [{ createHub }, { printerFactoryFromEnv }] = await Promise.all([import('./app.js'), import('./printer-from-env.js')]);
  if (!existsSync(config.distDir)) logger.warn(`the apps are not built (${config.distDir} is missing): run "npm run build" once, or start with "npm start"`);
  const other = runningHubPid(config.dataDir);
  if (other) logger.warn(`another hub (pid ${other}) seems to use ${config.dataDir}: two hubs on one data folder lose data; stop one of them`);
  const printerLogger = logger.child({ part: 'printer' });
  const hub = await createHub({
    config,
    printer: printerFactoryFromEnv(config, { log: logLine(printerLogger) }),
    log: logLine(logger),
    logger,
  });
  logEngineEvents(hub.ctx.engine, logger.child({ part: 'queue' }));
  const removePidFile = writePidFile(config.dataDir);
  const nightly = new NightlyBackup({
    dataDir: config.dataDir,
    backupDir: config.backupDir,
    keep: config.backupKeep,
    time: config.backupTime,
    timezone: () => hub.ctx.engine.state.config.settings.timezone,
    logger: logger.child({ part: 'backup' }),
  });
  // Handlers go in before the 'listening' line: whoever reads it may signal us at once.
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info(`${signal}: stopping, flushing the store...`);
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    await nightly.stop();
    await hub.close();
    removePidFile();
    logger.info('stopped cleanly');
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
  await new Promise<void>((resolve, reject) => {
    hub.server.once('error', reject);
    hub.server.listen(config.port, config.host, () => resolve());
  });
  // Only now, with the port ours, is `admin` created (a start that fails creates nobody); the
  // listening line follows, so whoever waits for it finds the first user there.
  const password = await hub.generatedAdminPassword;
  const addr = hub.server.address();
  const port = typeof addr === 'object' && addr ? addr.port : config.port;
  logger.info(
    { port, dataDir: config.dataDir, printer: config.printer },
    `Giliran hub listening on http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}  (data: ${config.dataDir}, printer: ${config.printer})  kiosk /kiosk/  board /board/  counter /counter/  admin /admin/`,
  );
  nightly.start();
  if (password) {
    // The one secret ever printed, on purpose and once: not a log line (no level, no JSON).
    process.stdout.write(
      '\n  First start: user "admin" was created with this password (shown once, write it down;\n' +
        '  the admin page asks for a new one at the first sign-in):\n' +
        `    ${password}\n  Set ADMIN_PASSWORD on the first start to choose it yourself.\n\n`,
    );
  }
}
