// vitest global setup: bundles the parse workers once per run, so tests that start the
// host core (or a parse pool) need no `npm run build` beforehand.
import { build } from 'esbuild';
import path from 'node:path';
import { parseWorkerBuild } from '../../scripts/parseWorkerBuild.mjs';
import { PARSE_WORKER_FILE, TEST_PARSE_WORKER_FILE } from './parseWorkerFiles';

export default async function setup(): Promise<void> {
  const root = path.resolve(__dirname, '../..');
  await Promise.all([
    build({ ...parseWorkerBuild, absWorkingDir: root, outfile: PARSE_WORKER_FILE, logLevel: 'warning' }),
    build({
      ...parseWorkerBuild,
      absWorkingDir: root,
      entryPoints: ['./tests/support/parseWorkerForTests.ts'],
      outfile: TEST_PARSE_WORKER_FILE,
      logLevel: 'warning',
    }),
  ]);
}
