// The `.drill` exchange file: a zip that carries exercises and their attachments between
// machines that never share a network (a USB stick between an agency's offices). This
// file is the contract both sides agree on: entry names, the manifest, and the limits a
// reader enforces before it trusts a single byte of what it was handed.
import { z } from 'zod';
import { FILE_BYTES_MAX } from '../../../shared/api/limits';
import { LIMITS } from '../../../shared/model/exercise';
import { RATIO_CHECK_FLOOR_BYTES, type ZipLimits } from '../zip/zipLimits';

export const DRILL_FORMAT = 'drillbook.drill';
/** The newest format this build writes and reads. Bump it when old readers must refuse. */
export const DRILL_FORMAT_VERSION = 1;
export const DRILL_EXTENSION = '.drill';
export const MANIFEST_PATH = 'manifest.json';

const UUID_PATTERN = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';
const SHA256_PATTERN = '[0-9a-f]{64}';
const EXERCISE_PATH = new RegExp(`^exercises/(${UUID_PATTERN})\\.json$`);
const ATTACHMENT_PATH = new RegExp(`^attachments/(${SHA256_PATTERN})$`);

export function exercisePath(id: string): string {
  return `exercises/${id}.json`;
}

export function attachmentPath(sha256: string): string {
  return `attachments/${sha256}`;
}

/** What an entry name stands for; null for a name the format does not define. */
export function classifyPath(
  path: string,
): { kind: 'exercise'; id: string } | { kind: 'attachment'; sha256: string } | null {
  const exercise = EXERCISE_PATH.exec(path);
  if (exercise?.[1]) return { kind: 'exercise', id: exercise[1] };
  const attachment = ATTACHMENT_PATH.exec(path);
  if (attachment?.[1]) return { kind: 'attachment', sha256: attachment[1] };
  return null;
}

/** Entries one file may hold, manifest included: DrillLimits.maxEntries by default. */
const MAX_ENTRIES = 10_000;
/** All entries together, decompressed: DrillLimits.maxTotalUncompressedBytes by default. */
const MAX_TOTAL_UNCOMPRESSED_BYTES = 1024 * 1024 * 1024;

export const manifestEntrySchema = z.object({
  path: z.string().refine((p) => classifyPath(p) !== null, 'not an exercise or attachment path'),
  sha256: z.string().regex(new RegExp(`^${SHA256_PATTERN}$`)),
  size: z.number().int().min(0).max(MAX_TOTAL_UNCOMPRESSED_BYTES),
});

export const drillManifestSchema = z.object({
  format: z.literal(DRILL_FORMAT),
  formatVersion: z.literal(DRILL_FORMAT_VERSION),
  appVersion: z.string().min(1).max(100),
  createdAt: z.iso.datetime(),
  exercises: z.array(z.uuid()).max(MAX_ENTRIES),
  entries: z.array(manifestEntrySchema).max(MAX_ENTRIES),
});

export type DrillManifestEntry = z.infer<typeof manifestEntrySchema>;
export type DrillManifest = z.infer<typeof drillManifestSchema>;

/**
 * What a reader will accept. Defaults suit a real USB stick; tests pass small ones.
 * Entries count the manifest; one entry has the same ceiling as one attachment.
 */
export interface DrillLimits extends ZipLimits {
  /** The whole `.drill` file as handed over. */
  maxFileBytes: number;
}

/**
 * The largest file is the largest one call can carry, so an export that fits is a file
 * both transports can bring back; packDrill refuses to write a larger one.
 */
export const DEFAULT_DRILL_LIMITS: Readonly<DrillLimits> = Object.freeze({
  maxFileBytes: FILE_BYTES_MAX,
  maxEntries: MAX_ENTRIES,
  maxEntryBytes: Math.max(LIMITS.attachmentBytesMax, LIMITS.exerciseDocBytesMax),
  maxTotalUncompressedBytes: MAX_TOTAL_UNCOMPRESSED_BYTES,
  maxCompressionRatio: 200,
});

export { RATIO_CHECK_FLOOR_BYTES };

/**
 * Every reason a `.drill` file can be refused, as `drill.errors.<reason>`. The catalogue
 * test checks each locale translates exactly these.
 */
export const DRILL_ERROR_REASONS = [
  'notZip',
  'truncated',
  'corrupt',
  'unsupportedEntry',
  'fileTooLarge',
  'exportTooLarge',
  'tooManyEntries',
  'tooLarge',
  'unsafePath',
  'duplicateEntry',
  'missingManifest',
  'manifestNotJson',
  'manifestInvalid',
  'wrongFormat',
  'futureVersion',
  'unsupportedVersion',
  'missingEntry',
  'unlistedEntry',
  'checksum',
  'invalidJson',
  'invalidExercise',
  'exerciseIdMismatch',
  'duplicateExercise',
  'missingAttachment',
  'attachmentHash',
  'attachmentSize',
  'unreferencedAttachment',
] as const;
export type DrillErrorReason = (typeof DRILL_ERROR_REASONS)[number];
