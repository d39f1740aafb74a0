// Where the tests find the parse worker: bundled by tests/support/buildParseWorkers.ts
// (vitest's global setup) into dist-test/, since a worker thread needs a real file.
import path from 'node:path';

const DIR = path.resolve(__dirname, '../../dist-test');

/** The production worker: the same entry as dist/host/parseWorker.cjs. */
export const PARSE_WORKER_FILE = path.join(DIR, 'parseWorker.cjs');

/** The production tasks plus test-only ones that misbehave on purpose (parseWorkerForTests.ts). */
export const TEST_PARSE_WORKER_FILE = path.join(DIR, 'parseWorkerForTests.cjs');
