import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Unit tests: the pure engine, the DOM helpers (on jsdom documents the tests make themselves),
// Dexie on fake-indexeddb and Preact components. Chromium tests live in e2e/ (vitest.e2e.config.ts).
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['lib/**/*.test.ts', 'components/**/*.test.tsx', 'tests/**/*.test.ts', 'tests/**/*.test.tsx', 'entrypoints/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
  },
});
