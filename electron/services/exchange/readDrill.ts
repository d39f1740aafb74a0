// Reads a `.drill` file wholly into memory and verifies all of it before returning, so
// the import screen can show a preview and the library writes nothing from a bad file.
import { exerciseSchema, type Exercise } from '../../../shared/model/exercise';
import {
  DEFAULT_DRILL_LIMITS,
  MANIFEST_PATH,
  attachmentPath,
  classifyPath,
  exercisePath,
  type DrillLimits,
  type DrillManifest,
} from './drillFormat';
import { drillError } from './drillErrors';
import { checkEntriesAgainstManifest, parseJsonBytes, parseManifest, toFieldIssues } from './parseManifest';
import { referencedAttachmentIds, sha256Hex } from './references';
import { listEntries, openZip, readEntryBytes, type ByteBudget, type ZipEntry } from './zipReader';
import type { ZipFile } from 'yauzl';

const MIB = 1024 * 1024;

export interface ReadDrillOptions {
  limits?: Partial<DrillLimits>;
}

export interface DrillContents {
  manifest: DrillManifest;
  /** In the manifest's order. */
  exercises: Exercise[];
  /** Bytes by SHA-256, each verified against its name. */
  attachments: Map<string, Buffer>;
}

export async function readDrill(bytes: Buffer, options: ReadDrillOptions = {}): Promise<DrillContents> {
  const limits = resolveLimits(options.limits);
  if (bytes.length > limits.maxFileBytes) {
    throw drillError('fileTooLarge', {
      found: bytes.length,
      max: limits.maxFileBytes,
      maxMiB: Math.floor(limits.maxFileBytes / MIB),
    });
  }
  const zip = await openZip(bytes);
  try {
    return await readOpenZip(zip, bytes, limits);
  } finally {
    zip.close();
  }
}

/** Defaults for whatever the caller left out (an explicit `undefined` included). */
function resolveLimits(overrides: Partial<DrillLimits> = {}): DrillLimits {
  const limits: DrillLimits = { ...DEFAULT_DRILL_LIMITS };
  for (const key of Object.keys(limits) as (keyof DrillLimits)[]) {
    const value = overrides[key];
    if (value !== undefined) limits[key] = value;
  }
  return limits;
}

async function readOpenZip(zip: ZipFile, bytes: Buffer, limits: DrillLimits): Promise<DrillContents> {
  // Names and declared sizes are all checked here, before anything is decompressed.
  const byName = new Map<string, ZipEntry>((await listEntries(zip, bytes, limits)).map((e) => [e.name, e]));
  const manifestEntry = byName.get(MANIFEST_PATH);
  if (!manifestEntry) throw drillError('missingManifest', { entries: [...byName.keys()].slice(0, 20) });

  const budget: ByteBudget = { used: 0 };
  const manifest = parseManifest(await readEntryBytes(zip, manifestEntry, bytes, limits, budget));
  checkEntriesAgainstManifest(manifest, new Set(byName.keys()));

  const attachments = new Map<string, Buffer>();
  const exerciseBytes = new Map<string, Buffer>();
  for (const listed of manifest.entries) {
    const zipEntry = byName.get(listed.path);
    if (!zipEntry) throw drillError('missingEntry', { entry: listed.path }); // checked above; keeps types honest
    const data = await readEntryBytes(zip, zipEntry, bytes, limits, budget);
    const actual = sha256Hex(data);
    if (actual !== listed.sha256 || data.length !== listed.size) {
      throw drillError('checksum', {
        entry: listed.path,
        expected: listed.sha256,
        actual,
        expectedSize: listed.size,
        actualSize: data.length,
      });
    }
    const kind = classifyPath(listed.path);
    if (kind?.kind === 'attachment') {
      // The manifest could have been rewritten to match altered bytes; the name cannot.
      if (actual !== kind.sha256)
        throw drillError('attachmentHash', { entry: listed.path, expected: kind.sha256, actual });
      attachments.set(kind.sha256, data);
    } else if (kind?.kind === 'exercise') {
      exerciseBytes.set(kind.id, data);
    }
  }

  const exercises = manifest.exercises.map((id) => parseExercise(id, exerciseBytes.get(id)));
  checkExerciseIds(manifest.exercises, exercises);
  checkAttachments(exercises, attachments);
  return { manifest, exercises, attachments };
}

function parseExercise(fileId: string, data: Buffer | undefined): Exercise {
  const entry = exercisePath(fileId);
  if (!data) throw drillError('missingEntry', { entry }); // parseManifest guarantees it is listed
  const json = parseJsonBytes(data);
  if (!json.ok) throw drillError('invalidJson', { entry, message: json.message });
  const parsed = exerciseSchema.safeParse(json.value);
  if (!parsed.success) throw drillError('invalidExercise', { entry, issues: toFieldIssues(parsed.error) });
  return parsed.data;
}

function checkExerciseIds(fileIds: readonly string[], exercises: readonly Exercise[]): void {
  const seen = new Map<string, string>();
  exercises.forEach((exercise, i) => {
    const entry = exercisePath(fileIds[i] ?? '');
    const earlier = seen.get(exercise.id);
    if (earlier) throw drillError('duplicateExercise', { exerciseId: exercise.id, entries: [earlier, entry] });
    seen.set(exercise.id, entry);
  });
  exercises.forEach((exercise, i) => {
    if (exercise.id !== fileIds[i]) {
      throw drillError('exerciseIdMismatch', { entry: exercisePath(fileIds[i] ?? ''), found: exercise.id });
    }
  });
}

/** Every reference resolves, sizes agree, and nothing is carried that nobody uses. */
function checkAttachments(exercises: readonly Exercise[], attachments: ReadonlyMap<string, Buffer>): void {
  const used = new Set<string>();
  for (const exercise of exercises) {
    const sizes = new Map(exercise.attachments.map((a) => [a.id, a.size]));
    for (const attachmentId of referencedAttachmentIds(exercise)) {
      const data = attachments.get(attachmentId);
      if (!data) throw drillError('missingAttachment', { exerciseId: exercise.id, attachmentId });
      const declared = sizes.get(attachmentId);
      if (declared !== undefined && declared !== data.length) {
        throw drillError('attachmentSize', {
          exerciseId: exercise.id,
          attachmentId,
          expected: declared,
          actual: data.length,
        });
      }
      used.add(attachmentId);
    }
  }
  for (const id of attachments.keys()) {
    if (!used.has(id)) throw drillError('unreferencedAttachment', { entry: attachmentPath(id), attachmentId: id });
  }
}
