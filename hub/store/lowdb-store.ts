// The embedded store's old name, kept so existing imports work: it now lives in hub/store/embedded/
// (lowdb for config.json and auth.json, append-only JSON Lines for days/ and audit/).
export { EmbeddedStore as LowdbStore, type EmbeddedStoreOptions } from './embedded/embedded-store.js';
