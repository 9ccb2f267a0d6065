import { defineConfig } from 'vitest/config';

// End-to-end tests: the built extension loaded in Debian's Chromium through playwright-core.
// One browser at a time: the machine has two cores and Chromium is heavy.
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 90_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
