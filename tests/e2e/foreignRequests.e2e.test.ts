// The check that keeps the app offline: useBrowserAndHost fails any browser test
// whose pages sent a request or opened a socket to another host. Proven here on a
// fixture, so the guarantee does not rest on each test remembering to ask.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { foreignRequests } from './support/browser';
import { recordRequests, useBrowserAndHost } from './support/browserAndHost';

const ROOT = path.resolve(__dirname, '../..');
const e2e = useBrowserAndHost();

describe('the foreign-request check', () => {
  it('records requests and sockets of every page of a context, and tells foreign ones apart', async () => {
    // A context of its own, outside the helper's, so the stray requests made here on
    // purpose are judged by this test and not by the check after it.
    const context = await (await e2e.browser()).newContext();
    try {
      const seen: string[] = [];
      recordRequests(context, seen);
      const host = await e2e.host();
      const page = await context.newPage();
      await page.goto(host.url);
      await page.getByRole('heading', { name: 'Exercise library', level: 1 }).waitFor();
      expect(seen.filter((url) => url.startsWith(host.origin)).length).toBeGreaterThan(0);
      expect(seen.some((url) => url.startsWith(`ws://${new URL(host.origin).host}/`))).toBe(true);
      expect(foreignRequests(seen, host.origin)).toEqual([]);

      const second = await context.newPage(); // a page opened later is watched too
      const stray = second.waitForRequest('http://foreign.invalid/pixel.png');
      await second.setContent('<img src="http://foreign.invalid/pixel.png">');
      await stray;
      await second.evaluate(() => void new WebSocket('ws://foreign.invalid/socket'));
      await expect
        .poll(() => foreignRequests(seen, host.origin))
        .toEqual(['http://foreign.invalid/pixel.png', 'ws://foreign.invalid/socket']);
    } finally {
      await context.close();
    }
  });

  it('fails a test whose page asked another host, though the test asserts nothing about it', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'drillbook-stray-'));
    try {
      const config = path.join(dir, 'vitest.stray.config.mts');
      fs.writeFileSync(
        config,
        [
          `import base from ${JSON.stringify(path.join(ROOT, 'vitest.e2e.config.ts'))};`,
          'export default { ...base, test: { ...base.test,',
          "  include: ['tests/e2e/fixtures/strayRequest.fixture.ts'] } };",
        ].join('\n'),
      );
      const run = spawnSync(
        process.execPath,
        [path.join(ROOT, 'node_modules/vitest/vitest.mjs'), 'run', '--config', config],
        {
          cwd: ROOT,
          encoding: 'utf8',
          timeout: 120_000,
        },
      );
      const out = run.stdout + run.stderr;
      expect(run.status, out).toBe(1);
      expect(out).toContain('1 failed');
      expect(out).toContain('http://foreign.invalid/pixel.png');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
