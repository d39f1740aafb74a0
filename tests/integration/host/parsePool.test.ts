// The parse pool against a real worker thread (tests/support/parseWorkerForTests.ts):
// results and DomainErrors cross intact, bytes are moved rather than copied, and a
// worker that runs out of time or heap, crashes or exits is replaced, the job refused.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createParsePool, type ParsePool, type ParsePoolOptions } from '../../../electron/host/parsing/parsePool';
import { createRecordingLogger } from '../../../electron/host/ports';
import { DomainError } from '../../../shared/api/errors';
import { TEST_PARSE_WORKER_FILE } from '../../support/parseWorkerFiles';

let pools: ParsePool[] = [];
afterEach(async () => {
  await Promise.all(pools.map((p) => p.close()));
  pools = [];
});

/** One pool for the tests that need no budget of their own: a worker takes seconds to start on a busy machine. */
let shared: ParsePool;
beforeAll(() => {
  shared = createParsePool({ workerFile: TEST_PARSE_WORKER_FILE, logger: createRecordingLogger() });
});
afterAll(() => shared.close());

function pool(options: Partial<ParsePoolOptions> = {}) {
  const logger = createRecordingLogger();
  const made = createParsePool({ workerFile: TEST_PARSE_WORKER_FILE, logger, ...options });
  pools.push(made);
  return { pool: made, logger };
}

async function failure(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected the job to fail');
}

describe('parse pool', { timeout: 60_000 }, () => {
  it('runs a task and hands its value back', async () => {
    const p = shared;
    const value = { rows: [['Tình huống', '情景注入']], n: 3, nested: new Map([['k', 1]]) };
    expect(await p.run('echo', [value])).toEqual(value);
  });

  it('rebuilds a DomainError thrown in the worker with its code, key and details', async () => {
    const p = shared;
    const error = await failure(p.run('refuse', []));
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({
      code: 'invalid_file',
      messageKey: 'drill.errors.corrupt',
      details: { entry: 'exercises/x.json', nested: { n: 1 } },
    });
  });

  it('passes any other error on as a plain Error (the dispatcher answers it as internal)', async () => {
    const p = shared;
    const error = await failure(p.run('crash', []));
    expect(error).not.toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ name: 'TypeError', message: 'a bug in a reader' });
    expect(await p.run('echo', ['still here'])).toBe('still here');
  });

  it('moves bytes it owns whole to the worker, and copies a slice of a shared buffer', async () => {
    const p = shared;
    const owned = Buffer.alloc(1 << 20, 7);
    const result = (await p.run('measure', [owned], [owned.buffer as ArrayBuffer])) as { length: number };
    expect(result.length).toBe(1 << 20);
    expect(owned.byteLength).toBe(0); // detached: the bytes went, they were not copied

    const parts = Buffer.from('ab');
    const before = Buffer.from('cd'); // both small: slices of Node's shared pool
    const { transferablesOf } = await import('../../../electron/host/parsing/protocol');
    expect(transferablesOf([parts])).toEqual([]);
    expect(((await p.run('measure', [parts], transferablesOf([parts]))) as { length: number }).length).toBe(2);
    expect(before.toString()).toBe('cd');
  });

  it('stops a job past its time budget as too_large, and serves the next with a fresh worker', async () => {
    const { pool: p, logger } = pool({ timeMs: 300 });
    const error = await failure(p.run('spin', []));
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({
      code: 'too_large',
      messageKey: 'errors.fileTakesTooLong',
      details: { seconds: 0.3 },
    });
    expect(logger.entries).toContainEqual(expect.objectContaining({ message: 'parse worker out of time' }));
    expect(await p.run('echo', [1])).toBe(1);
  });

  it('stops a job past its heap budget as too_large, and serves the next with a fresh worker', async () => {
    // The readers themselves take some 60 MiB of heap once loaded.
    const { pool: p } = pool({ heapMiB: 128 });
    const error = await failure(p.run('hog', []));
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({
      code: 'too_large',
      messageKey: 'errors.fileNeedsTooMuchMemory',
      details: { maxMiB: 128 },
    });
    expect(await p.run('echo', [2])).toBe(2);
  });

  it('fails the job of a worker that exits, and carries on', async () => {
    const p = shared;
    expect((await failure(p.run('exit', []))).message).toMatch(/parse worker exited \(code 3\)/);
    expect(await p.run('echo', [3])).toBe(3);
  });

  it('queues jobs past its size and runs them all in turn', async () => {
    const { pool: p } = pool({ size: 1 });
    const results = await Promise.all([1, 2, 3, 4].map((n) => p.run('echo', [n])));
    expect(results).toEqual([1, 2, 3, 4]);
  });

  it('refuses an unknown task and fails a missing worker file without starting it again and again', async () => {
    const p = shared;
    expect((await failure(p.run('nope', []))).message).toMatch(/unknown parse task/);
    const { pool: missing } = pool({ workerFile: '/nonexistent/parseWorker.cjs' });
    expect((await failure(missing.run('echo', [1]))).message).toMatch(/parse worker could not start/);
    expect((await failure(missing.run('echo', [1]))).message).toMatch(/parse worker could not start/);
  });

  it('a heap budget too small for the readers themselves is our fault (internal), not the file', async () => {
    const { pool: p, logger } = pool({ heapMiB: 16 });
    const error = await failure(p.run('echo', [1]));
    expect(error).not.toBeInstanceOf(DomainError);
    expect(error.message).toMatch(/parse worker could not start/);
    expect(logger.entries).toContainEqual(
      expect.objectContaining({ level: 'error', message: 'parse worker could not start' }),
    );
  });

  it('on close, refuses running and waiting jobs as unavailable', async () => {
    const { pool: p } = pool({ size: 1 });
    const jobs = [p.run('spin', []), p.run('echo', [1])].map(failure);
    await new Promise((resolve) => setTimeout(resolve, 200));
    await p.close();
    for (const error of await Promise.all(jobs)) {
      expect(error).toMatchObject({ code: 'unavailable', messageKey: 'errors.unavailable' });
    }
    expect(await failure(p.run('echo', [1]))).toMatchObject({ code: 'unavailable' });
  });
});
