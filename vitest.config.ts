import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Two files at a time even on two cores: most tests wait on child processes (the CLI, Chromium,
    // PostgreSQL), so the default of one worker left a core idle (~18% slower). Each file has its own
    // SQLite files and PostgreSQL schema.
    maxWorkers: 2,
    minWorkers: 1,
  },
});
