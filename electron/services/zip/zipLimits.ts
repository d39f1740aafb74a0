// What a distrustful zip reader checks, shared by every zip-based format the app reads
// (`.drill` exchange files, `.xlsx` workbooks). Each format picks its own numbers and
// its own error messages; the reasons are the same.
import type { DomainError } from '../../../shared/api/errors';

/** What a reader will accept from one zip. */
export interface ZipLimits {
  /** Entries in the zip's central directory. */
  maxEntries: number;
  /** One entry, decompressed. */
  maxEntryBytes: number;
  /** All entries read, decompressed, together. */
  maxTotalUncompressedBytes: number;
  /** Decompressed / compressed size of one entry (see RATIO_CHECK_FLOOR_BYTES). */
  maxCompressionRatio: number;
}

/**
 * Below this many decompressed bytes an entry is not checked for its compression ratio:
 * a small entry cannot exhaust memory, and short repetitive JSON or XML, or a blank
 * image, legitimately compresses far better than 200:1.
 */
export const RATIO_CHECK_FLOOR_BYTES = 1024 * 1024;

/** Why the zip reader refuses a file; each format maps these onto its own messages. */
export const ZIP_REFUSALS = [
  'notZip',
  'truncated',
  'corrupt',
  'unsupportedEntry',
  'tooManyEntries',
  'tooLarge',
  'unsafePath',
  'duplicateEntry',
] as const;
export type ZipRefusal = (typeof ZIP_REFUSALS)[number];

/** Builds the format's own DomainError for a refusal; details name the limit and numbers. */
export type ZipErrorFactory = (reason: ZipRefusal, details: Record<string, unknown>) => DomainError;
