// A small pool of worker threads that read files for the host, so a heavy or hostile
// file never freezes the event loop that serves every other client. Each job runs
// under a heap budget (the worker's resourceLimits) and a wall-time budget; a worker
// that blows either is stopped and replaced, and the job is refused as `too_large`
// with a message naming the budget, never as an `internal` error.
import { Worker } from 'node:worker_threads';
import { DomainError } from '../../../shared/api/errors';
import { PARSE_BUDGET } from '../../../shared/api/limits';
import type { Logger } from '../ports';
import { errorOfOutcome, READY, type ParseJob, type WorkerMessage } from './protocol';

export type ParsePoolOptions = {
  /** The bundled worker entry (dist/host/parseWorker.cjs, or a test build of it). */
  workerFile: string;
  logger: Logger;
  /** Workers running at once; the rest of the jobs wait their turn. */
  size?: number;
  heapMiB?: number;
  timeMs?: number;
  /** An idle worker is stopped after this long, handing its heap back. */
  idleMs?: number;
};

export type ParsePool = {
  /** Runs `task` in a worker; `transfer` lists ArrayBuffers moved there (unusable here afterwards). */
  run(task: string, args: unknown[], transfer?: ArrayBuffer[]): Promise<unknown>;
  close(): Promise<void>;
};

type Job = ParseJob & {
  transfer: ArrayBuffer[];
  resolve(value: unknown): void;
  reject(error: Error): void;
};
type Slot = { worker: Worker; ready: boolean; job: Job | null; timer?: NodeJS.Timeout; idle?: NodeJS.Timeout };

const STARTUP_MS = 60_000;

export function fileNeedsTooMuchMemory(heapMiB: number): DomainError {
  return new DomainError('too_large', 'errors.fileNeedsTooMuchMemory', { maxMiB: heapMiB });
}

export function fileTakesTooLong(timeMs: number): DomainError {
  return new DomainError('too_large', 'errors.fileTakesTooLong', { seconds: timeMs / 1000 });
}

export function createParsePool(options: ParsePoolOptions): ParsePool {
  const { workerFile, logger } = options;
  const size = options.size ?? 1;
  const heapMiB = options.heapMiB ?? PARSE_BUDGET.heapMiB;
  const timeMs = options.timeMs ?? PARSE_BUDGET.seconds * 1000;
  const idleMs = options.idleMs ?? 30_000;
  const queue: Job[] = [];
  const slots = new Set<Slot>();
  let closed = false;

  function spawn(): Slot {
    const worker = new Worker(workerFile, { resourceLimits: { maxOldGenerationSizeMb: heapMiB } });
    const slot: Slot = { worker, ready: false, job: null };
    // Starting a thread and loading the readers is not the file's doing: the job's
    // clock starts once the worker says it is ready. This only catches one that never is.
    slot.timer = setTimeout(() => failedToStart(slot, `not ready after ${STARTUP_MS} ms`), STARTUP_MS);
    worker.on('message', (message: WorkerMessage) => {
      if (message === READY) {
        clearTimeout(slot.timer);
        slot.ready = true;
        if (queue.length === 0) rest(slot);
        pump();
        return;
      }
      const job = release(slot);
      if (!job) return;
      if (message.ok) job.resolve(message.value);
      else job.reject(errorOfOutcome(message));
      rest(slot);
      pump();
    });
    worker.on('error', (error: Error & { code?: string }) => {
      // Uncaught in the worker, or its heap budget ran out; either way it is exiting.
      const outOfMemory = error.code === 'ERR_WORKER_OUT_OF_MEMORY';
      if (!slot.ready) {
        failedToStart(slot, error.message);
        return;
      }
      const job = release(slot);
      logger.warn('parse worker failed', { task: job?.task ?? null, outOfMemory, error: error.message });
      job?.reject(outOfMemory ? fileNeedsTooMuchMemory(heapMiB) : error);
      retire(slot, 'failed');
    });
    worker.on('exit', (code) => {
      if (!slot.ready) {
        failedToStart(slot, `exited with code ${code}`);
        return;
      }
      const job = release(slot);
      job?.reject(new Error(`parse worker exited (code ${code}) during ${job.task}`));
      slots.delete(slot);
      pump();
    });
    slots.add(slot);
    return slot;
  }

  /**
   * A worker that fails before any file reached it (a missing bundle, a heap budget too
   * small for the readers themselves) fails the job waiting for it, as a fault of ours:
   * not the file's, and not a reason to start worker after worker for the same job.
   */
  function failedToStart(slot: Slot, reason: string): void {
    if (!slots.has(slot)) return; // already dealt with ('error' is followed by 'exit')
    logger.error('parse worker could not start', { workerFile, heapMiB, reason });
    queue.shift()?.reject(new Error(`parse worker could not start: ${reason}`));
    retire(slot, 'startup');
  }

  /** The slot's running job, now no longer running; null when there was none. */
  function release(slot: Slot): Job | null {
    const job = slot.job;
    slot.job = null;
    clearTimeout(slot.timer);
    return job;
  }

  /** A worker with nothing to do keeps neither the process alive nor its heap for long. */
  function rest(slot: Slot): void {
    if (!slots.has(slot)) return;
    slot.worker.unref();
    slot.idle = setTimeout(() => retire(slot, 'idle'), idleMs).unref();
  }

  /** Takes the worker out of the pool for good (a fresh one is started when needed). */
  function retire(slot: Slot, why: string): void {
    if (!slots.delete(slot)) return;
    clearTimeout(slot.idle);
    if (why !== 'idle') logger.warn('parse worker replaced', { why });
    void slot.worker.terminate();
    pump();
  }

  function start(slot: Slot, job: Job): void {
    clearTimeout(slot.idle);
    slot.job = job;
    slot.worker.ref();
    slot.timer = setTimeout(() => {
      const late = release(slot);
      logger.warn('parse worker out of time', { task: late?.task ?? null, timeMs });
      late?.reject(fileTakesTooLong(timeMs));
      retire(slot, 'time');
    }, timeMs);
    try {
      slot.worker.postMessage({ task: job.task, args: job.args } satisfies ParseJob, job.transfer);
    } catch (error) {
      // Arguments that cannot be cloned: the caller's bug, and the worker never saw it.
      release(slot);
      rest(slot);
      job.reject(error instanceof Error ? error : new Error(String(error)));
    }
  }

  function pump(): void {
    if (closed) return;
    for (const slot of slots) {
      if (queue.length === 0) return;
      if (slot.ready && !slot.job) start(slot, queue.shift()!);
    }
    let starting = [...slots].filter((slot) => !slot.ready).length;
    while (slots.size < size && starting < queue.length) {
      spawn();
      starting++;
    }
  }

  return {
    run(task, args, transfer = []) {
      if (closed) return Promise.reject(new DomainError('unavailable', 'errors.unavailable'));
      return new Promise((resolve, reject) => {
        queue.push({ task, args, transfer, resolve, reject });
        pump();
      });
    },
    async close() {
      closed = true;
      const stopping = new DomainError('unavailable', 'errors.unavailable');
      for (const job of queue.splice(0)) job.reject(stopping);
      const workers = [...slots].map((slot) => {
        release(slot)?.reject(stopping);
        clearTimeout(slot.idle);
        slots.delete(slot);
        return slot.worker.terminate();
      });
      await Promise.all(workers);
    },
  };
}
