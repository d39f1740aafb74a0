// The worker's side: take one job, run its task, post one outcome. A task returns its
// value and the buffers in it that may be moved back to the host instead of copied.
import type { MessagePort } from 'node:worker_threads';
import { outcomeOfError, READY, type ParseJob, type ParseOutcome } from './protocol';

export type TaskResult = { value: unknown; transfer?: ArrayBuffer[] };
export type Task = (...args: never[]) => Promise<TaskResult> | TaskResult;
export type TaskTable = Record<string, Task>;

/**
 * Answers jobs on `port`. Called once the worker's modules (the readers) are loaded, so
 * "ready" tells the host the job's time budget is the file's alone: loading the XLSX
 * library can take a second on a busy machine.
 */
export function serveTasks(port: MessagePort | null, tasks: TaskTable): void {
  if (!port) throw new Error('serveTasks runs inside a worker thread');
  port.on('message', (job: ParseJob) => {
    void runJob(tasks, job).then((reply) => post(port, reply));
  });
  port.postMessage(READY);
}

async function runJob(tasks: TaskTable, job: ParseJob): Promise<{ outcome: ParseOutcome; transfer: ArrayBuffer[] }> {
  try {
    const task = Object.hasOwn(tasks, job.task) ? tasks[job.task] : undefined;
    if (!task) throw new Error(`unknown parse task ${JSON.stringify(job.task)}`);
    const result = await (task as (...args: unknown[]) => Promise<TaskResult> | TaskResult)(...job.args);
    return { outcome: { ok: true, value: result.value }, transfer: result.transfer ?? [] };
  } catch (error) {
    return { outcome: outcomeOfError(error), transfer: [] };
  }
}

function post(port: MessagePort, reply: { outcome: ParseOutcome; transfer: ArrayBuffer[] }): void {
  try {
    port.postMessage(reply.outcome, reply.transfer);
  } catch (error) {
    // A value (or an error's details) that cannot be cloned: still one answer, so the
    // host is never left waiting for the wall-time budget to run out.
    port.postMessage(outcomeOfError(error));
  }
}
