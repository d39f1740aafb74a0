// Turns whatever yauzl or zlib threw into one of the zip refusals, in the words of the
// format being read (the factory), so a user never reads a zip library's English.
import { DomainError } from '../../../shared/api/errors';
import type { ZipErrorFactory } from './zipLimits';

const LOCAL_FILE_HEADER = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/**
 * yauzl signals everything with plain Errors, so the message text is the only thing to
 * go on; anything not recognised is still refused, as `corrupt`, with the library's
 * text kept in details for a support log.
 */
export function fromZipError(
  err: unknown,
  context: { bytes: Buffer; entry?: string },
  errorOf: ZipErrorFactory,
): DomainError {
  if (err instanceof DomainError) return err;
  const message = err instanceof Error ? err.message : String(err);
  const details: Record<string, unknown> = { zipError: message };
  if (context.entry !== undefined) details.entry = context.entry;

  if (message.includes('End of central directory record signature not found')) {
    // A zip starts with a local file header and ends with its directory: the start
    // without the end is a copy cut short, anything else was never a zip.
    return errorOf(context.bytes.subarray(0, 4).equals(LOCAL_FILE_HEADER) ? 'truncated' : 'notZip', details);
  }
  if (/invalid relative path|absolute path|invalid characters in fileName/.test(message)) {
    // yauzl's own name checks: openZip turns them off in favour of ours, but if they
    // ever fire (a changed option, a new yauzl) the reason must still be the right one.
    return errorOf('unsafePath', { ...details, rule: 'zipLibrary' });
  }
  if (/unexpected EOF|overflows file bounds|not enough bytes/i.test(message)) {
    return errorOf('truncated', details);
  }
  if (/multi-disk|encrypt|unsupported compression/i.test(message)) {
    return errorOf('unsupportedEntry', details);
  }
  return errorOf('corrupt', details);
}
