// Data files the hub reads only later, read once at start so a corrupt one stops the hub now
// (StoreCorruptError, exit 3, file named, never overwritten) like a corrupt day log does, rather
// than leaving its feature quietly off: today's audit log and the device registry.
import { join } from 'node:path';
import { devicesFileSchema } from './data-file-schemas.js';
import { DurableJsonFile } from './durable-json-file.js';
import type { Store } from './store.js';

export async function checkDataFiles(store: Store, dataDir: string, today: string): Promise<void> {
  await store.readAudit(today);
  // The same file and schema as hub/http/admin-device-routes.ts reads.
  await new DurableJsonFile(join(dataDir, 'devices.json'), devicesFileSchema).read();
}
