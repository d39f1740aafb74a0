// Every refusal of a `.drill` file is a DomainError with a `drill.errors.<reason>` key, so
// the facilitator reads a sentence in their language, never a zip library's English.
import { DomainError, type ErrorCode } from '../../../shared/api/errors';
import { fromZipError as fromAnyZipError } from '../zip/zipErrors';
import type { DrillErrorReason } from './drillFormat';

const SIZE_REASONS: ReadonlySet<DrillErrorReason> = new Set([
  'fileTooLarge',
  'exportTooLarge',
  'tooManyEntries',
  'tooLarge',
]);

/** A file we refuse: `too_large` for size limits, `invalid_file` for everything else. */
export function drillError(reason: DrillErrorReason, details: Record<string, unknown> = {}): DomainError {
  const code: ErrorCode = SIZE_REASONS.has(reason) ? 'too_large' : 'invalid_file';
  return new DomainError(code, `drill.errors.${reason}`, details);
}

/** Bad input to packDrill: the caller's data, not a file, is at fault. */
export function packError(reason: DrillErrorReason, details: Record<string, unknown> = {}): DomainError {
  const code: ErrorCode = SIZE_REASONS.has(reason) ? 'too_large' : 'invalid_input';
  return new DomainError(code, `drill.errors.${reason}`, details);
}

/** Whatever yauzl or zlib threw, as one of the `.drill` reasons. */
export function fromZipError(err: unknown, context: { bytes: Buffer; entry?: string }): DomainError {
  return fromAnyZipError(err, context, drillError);
}
