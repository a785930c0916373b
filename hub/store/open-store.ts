// Chooses the store from the configuration: DATABASE_URL selects PostgreSQL (for SITE), otherwise
// the embedded store in DATA_DIR as always. Also gives the engine its write probe (how it finds
// out the store accepts writes again after a failure).
import { hostname } from 'node:os';
import { join } from 'node:path';
import type { HubConfig } from '../config.js';
import { writeFileDurably } from './durable-json-file.js';
import { EmbeddedStore } from './embedded/embedded-store.js';
import { PostgresStore } from './postgres/postgres-store.js';
import type { Store } from './store.js';

export interface OpenedStore {
  store: Store;
  /** Resolves when a write would succeed now (the engine polls it after a failed append). */
  probeWrite: () => Promise<void>;
  /** Set when the store is PostgreSQL. */
  postgres: PostgresStore | null;
}

/** A name for this hub in site_head.writer (host and pid: enough to find the process). */
export function hubName(): string {
  return `${hostname()}:${process.pid}`;
}

export function embeddedProbe(dataDir: string): () => Promise<void> {
  return () => writeFileDurably(join(dataDir, '.write-probe'), String(Date.now()));
}

export async function openStore(config: HubConfig, log: (msg: string) => void): Promise<OpenedStore> {
  if (!config.databaseUrl) {
    return { store: await EmbeddedStore.open(config.dataDir, { log }), probeWrite: embeddedProbe(config.dataDir), postgres: null };
  }
  const store = await PostgresStore.open({ url: config.databaseUrl, site: config.site, log, leaseTimeoutMs: config.leaseTimeoutMs });
  return { store, probeWrite: () => store.probe(), postgres: store };
}
