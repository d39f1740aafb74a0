// SQL of the exercise library, beside the service that owns these tables.
import type { Db } from '../../db/open';

export type ExerciseRow = {
  rowid: number;
  id: string;
  title: string;
  description: string;
  kind: string;
  hazard: string;
  language: string;
  tags: string;
  team_count: number;
  inject_count: number;
  created_at: string;
  updated_at: string;
  revision: number;
  archived_at: string | null;
  deleted_at: string | null;
};

export const SUMMARY_COLUMNS = `id, title, description, kind, hazard, language, tags, team_count,
  inject_count, created_at, updated_at, revision, archived_at`;

export type SummaryRow = Omit<ExerciseRow, 'rowid' | 'deleted_at'>;
export type WriteRow = Omit<ExerciseRow, 'rowid' | 'deleted_at'> & { doc: string; title_key: string };

export function libraryQueries(db: Db) {
  return {
    insert: db.prepare<Omit<WriteRow, 'doc'>>(`
      INSERT INTO exercises (id, title, title_key, description, kind, hazard, language, tags,
        team_count, inject_count, created_at, updated_at, revision, archived_at)
      VALUES (@id, @title, @title_key, @description, @kind, @hazard, @language, @tags,
        @team_count, @inject_count, @created_at, @updated_at, @revision, @archived_at)`),
    update: db.prepare<Omit<WriteRow, 'doc' | 'created_at'>>(`
      UPDATE exercises SET title = @title, title_key = @title_key, description = @description, kind = @kind,
        hazard = @hazard, language = @language, tags = @tags, team_count = @team_count,
        inject_count = @inject_count, updated_at = @updated_at, revision = @revision,
        archived_at = @archived_at
      WHERE id = @id`),
    putDoc: db.prepare<[string, string]>(
      `INSERT INTO exercise_docs (exercise_id, doc) VALUES (?, ?)
       ON CONFLICT (exercise_id) DO UPDATE SET doc = excluded.doc`,
    ),
    docById: db.prepare<[string], { doc: string; title: string }>(
      `SELECT d.doc, e.title FROM exercise_docs d JOIN exercises e ON e.id = d.exercise_id
       WHERE d.exercise_id = ? AND e.deleted_at IS NULL`,
    ),
    byId: db.prepare<[string], ExerciseRow>(`SELECT rowid, * FROM exercises WHERE id = ? AND deleted_at IS NULL`),
    anyById: db.prepare<[string], ExerciseRow>(`SELECT rowid, * FROM exercises WHERE id = ?`),
    setDeleted: db.prepare<[string | null, string]>(`UPDATE exercises SET deleted_at = ? WHERE id = ?`),
    purge: db.prepare<[string]>(`DELETE FROM exercises WHERE id = ?`),
    deleteTags: db.prepare<[string]>(`DELETE FROM exercise_tags WHERE exercise_id = ?`),
    insertTag: db.prepare<[string, string]>(`INSERT OR IGNORE INTO exercise_tags (exercise_id, tag) VALUES (?, ?)`),
    allTags: db.prepare<[], { tag: string; n: number }>(`
      SELECT t.tag, count(*) AS n FROM exercise_tags t JOIN exercises e ON e.id = t.exercise_id
      WHERE e.deleted_at IS NULL GROUP BY t.tag ORDER BY n DESC, t.tag LIMIT 200`),
    deleteSearch: db.prepare<[number]>(`DELETE FROM exercise_search WHERE rowid = ?`),
    insertSearch: db.prepare<[number, string, string]>(
      `INSERT INTO exercise_search (rowid, title, body) VALUES (?, ?, ?)`,
    ),
  };
}
