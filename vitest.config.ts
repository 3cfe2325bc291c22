import { configDefaults, defineConfig } from 'vitest/config';

/**
 * The contract suite: repository and route tests that run on both engines. On PostgreSQL they
 * use an in-process PGlite, or the server TEST_DATABASE_URL names (CI), a fresh database each.
 */
export const CONTRACT_TESTS = [
  'test/routes/claims.test.ts',
  'test/routes/conflicts.test.ts',
  'test/routes/errors.test.ts',
  'test/routes/passages.test.ts',
  'test/routes/propositions.test.ts',
  'test/routes/service.test.ts',
  'test/routes/sources.test.ts',
  'test/routes/write.test.ts',
  'test/routes/batch.test.ts',
  'test/routes/claims-api.test.ts',
  'test/routes/citations/**/*.test.ts',
  'test/services/seed-conflicts.test.ts',
  'test/services/rejudge-cost.test.ts',
  'test/services/forecast-issue.test.ts',
  'test/services/review-loop.test.ts',
  'test/services/import-references.test.ts',
  'test/client/**/*.test.ts',
  'test/pages/explorer-pages.test.ts',
  'test/store/contract/**/*.test.ts',
  'test/review/**/*.test.ts',
  'test/http/auth-scopes.test.ts',
];

export default defineConfig({
  test: {
    // A hang guard, not a speed limit: tests that start servers or worker processes take seconds each on a busy
    // two-core machine (speed is measured by the benchmarks).
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Two cores on the CI machines: one worker each.
    pool: 'forks',
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: 'sqlite',
          include: ['test/**/*.test.ts'],
          // Browser checks need Chromium and run on their own: `npm run test:e2e`.
          exclude: [...configDefaults.exclude, 'test/e2e/**'],
          env: { TEST_ENGINE: 'sqlite' },
        },
      },
      {
        extends: true,
        test: {
          name: 'postgres',
          include: CONTRACT_TESTS,
          env: { TEST_ENGINE: 'postgres' },
          testTimeout: 60_000,
        },
      },
    ],
  },
});
