// The exercise library: create, read, update, list and search exercises. Each exercise
// is one validated document; every write also refreshes its summary columns, tags and
// search text in the same transaction, so the list and search never disagree with it.
// Nothing is written that would not read back: every write checks the resulting
// document and summary against the contract first, and a row that was damaged anyway
// (by hand, by an older build) is named and left out, never allowed to stop the list.
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { DomainError } from '../../../shared/api/errors';
import type { libraryListInput } from '../../../shared/api/contract';
import {
  contentOf,
  exerciseContentSchema,
  exerciseSchema,
  LIMITS,
  type Exercise,
  type ExerciseContent,
  type ExerciseContentInput,
  type ExerciseSummary,
} from '../../../shared/model/exercise';
import { buildMatchQuery, foldForCompare } from '../../../shared/search/fold';
import type { Db } from '../../db/open';
import type { Clock, Logger } from '../../host/ports';
import { libraryQueries, SUMMARY_COLUMNS, type SummaryRow } from './queries';
import { searchText } from './searchText';
import { checkWritable, isSaneRevision, readStoredDoc, readSummaryRow } from './storedRows';

export type LibraryDeps = { db: Db; clock: Clock; logger: Logger };
export type ListQuery = z.output<typeof libraryListInput>;
/** A stored exercise that no longer fits the contract: left out of the list, named here. */
export type DamagedExercise = { id: string; title: string };
export type LibraryList = { items: ExerciseSummary[]; total: number; damaged: DamagedExercise[] };

const SORT_SQL = {
  updated_desc: 'updated_at DESC, id',
  title_asc: 'title_key ASC, title, id',
  created_desc: 'created_at DESC, id',
} as const;

