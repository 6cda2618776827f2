import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // The CLI bundle (test/support/cli.ts runs its main() in process) is loaded by Node as it ships, not transformed.
    server: { deps: { external: [/\/dist\/bundle\//] } },
  },
});
