// The messages between the host and a parse worker. One job at a time per worker: the
// host posts a job, the worker posts exactly one outcome. Errors cross as data, since
// structured clone keeps an Error's message but drops a DomainError's code and details.
import { DomainError, ERROR_CODES, type ErrorCode } from '../../../shared/api/errors';

export type ParseJob = { task: string; args: unknown[] };

/** Posted once by a fresh worker when its readers are loaded and it can take a job. */
export const READY = 'ready';

export type WorkerMessage = typeof READY | ParseOutcome;

export type ParseOutcome =
  | { ok: true; value: unknown }
  /** A refusal the user reads: rebuilt as the same DomainError on the host. */
  | { ok: false; domain: { code: ErrorCode; messageKey: string; details: Record<string, unknown> } }
  /** A bug or a library's surprise: the host logs it and answers `internal`. */
  | { ok: false; crash: { name: string; message: string; stack?: string } };

export function outcomeOfError(error: unknown): ParseOutcome {
  if (error instanceof DomainError) {
    return { ok: false, domain: { code: error.code, messageKey: error.messageKey, details: error.details } };
  }
  if (error instanceof Error) {
    return { ok: false, crash: { name: error.name, message: error.message, stack: error.stack } };
  }
  return { ok: false, crash: { name: 'Error', message: String(error) } };
}

/** The error a failed outcome stands for, thrown on the host side as if thrown in-process. */
export function errorOfOutcome(outcome: Exclude<ParseOutcome, { ok: true }>): Error {
  if ('domain' in outcome) {
    const { code, messageKey, details } = outcome.domain;
    return new DomainError(ERROR_CODES.includes(code) ? code : 'internal', messageKey, details);
  }
  const error = new Error(outcome.crash.message);
  error.name = outcome.crash.name;
  if (outcome.crash.stack) error.stack = outcome.crash.stack;
  return error;
}

/**
 * The ArrayBuffers that can be moved rather than copied: those a view owns whole. A
 * Buffer from Node's shared pool is a slice of a larger one, and moving that would pull
 * the pool out from under every other small Buffer, so it is copied instead.
 */
export function transferablesOf(views: Iterable<Uint8Array>): ArrayBuffer[] {
  const found = new Set<ArrayBuffer>();
  for (const view of views) {
    const { buffer } = view;
    if (!(buffer instanceof ArrayBuffer)) continue; // a SharedArrayBuffer is shared, not moved
    if (view.byteOffset === 0 && view.byteLength === buffer.byteLength) found.add(buffer);
  }
  return [...found];
}

/** A Buffer over a view that crossed a thread (structured clone hands back a plain Uint8Array). */
export function asBuffer(view: Uint8Array): Buffer {
  return Buffer.isBuffer(view) ? view : Buffer.from(view.buffer, view.byteOffset, view.byteLength);
}
