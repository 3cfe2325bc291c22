import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Browser checks need Chromium and run on their own: `npm run test:e2e`.
    exclude: [...configDefaults.exclude, 'test/e2e/**'],
    // The graceful-shutdown test starts the real server in a child process.
    testTimeout: 20_000,
    hookTimeout: 20_000,
    // Two cores on the CI machines: one worker each.
    pool: 'forks',
    maxWorkers: 2,
  },
});
