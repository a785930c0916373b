import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Integration and e2e tests start real hubs, PostgreSQL clusters and Chromium and spend most of
    // their time waiting on them: three files at a time keep two cores busy (the suite stays under
    // ten minutes) without starving any.
    maxWorkers: 3,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    reporters: ['default'],
    // Spawned hubs and the CLI hash passwords at 2^14 (default 2^17): hundreds of logins, one cost
    // check (tests/integration/hub-sessions.test.ts runs a hub at the default).
    env: { PASSWORD_HASH_COST: '14' },
  },
});
