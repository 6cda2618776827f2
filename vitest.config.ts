import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // One SQLite file with the shipped dataset loaded, built once per run; preparedDb() copies it.
    globalSetup: ['test/support/prepared-db.ts'],
    // The CLI bundle (test/support/cli.ts runs its main() in process) is loaded by Node as it ships, not transformed.
    server: { deps: { external: [/\/dist\/bundle\//] } },
  },
});
