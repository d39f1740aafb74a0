// The manifest is the first thing read from a `.drill` file and decides what else may be
// in it. The format and version are checked before the shape, so a file from a newer
// Drillbook says "update Drillbook" rather than "damaged".
import type { FieldIssue } from '../../../shared/api/errors';
import type { z } from 'zod';
import {
  DRILL_FORMAT,
  DRILL_FORMAT_VERSION,
  MANIFEST_PATH,
  classifyPath,
  drillManifestSchema,
  exercisePath,
  type DrillManifest,
} from './drillFormat';
import { drillError } from './drillErrors';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** UTF-8 JSON text to a value, or why it is not that (the caller picks the reason). */
export function parseJsonBytes(bytes: Buffer): { ok: true; value: unknown } | { ok: false; message: string } {
  try {
    return { ok: true, value: JSON.parse(utf8.decode(bytes)) };
  } catch (err) {
    return { ok: false, message: err instanceof Error ? err.message : String(err) };
  }
}

export function toFieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
    code: issue.code,
    message: issue.message,
  }));
}

/** A value from a hostile file, cut down to something safe to show and log. */
function shown(value: unknown): unknown {
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return value;
  if (value === undefined) return null;
  return String(typeof value === 'string' ? value : JSON.stringify(value)).slice(0, 100);
}

export function parseManifest(bytes: Buffer): DrillManifest {
  const json = parseJsonBytes(bytes);
  if (!json.ok) throw drillError('manifestNotJson', { entry: MANIFEST_PATH, message: json.message });
  const raw = json.value;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw drillError('manifestInvalid', {
      entry: MANIFEST_PATH,
      issues: [{ path: [], code: 'invalid_type', message: 'expected an object' }],
    });
  }
  const { format, formatVersion } = raw as Record<string, unknown>;
  if (format !== DRILL_FORMAT) throw drillError('wrongFormat', { found: shown(format), expected: DRILL_FORMAT });
  if (typeof formatVersion === 'number' && Number.isInteger(formatVersion) && formatVersion > DRILL_FORMAT_VERSION) {
    throw drillError('futureVersion', { found: formatVersion, supported: DRILL_FORMAT_VERSION });
  }
  if (formatVersion !== DRILL_FORMAT_VERSION) {
    throw drillError('unsupportedVersion', { found: shown(formatVersion), supported: DRILL_FORMAT_VERSION });
  }
  const parsed = drillManifestSchema.safeParse(raw);
  if (!parsed.success)
    throw drillError('manifestInvalid', { entry: MANIFEST_PATH, issues: toFieldIssues(parsed.error) });
  checkConsistency(parsed.data);
  return parsed.data;
}

/** The manifest must agree with itself: each entry once, each exercise once and listed. */
function checkConsistency(manifest: DrillManifest): void {
  const paths = new Set<string>();
  for (const { path } of manifest.entries) {
    if (paths.has(path)) throw drillError('manifestInvalid', { entry: MANIFEST_PATH, reason: 'duplicatePath', path });
    paths.add(path);
  }
  const ids = new Set<string>();
  for (const id of manifest.exercises) {
    if (ids.has(id)) throw drillError('duplicateExercise', { exerciseId: id });
    ids.add(id);
    if (!paths.has(exercisePath(id))) throw drillError('missingEntry', { entry: exercisePath(id) });
  }
  for (const path of paths) {
    const kind = classifyPath(path);
    if (kind?.kind === 'exercise' && !ids.has(kind.id)) {
      throw drillError('manifestInvalid', { entry: MANIFEST_PATH, reason: 'exerciseNotInList', path });
    }
  }
}

/** Every listed entry is in the zip and every zip entry is listed. */
export function checkEntriesAgainstManifest(manifest: DrillManifest, zipNames: ReadonlySet<string>): void {
  const listed = new Set(manifest.entries.map((e) => e.path));
  for (const path of listed) if (!zipNames.has(path)) throw drillError('missingEntry', { entry: path });
  for (const name of zipNames) {
    if (name !== MANIFEST_PATH && !listed.has(name)) throw drillError('unlistedEntry', { entry: name });
  }
}
