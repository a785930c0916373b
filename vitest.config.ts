import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Integration and e2e tests start real hubs and Chromium; two cores, so keep it modest.
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    reporters: ['default'],
    // Spawned hubs and the CLI hash passwords at 2^14 (default 2^17): hundreds of logins, one cost
    // check (tests/integration/hub-sessions.test.ts runs a hub at the default).
    env: { PASSWORD_HASH_COST: '14' },
  },
});
