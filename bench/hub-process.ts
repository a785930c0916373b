// The hub as the benchmarks run it: hub/main.ts's setup (config from env, the print service from
// PRINTER) with the store chosen by BENCH_STORE: `lowdb` (the product's) or `naive` (the baseline).
import { join } from 'node:path';
import { createHub } from '../hub/app.js';
import { readConfig } from '../hub/config.js';
import { printerFactoryFromEnv } from '../hub/printer-from-env.js';
import { LowdbStore } from '../hub/store/lowdb-store.js';
import { NaiveStore, NAIVE_FILE } from './naive-store.js';

const config = readConfig();
const store = process.env.BENCH_STORE === 'naive' ? await NaiveStore.open(join(config.dataDir, NAIVE_FILE)) : await LowdbStore.open(config.dataDir);
const hub = await createHub({ config, store, printer: printerFactoryFromEnv(config, { log: () => {} }), log: () => {} });
await new Promise<void>((ok) => hub.server.listen(config.port, config.host, ok));
const address = hub.server.address();
const port = typeof address === 'object' && address ? address.port : config.port;
console.log(`bench-ready http://${config.host}:${port}`);

process.on('SIGTERM', () => void hub.close().finally(() => process.exit(0)));