export function createLibraryService({ db, clock, logger }: LibraryDeps) {
  const q = libraryQueries(db);

  function toRow(ex: Exercise) {
    return {
      id: ex.id,
      title: ex.title,
      title_key: foldForCompare(ex.title),
      description: ex.description,
      kind: ex.kind,
      hazard: ex.hazard,
      language: ex.language,
      tags: JSON.stringify(ex.tags),
      team_count: ex.teams.length,
      inject_count: ex.injects.length,
      created_at: ex.createdAt,
      updated_at: ex.updatedAt,
      revision: ex.revision,
      archived_at: ex.archivedAt,
    };
  }

  /** Tags and search text follow the document; called inside the write's transaction. */
  function reindex(ex: Exercise) {
    const row = q.anyById.get(ex.id);
    if (!row) throw new Error(`reindex: exercise ${ex.id} vanished inside its transaction`);
    q.deleteTags.run(ex.id);
    for (const tag of ex.tags) q.insertTag.run(ex.id, tag);
    q.deleteSearch.run(row.rowid);
    const text = searchText(ex);
    q.insertSearch.run(row.rowid, text.title, text.body);
  }

  function load(id: string): Exercise {
    const row = q.docById.get(id);
    if (!row) throw new DomainError('not_found', 'errors.exerciseNotFound', { id });
    const read = readStoredDoc(row.doc);
    if (!read.ok) {
      logger.error('stored exercise is damaged', { id, problem: read.problem });
      throw new DomainError('invalid_file', 'errors.exerciseDamaged', { id, title: row.title });
    }
    return read.exercise;
  }

  /** Refuses, before anything is written, a document or summary that would not read back. */
  function writable(ex: Exercise): void {
    checkWritable(ex, toRow(ex));
  }

  const insertTx = db.transaction((ex: Exercise) => {
    writable(ex);
    q.insert.run(toRow(ex));
    q.putDoc.run(ex.id, JSON.stringify(ex));
    reindex(ex);
  });

  const updateTx = db.transaction((ex: Exercise) => {
    writable(ex);
    q.update.run(toRow(ex));
    q.putDoc.run(ex.id, JSON.stringify(ex));
    reindex(ex);
  });

  // Listing builds its SQL from the filters in use: a handful of shapes, each prepared once.
  const statements = new Map<string, ReturnType<Db['prepare']>>();
  const prepared = (sql: string) => {
    let statement = statements.get(sql);
    if (!statement) statements.set(sql, (statement = db.prepare(sql)));
    return statement;
  };

  function create(input: ExerciseContentInput): Exercise {
    const content = exerciseContentSchema.parse(input);
    const now = clock.now().toISOString();
    const ex: Exercise = exerciseSchema.parse({
      ...content,
      id: randomUUID(),
      createdAt: now,
      updatedAt: now,
      revision: 1,
      archivedAt: null,
    });
    insertTx(ex);
    logger.info('exercise created', { id: ex.id });
    return ex;
  }

  /**
   * Saves a new version of the content. `baseRevision` is the revision the editor
   * started from: if someone saved since, the edit is refused (conflict) rather than
   * silently overwriting their work.
   */
  function update(id: string, baseRevision: number, input: ExerciseContentInput): Exercise {
    return db
      .transaction(() => {
        const current = load(id);
        if (current.revision !== baseRevision) {
          throw new DomainError('conflict', 'errors.staleRevision', {
            id,
            baseRevision,
            currentRevision: current.revision,
          });
        }
        const content: ExerciseContent = exerciseContentSchema.parse(input);
        const next: Exercise = {
          ...current,
          ...content,
          updatedAt: clock.now().toISOString(),
          revision: current.revision + 1,
        };
        updateTx(next);
        return next;
      })
      .immediate();
  }

  function setArchived(id: string, archived: boolean): Exercise {
    return db
      .transaction(() => {
        const current = load(id);
        const next: Exercise = {
          ...current,
          archivedAt: archived ? clock.now().toISOString() : null,
          updatedAt: clock.now().toISOString(),
          revision: current.revision + 1,
        };
        updateTx(next);
        return next;
      })
      .immediate();
  }

  function duplicate(id: string, titleOfCopy: string): Exercise {
    return create({ ...contentOf(load(id)), title: titleOfCopy });
  }

  /**
   * Hides the exercise; `restore` brings it back until `purgeDeleted` runs. Never reads
   * the document, so a damaged exercise can always be moved to the bin.
   */
  function remove(id: string): void {
    if (!q.byId.get(id)) throw new DomainError('not_found', 'errors.exerciseNotFound', { id });
    q.setDeleted.run(clock.now().toISOString(), id);
  }

  /** A damaged exercise stays in the bin: restoring it is refused, and nothing changes. */
  function restore(id: string): Exercise {
    return db.transaction(() => {
      const row = q.anyById.get(id);
      if (!row) throw new DomainError('not_found', 'errors.exerciseNotFound', { id });
      q.setDeleted.run(null, id);
      return load(id);
    })();
  }

  /** Deletes for good what was deleted before `olderThan` (the undo window has passed). */
  function purgeDeleted(olderThan: Date): number {
    return db.transaction(() => {
      const rows = db
        .prepare<[string], { id: string; rowid: number }>(
          `SELECT id, rowid FROM exercises WHERE deleted_at IS NOT NULL AND deleted_at < ?`,
        )
        .all(olderThan.toISOString());
      for (const row of rows) {
        q.deleteSearch.run(row.rowid);
        q.purge.run(row.id);
      }
      return rows.length;
    })();
  }

  function list(query: ListQuery): LibraryList {
    const where = ['deleted_at IS NULL', query.archived ? 'archived_at IS NOT NULL' : 'archived_at IS NULL'];
    const params: Record<string, string | number> = {};
    if (query.hazard) {
      where.push('hazard = @hazard');
      params.hazard = query.hazard;
    }
    if (query.kind) {
      where.push('kind = @kind');
      params.kind = query.kind;
    }
    if (query.language) {
      where.push('language = @language');
      params.language = query.language;
    }
    if (query.tag) {
      where.push('id IN (SELECT exercise_id FROM exercise_tags WHERE tag = @tag)');
      params.tag = query.tag;
    }
    const match = buildMatchQuery(query.query);
    if (query.query.trim() && !match) return { items: [], total: 0, damaged: [] };
    if (match) {
      where.push('rowid IN (SELECT rowid FROM exercise_search WHERE exercise_search MATCH @match)');
      params.match = match;
    }
    const whereSql = where.join(' AND ');
    const total = (prepared(`SELECT count(*) AS n FROM exercises WHERE ${whereSql}`).get(params) as { n: number }).n;
    const rows = prepared(
      `SELECT ${SUMMARY_COLUMNS} FROM exercises WHERE ${whereSql}
         ORDER BY ${SORT_SQL[query.sort]} LIMIT @limit OFFSET @offset`,
    ).all({ ...params, limit: query.limit, offset: query.offset }) as SummaryRow[];
    const items: ExerciseSummary[] = [];
    const damaged: DamagedExercise[] = [];
    for (const row of rows) {
      const read = readSummaryRow(row);
      if (read.ok) {
        items.push(read.summary);
      } else {
        logger.error('stored exercise summary is damaged', { id: row.id, problem: read.problem });
        damaged.push({ id: String(row.id), title: String(row.title ?? '').slice(0, LIMITS.titleMax) });
      }
    }
    return { items, total: total - damaged.length, damaged };
  }

  /**
   * Takes an exercise from elsewhere (a `.drill` file). `keep` stores it as it is, id
   * and timestamps included, so the same exercise is recognised when it comes back;
   * `replace` overwrites the local one of that id; `copy` stores it under a new id
   * beside the local one. Call inside a transaction when importing several.
   *
   * The revision is this library's save counter, so the file's own is never taken: a
   * kept exercise starts at 1, a replaced one moves one past the local revision (or
   * starts again at 1 when the local row is damaged, which mends it).
   */
  function importExercise(ex: Exercise, mode: 'keep' | 'replace' | 'copy', titleOfCopy?: string): Exercise {
    const existing = q.anyById.get(ex.id);
    if (mode === 'copy') {
      return create({ ...contentOf(ex), title: titleOfCopy ?? ex.title });
    }
    if (existing && mode === 'keep') throw new DomainError('conflict', 'errors.exerciseExists', { id: ex.id });
    if (!existing) {
      const kept: Exercise = { ...ex, revision: 1 };
      insertTx(kept);
      return kept;
    }
    if (existing.deleted_at !== null) q.setDeleted.run(null, ex.id);
    const next: Exercise = { ...ex, revision: isSaneRevision(existing.revision) ? existing.revision + 1 : 1 };
    updateTx(next);
    return next;
  }

  function exists(id: string): boolean {
    return q.byId.get(id) !== undefined;
  }

  function tags(): { tag: string; count: number }[] {
    return q.allTags.all().map((r) => ({ tag: r.tag, count: r.n }));
  }

  return {
    create,
    get: load,
    exists,
    update,
    setArchived,
    duplicate,
    remove,
    restore,
    purgeDeleted,
    importExercise,
    list,
    tags,
  };
}

export type LibraryService = ReturnType<typeof createLibraryService>;
