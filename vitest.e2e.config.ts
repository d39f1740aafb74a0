import { defineConfig } from 'vitest/config';

// End-to-end: the built app served by `dist/host/cli.cjs`, driven in Debian's
// Chromium by playwright-core. Run after `npm run build`. One file at a time: two
// Chromiums on a 2-core machine only make each other flaky.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Reading a file starts the parse worker first (a second or more on a busy 2-core
    // machine): polls wait for what a user would wait for, not vitest's default second.
    expect: { poll: { timeout: 15_000 } },
    // A stray `.only` fails the run instead of quietly skipping every other test.
    allowOnly: false,
  },
});
