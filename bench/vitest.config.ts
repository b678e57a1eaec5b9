import { defineConfig } from 'vitest/config';

// The project's vitest config only collects src/; the bench's own unit tests run with
// `npx vitest run --config bench/vitest.config.ts`.
export default defineConfig({
  test: {
    include: ['bench/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    pool: 'forks',
  },
});
