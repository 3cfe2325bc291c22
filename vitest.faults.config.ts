import { defineConfig } from 'vitest/config';

// Fault tests: real server processes under a lowered file-descriptor limit, on a full tmpfs,
// and stopped under load. They need child processes (and root for the tmpfs): `npm run test:faults`.
export default defineConfig({
  test: {
    include: ['test/faults/**/*.fault.ts'],
    testTimeout: 90_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // One server at a time: timings matter and the machines have two cores.
    maxWorkers: 1,
    fileParallelism: false,
  },
});
