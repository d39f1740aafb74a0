// Every refusal of a `.drill` file is a DomainError with a `drill.errors.<reason>` key, so
// the facilitator reads a sentence in their language, never a zip library's English.
import { DomainError, type ErrorCode } from '../../../shared/api/errors';
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

const LOCAL_FILE_HEADER = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/**
 * Turns whatever yauzl or zlib threw into one of our reasons. yauzl signals everything
 * with plain Errors, so the message text is the only thing to go on; anything not
 * recognised is still refused, as `corrupt`, with the library's text kept in details
 * for a support log.
 */
export function fromZipError(err: unknown, context: { bytes: Buffer; entry?: string }): DomainError {
  if (err instanceof DomainError) return err;
  const message = err instanceof Error ? err.message : String(err);
  const details: Record<string, unknown> = { zipError: message };
  if (context.entry !== undefined) details.entry = context.entry;

  if (message.includes('End of central directory record signature not found')) {
    // A zip starts with a local file header and ends with its directory: the start
    // without the end is a copy cut short, anything else was never a zip.
    return drillError(context.bytes.subarray(0, 4).equals(LOCAL_FILE_HEADER) ? 'truncated' : 'notZip', details);
  }
  if (/invalid relative path|absolute path|invalid characters in fileName/.test(message)) {
    // yauzl's own name checks: openZip turns them off in favour of ours, but if they
    // ever fire (a changed option, a new yauzl) the reason must still be the right one.
    return drillError('unsafePath', { ...details, rule: 'zipLibrary' });
  }
  if (/unexpected EOF|overflows file bounds|not enough bytes/i.test(message)) {
    return drillError('truncated', details);
  }
  if (/multi-disk|encrypt|unsupported compression/i.test(message)) {
    return drillError('unsupportedEntry', details);
  }
  return drillError('corrupt', details);
}
