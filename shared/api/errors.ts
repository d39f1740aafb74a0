// Errors cross the API as data, never as thrown objects: a code for programs, a
// message key the client translates, and details (field paths, limits) for the UI.
// Plain types, no schema: every page loads this module. The frames' schema that checks
// an error as it arrives is in wire.ts.

export const ERROR_CODES = [
  'invalid_input',
  'unknown_method',
  'not_found',
  'conflict',
  'forbidden',
  'too_large',
  'invalid_file',
  /** The transport is down (the host stopped, the network dropped); retry later. */
  'unavailable',
  /** The disk or the database file failed: full, read-only, damaged, not permitted. */
  'storage',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export type FieldIssue = {
  /** Where in the input: ["injects", 3, "title"]. */
  path: (string | number)[];
  /** zod's issue code ("too_small", "invalid_type", …): stable, for the UI to translate. */
  code: string;
  /** zod's own English text, for logs and developers; the UI shows its own words. */
  message: string;
};

export type ApiErrorData = {
  code: ErrorCode;
  messageKey: string;
  details: Record<string, unknown>;
};

/** What a transport carries back for every call. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ApiErrorData };

/**
 * Thrown by services for expected failures (a missing exercise, an edit on a stale
 * revision); the dispatcher turns it into an envelope. Anything else is `internal`.
 */
export class DomainError extends Error {
  readonly code: ErrorCode;
  readonly messageKey: string;
  readonly details: Record<string, unknown>;

  constructor(code: ErrorCode, messageKey: string, details: Record<string, unknown> = {}) {
    super(`${code}: ${messageKey}`);
    this.name = 'DomainError';
    this.code = code;
    this.messageKey = messageKey;
    this.details = details;
  }
}

/** Thrown by API clients so callers can `catch` and still read the structured error. */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly messageKey: string;
  readonly details: Record<string, unknown>;

  constructor(data: ApiErrorData) {
    super(`${data.code}: ${data.messageKey}`);
    this.name = 'ApiError';
    this.code = data.code;
    this.messageKey = data.messageKey;
    this.details = data.details;
  }
}

export function errorKey(code: ErrorCode): string {
  return `errors.${code}`;
}
