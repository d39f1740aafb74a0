// Reading what the library stored, and checking what it is about to store. A row is
// read back through the same contract every caller relies on, so a damaged one (edited
// by hand, written by an older build) is recognised and named instead of reaching a
// screen; and a write is refused, before it commits, when its result would not read back.
import { DomainError } from '../../../shared/api/errors';
import {
  attachmentBytesTotal,
  exerciseDocBytes,
  exerciseSchema,
  exerciseSummarySchema,
  LIMITS,
  type Exercise,
  type ExerciseSummary,
} from '../../../shared/model/exercise';
import type { SummaryRow } from './queries';

export type Read<K extends string, T> = ({ ok: true } & Record<K, T>) | { ok: false; problem: string };

const MIB = 1024 * 1024;

/** A revision the library can still count up from. */
export function isSaneRevision(value: unknown): value is number {
  return Number.isSafeInteger(value) && (value as number) >= 1 && (value as number) <= LIMITS.revisionMax;
}

function summaryOf(row: SummaryRow): unknown {
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    kind: row.kind,
    hazard: row.hazard,
    language: row.language,
    tags: JSON.parse(row.tags) as unknown,
    teamCount: row.team_count,
    injectCount: row.inject_count,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    revision: row.revision,
    archivedAt: row.archived_at,
  };
}

function describe(error: unknown): string {
  if (error instanceof Error && 'issues' in error && Array.isArray(error.issues)) {
    return (error.issues as { path: unknown[]; message: string }[])
      .slice(0, 5)
      .map((i) => `${i.path.join('.')}: ${i.message}`)
      .join('; ');
  }
  return error instanceof Error ? error.message : String(error);
}

/** One summary row as the list shows it, or what is wrong with it. */
export function readSummaryRow(row: SummaryRow): Read<'summary', ExerciseSummary> {
  try {
    const parsed = exerciseSummarySchema.safeParse(summaryOf(row));
    return parsed.success ? { ok: true, summary: parsed.data } : { ok: false, problem: describe(parsed.error) };
  } catch (error) {
    return { ok: false, problem: describe(error) };
  }
}

/** One stored document, or what is wrong with it. */
export function readStoredDoc(doc: string): Read<'exercise', Exercise> {
  let json: unknown;
  try {
    json = JSON.parse(doc);
  } catch (error) {
    return { ok: false, problem: describe(error) };
  }
  const parsed = exerciseSchema.safeParse(json);
  return parsed.success ? { ok: true, exercise: parsed.data } : { ok: false, problem: describe(parsed.error) };
}

/**
 * Throws a translated DomainError when `ex`, or the summary row written beside it,
 * would not read back. Called first thing inside every write's transaction.
 */
export function checkWritable(ex: Exercise, row: SummaryRow): void {
  const docBytes = exerciseDocBytes(ex);
  if (docBytes > LIMITS.exerciseDocBytesMax) {
    throw new DomainError('too_large', 'errors.exerciseTooLarge', {
      id: ex.id,
      sizeMiB: Math.ceil(docBytes / MIB),
      maxMiB: LIMITS.exerciseDocBytesMax / MIB,
    });
  }
  const total = attachmentBytesTotal(ex.attachments);
  if (total > LIMITS.exerciseAttachmentBytesMax) {
    throw new DomainError('too_large', 'errors.exerciseAttachmentsTooLarge', {
      id: ex.id,
      totalMiB: Math.ceil(total / MIB),
      maxMiB: LIMITS.exerciseAttachmentBytesMax / MIB,
    });
  }
  const doc = exerciseSchema.safeParse(ex);
  if (!doc.success) {
    if (doc.error.issues.some((i) => i.path[0] === 'revision')) {
      throw new DomainError('too_large', 'errors.revisionLimit', { id: ex.id, max: LIMITS.revisionMax });
    }
    throw new DomainError('invalid_input', 'errors.exerciseInvalid', { id: ex.id, problem: describe(doc.error) });
  }
  const summary = readSummaryRow(row);
  if (!summary.ok) {
    throw new DomainError('invalid_input', 'errors.exerciseInvalid', { id: ex.id, problem: summary.problem });
  }
}
