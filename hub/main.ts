// Starts the hub from the environment and shuts it down gracefully on SIGINT/SIGTERM.
import { ConfigError, readConfig } from './config.js';
import { createHub } from './app.js';
import { printerFactoryFromEnv } from './printer-from-env.js';
import { StoreCorruptError } from './store/durable-json-file.js';

async function main(): Promise<void> {
  let config;
  try {
    config = readConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(`Giliran cannot start: ${err.message}`);
      process.exit(2);
    }
    throw err;
  }
  const hub = await createHub({ config, printer: printerFactoryFromEnv(config) });
  // Handlers go in before the 'listening' line: whoever reads it may signal us at once.
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: stopping, flushing the store...`);
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    await hub.close();
    console.log('stopped cleanly');
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
  await new Promise<void>((resolve, reject) => {
    hub.server.once('error', reject);
    hub.server.listen(config.port, config.host, () => resolve());
  });
  const addr = hub.server.address();
  const port = typeof addr === 'object' && addr ? addr.port : config.port;
  console.log(`Giliran hub listening on http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}  (data: ${config.dataDir}, printer: ${config.printer})`);
  console.log(`  kiosk /kiosk/   board /board/   counter /counter/   admin /admin/`);
  // Only now, with the port ours, is `admin` created: a start that fails creates nobody.
  const password = await hub.generatedAdminPassword;
  if (password) {
    console.log('');
    console.log('  First start: user "admin" was created with this password (shown once, write it down;');
    console.log('  the admin page asks for a new one at the first sign-in):');
    console.log(`    ${password}`);
    console.log('  Set ADMIN_PASSWORD on the first start to choose it yourself.');
    console.log('');
  }
}

main().catch((err) => {
  if (err instanceof StoreCorruptError) {
    console.error(`Giliran cannot start: ${err.message}`);
    process.exit(3);
  }
  if ((err as NodeJS.ErrnoException).code === 'EADDRINUSE') {
    console.error(`Giliran cannot start: port is already in use (${(err as Error).message}). Set PORT to another port.`);
    process.exit(4);
  }
  console.error('Giliran cannot start:', err);
  process.exit(1);
});
