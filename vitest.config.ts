import { defineConfig } from 'vitest/config';

// Unit and integration tests: plain Node, no browser. End-to-end tests have their own
// config (vitest.e2e.config.ts) because they need the built app and Chromium.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    testTimeout: 20_000,
    globalSetup: ['tests/support/buildParseWorkers.ts'],
    // A stray `.only` fails the run instead of quietly skipping every other test
    // (vitest's own default allows it outside CI).
    allowOnly: false,
  },
});
