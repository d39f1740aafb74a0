// A stray `.only` must fail the run, not turn the suite into "1 passed, 12 skipped".
// Runs the real vitest, with each of the project's configs, on a two-test fixture:
// once with `.only` (must exit non-zero) and once without (must pass, so the failure
// is the `.only` and not a broken fixture).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../support/temp';

const ROOT = path.resolve(__dirname, '../../..');
const VITEST = path.join(ROOT, 'node_modules/vitest/vitest.mjs');

/**
 * Runs vitest on `body` with the project's config `configFile`, changed only to look
 * for tests in a temp folder (with vitest's globals, as the fixture lives outside the
 * project and cannot import vitest) and without the project's global setup.
 */
function runFixture(configFile: string, body: string) {
  const dir = tempDir('drillbook-only-');
  fs.writeFileSync(path.join(dir, 'fixture.test.ts'), body);
  const config = path.join(dir, 'vitest.fixture.config.mts');
  fs.writeFileSync(
    config,
    [
      `import base from ${JSON.stringify(path.join(ROOT, configFile))};`,
      `export default { ...base, root: ${JSON.stringify(dir)},`,
      // The fixture needs no parse worker: the project's global setup stays out.
      `  test: { ...base.test, include: ['fixture.test.ts'], globals: true, globalSetup: [] } };`,
    ].join('\n'),
  );
  const run = spawnSync(process.execPath, [VITEST, 'run', '--config', config], {
    cwd: ROOT,
    encoding: 'utf8',
    // Vitest allows `.only` by default outside CI: make sure the config decides, not the environment.
    env: { ...process.env, CI: '' },
    timeout: 60_000,
  });
  return { code: run.status, out: run.stdout + run.stderr };
}

const TWO_TESTS = "it('first', () => {});\nit('second', () => {});\n";

describe.each(['vitest.config.ts', 'vitest.e2e.config.ts'])('vitest with %s', (configFile) => {
  it('fails the run on a stray .only', { timeout: 90_000 }, () => {
    const focused = runFixture(configFile, TWO_TESTS.replace("it('first'", "it.only('first'"));
    expect(focused.code, focused.out).not.toBe(0);
    expect(focused.out).toMatch(/\.only/);
  });

  it('passes the same file without it', { timeout: 90_000 }, () => {
    const plain = runFixture(configFile, TWO_TESTS);
    expect(plain.code, plain.out).toBe(0);
    expect(plain.out).toMatch(/2 passed/);
  });
});
