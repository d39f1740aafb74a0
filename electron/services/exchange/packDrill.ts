// Writes a `.drill` file: every exercise as JSON, every attachment it references once
// (content-addressed), and a manifest with the SHA-256 of each, so the reader on the
// other machine can prove nothing changed on the way.
import { deflateRawSync } from 'node:zlib';
import { ZipFile } from 'yazl';
import { exerciseSchema, type Exercise } from '../../../shared/model/exercise';
import {
  DEFAULT_DRILL_LIMITS,
  DRILL_FORMAT,
  DRILL_FORMAT_VERSION,
  MANIFEST_PATH,
  RATIO_CHECK_FLOOR_BYTES,
  attachmentPath,
  classifyPath,
  exercisePath,
  type DrillLimits,
  type DrillManifest,
} from './drillFormat';
import { packError } from './drillErrors';
import { referencedAttachmentIds, sha256Hex } from './references';

export interface PackDrillInput {
  exercises: Exercise[];
  /** Attachment bytes by SHA-256; may hold more than the exercises need. */
  attachments: ReadonlyMap<string, Buffer>;
  appVersion: string;
  now: Date;
  /** The reader's limits this file must meet; the defaults unless a test makes them small. */
  limits?: Readonly<DrillLimits>;
}

/**
 * Builds the file in memory. Refuses (invalid_input / too_large) anything the reader
 * would refuse, so a facilitator never carries a file across the air gap for nothing.
 */
export async function packDrill(input: PackDrillInput): Promise<Buffer> {
  const files = new Map<string, Buffer>();
  const ids = new Set<string>();

  for (const exercise of input.exercises) {
    const parsed = exerciseSchema.safeParse(exercise);
    if (!parsed.success) {
      throw packError('invalidExercise', {
        exerciseId: exercise.id,
        issues: parsed.error.issues.map((i) => ({ path: i.path, code: i.code, message: i.message })),
      });
    }
    if (ids.has(exercise.id)) throw packError('duplicateExercise', { exerciseId: exercise.id });
    ids.add(exercise.id);
    // Pretty-printed for anyone who unzips it by hand: exerciseDocBytes measures the same text.
    files.set(exercisePath(exercise.id), Buffer.from(JSON.stringify(parsed.data, null, 2), 'utf8'));

    const sizes = new Map(parsed.data.attachments.map((a) => [a.id, a.size]));
    for (const attachmentId of referencedAttachmentIds(parsed.data)) {
      const bytes = input.attachments.get(attachmentId);
      if (!bytes) throw packError('missingAttachment', { exerciseId: exercise.id, attachmentId });
      const actual = sha256Hex(bytes);
      if (actual !== attachmentId) {
        throw packError('attachmentHash', { entry: attachmentPath(attachmentId), expected: attachmentId, actual });
      }
      const declared = sizes.get(attachmentId);
      if (declared !== undefined && declared !== bytes.length) {
        throw packError('attachmentSize', {
          exerciseId: exercise.id,
          attachmentId,
          expected: declared,
          actual: bytes.length,
        });
      }
      files.set(attachmentPath(attachmentId), bytes);
    }
  }
  const limits = input.limits ?? DEFAULT_DRILL_LIMITS;
  checkAgainstReaderLimits(files, limits);

  const entries = [...files].map(([path, bytes]) => ({ path, sha256: sha256Hex(bytes), size: bytes.length }));
  const manifest: DrillManifest = {
    format: DRILL_FORMAT,
    formatVersion: DRILL_FORMAT_VERSION,
    appVersion: input.appVersion,
    createdAt: input.now.toISOString(),
    exercises: [...ids],
    entries,
  };

  const zip = new ZipFile();
  const manifestBytes = Buffer.from(JSON.stringify(manifest, null, 2), 'utf8');
  zip.addBuffer(manifestBytes, MANIFEST_PATH, {
    mtime: input.now,
    compress: shouldCompress(MANIFEST_PATH, manifestBytes, limits.maxCompressionRatio),
  });
  for (const [path, bytes] of files)
    zip.addBuffer(bytes, path, { mtime: input.now, compress: shouldCompress(path, bytes, limits.maxCompressionRatio) });
  zip.end();
  const file = await collect(zip.outputStream);
  if (file.length > limits.maxFileBytes) {
    throw packError('exportTooLarge', {
      found: file.length,
      max: limits.maxFileBytes,
      foundMiB: Math.ceil(file.length / MIB),
      maxMiB: Math.floor(limits.maxFileBytes / MIB),
    });
  }
  return file;
}

const MIB = 1024 * 1024;

/**
 * Attachments (pictures, PDFs) are already compressed: they are stored as they are, which
 * is fast and can never trip the reader's compression-ratio check. JSON is deflated,
 * unless it is so repetitive that the reader would take it for a zip bomb.
 */
function shouldCompress(path: string, bytes: Buffer, maxRatio: number): boolean {
  if (classifyPath(path)?.kind === 'attachment') return false;
  if (bytes.length <= RATIO_CHECK_FLOOR_BYTES) return true;
  const ratio = bytes.length / Math.max(deflateRawSync(bytes).length, 1);
  return ratio <= maxRatio;
}

function checkAgainstReaderLimits(files: ReadonlyMap<string, Buffer>, limits: Readonly<DrillLimits>): void {
  if (files.size + 1 > limits.maxEntries) {
    throw packError('tooManyEntries', { found: files.size + 1, max: limits.maxEntries });
  }
  let total = 0;
  for (const [path, bytes] of files) {
    if (bytes.length > limits.maxEntryBytes) {
      throw packError('tooLarge', { entry: path, limit: 'entryBytes', max: limits.maxEntryBytes, found: bytes.length });
    }
    total += bytes.length;
  }
  if (total > limits.maxTotalUncompressedBytes) {
    throw packError('tooLarge', { limit: 'totalBytes', max: limits.maxTotalUncompressedBytes, found: total });
  }
}

async function collect(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
  return Buffer.concat(chunks);
}
