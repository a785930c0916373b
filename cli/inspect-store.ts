// Opens the data folder through the store code (so whatever the store does on open, such as a
// format migration, happens here too) and says what it holds. Reads only: the day is not rolled
// over, nothing is appended.
import type { HubConfig } from '../hub/config.js';
import { defaultSite } from '../hub/default-site.js';
import { loadState } from '../hub/engine/load-state.js';
import { localDate } from '../hub/queue/local-time.js';
import { LowdbStore } from '../hub/store/lowdb-store.js';

export interface StoreReport {
  users: number;
  services: number;
  days: string[];
  seq: number;
  ticketsToday: number;
  lines: string[];
}

export async function inspectStore(config: HubConfig): Promise<StoreReport> {
  const store = await LowdbStore.open(config.dataDir);
  try {
    const stored = await store.readConfig();
    const site = stored ?? defaultSite(config.timezone);
    const auth = await store.readAuth();
    const days = await store.listDays();
    const today = localDate(new Date(), site.settings.timezone);
    const state = await loadState(store, site, today);
    const report: StoreReport = { users: auth?.users.length ?? 0, services: site.services.length, days, seq: state.seq, ticketsToday: state.day === today ? state.tickets.size : 0, lines: [] };
    report.lines = [
      `site: ${site.settings.siteName} (${site.settings.timezone})${stored ? '' : ' - no config.json yet, the default site starts'}`,
      `services: ${report.services}, users: ${report.users}${auth ? '' : ' (no auth.json yet: the first start creates admin)'}`,
      `days of events: ${days.length}${days.length ? ` (${days[0]} .. ${days.at(-1)})` : ''}, last event #${state.seq}, tickets today: ${report.ticketsToday}`,
    ];
    return report;
  } finally {
    await store.close();
  }
}
