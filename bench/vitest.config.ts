import { defineConfig } from 'vitest/config';

// The project's vitest config (npm test) collects these tests too; to run only the bench's own
// unit tests: `npx vitest run --config bench/vitest.config.ts`.
export default defineConfig({
  test: {
    include: ['bench/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    pool: 'forks',
  },
});
