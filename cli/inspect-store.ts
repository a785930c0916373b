// Opens the data folder through the store code, as the hub does on start (so whatever the store
// does on open happens here too: a first-release folder is converted to JSON Lines, a torn last
// line is cut) and says what it holds. Beyond that it reads only: the day is not rolled over,
// nothing is appended.
import type { HubConfig } from '../hub/config.js';
import { defaultSite } from '../hub/default-site.js';
import { loadState } from '../hub/engine/load-state.js';
import { localDate } from '../hub/queue/local-time.js';
import { checkDataFiles } from '../hub/store/check-data-files.js';
import { EmbeddedStore } from '../hub/store/embedded/embedded-store.js';

export interface StoreReport {
  users: number;
  services: number;
  days: string[];
  seq: number;
  ticketsToday: number;
  lines: string[];
}

export async function inspectStore(config: HubConfig): Promise<StoreReport> {
  const notes: string[] = [];
  const store = await EmbeddedStore.open(config.dataDir, { log: (m) => notes.push(m) });
  try {
    const stored = await store.readConfig();
    const site = stored ?? defaultSite(config.timezone);
    const auth = await store.readAuth();
    const days = await store.listDays();
    const today = localDate(new Date(), site.settings.timezone);
    const state = await loadState(store, site, today);
    await checkDataFiles(store, config.dataDir, state.day);
    const report: StoreReport = { users: auth?.users.length ?? 0, services: site.services.length, days, seq: state.seq, ticketsToday: state.day === today ? state.tickets.size : 0, lines: [] };
    report.lines = [
      `site: ${site.settings.siteName} (${site.settings.timezone})${stored ? '' : ' - no config.json yet, the default site starts'}`,
      `services: ${report.services}, users: ${report.users}${auth ? '' : ' (no auth.json yet: the first start creates admin)'}`,
      `days of events: ${days.length}${days.length ? ` (${days[0]} .. ${days.at(-1)})` : ''}, last event #${state.seq}, tickets today: ${report.ticketsToday}`,
      ...notes,
    ];
    return report;
  } finally {
    await store.close();
  }
}
