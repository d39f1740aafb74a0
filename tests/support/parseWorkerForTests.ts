// A parse worker with the real tasks plus a few that misbehave on purpose, so the pool's
// budgets and error paths are tested on their own, without crafting a hostile file.
import { parentPort } from 'node:worker_threads';
import { DomainError } from '../../shared/api/errors';
import { parseTasks } from '../../electron/host/parsing/tasks';
import { serveTasks } from '../../electron/host/parsing/workerLoop';

/** Kept reachable so the collector cannot free it: memory that only grows. */
const hoard: unknown[] = [];

serveTasks(parentPort, {
  ...parseTasks,
  echo: (value: unknown) => ({ value }),
  /** Hands the bytes back with their length, moving them rather than copying. */
  measure: (bytes: Uint8Array) => ({
    value: { length: bytes.byteLength, bytes },
    transfer: [bytes.buffer as ArrayBuffer],
  }),
  refuse: () => {
    throw new DomainError('invalid_file', 'drill.errors.corrupt', { entry: 'exercises/x.json', nested: { n: 1 } });
  },
  crash: () => {
    throw new TypeError('a bug in a reader');
  },
  /** Never returns: only the wall-time budget can stop it. */
  spin: () => {
    for (;;) hoard.length = 0;
  },
  /** Allocates JavaScript objects until the heap budget stops it. */
  hog: () => {
    for (;;) hoard.push(Array.from({ length: 10_000 }, (_, i) => ({ i, s: `row ${i}` })));
  },
  /** Kills the thread without a word. */
  exit: () => process.exit(3),
});
