import { defineConfig } from 'vitest/config';

// Browser checks (headless Chromium via playwright-core): `npm run test:e2e`.
// Kept apart from `npm test`, which needs no browser.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    // A cold Chromium start plus Swagger UI's first render can take several seconds on two cores.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // One browser at a time.
    pool: 'forks',
    maxWorkers: 1,
  },
});
