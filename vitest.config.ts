import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['shared/src/**/*.test.ts', 'tests/bench/**/*.test.ts', 'server/src/**/*.test.ts', 'server/test/**/*.test.ts', 'client/src/**/*.test.{ts,tsx}', 'client/build/**/*.test.ts'],
    // Server tests open real sockets and SQLite files; keep them apart from each other.
    pool: 'forks',
    testTimeout: 20_000,
    hookTimeout: 20_000,
  },
});
