import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The graceful-shutdown test starts the real server in a child process.
    testTimeout: 20_000,
    hookTimeout: 20_000,
    // Two cores on the CI machines: one worker each.
    pool: 'forks',
    maxWorkers: 2,
  },
});
