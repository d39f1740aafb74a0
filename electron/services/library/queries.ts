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
  doc: string;
};

export const SUMMARY_COLUMNS = `id, title, description, kind, hazard, language, tags, team_count,
  inject_count, created_at, updated_at, revision, archived_at`;

export type SummaryRow = Omit<ExerciseRow, 'rowid' | 'doc' | 'deleted_at'>;

export function libraryQueries(db: Db) {
  return {
    insert: db.prepare<Omit<ExerciseRow, 'rowid' | 'deleted_at'>>(`
      INSERT INTO exercises (id, title, description, kind, hazard, language, tags, team_count,
        inject_count, created_at, updated_at, revision, archived_at, doc)
      VALUES (@id, @title, @description, @kind, @hazard, @language, @tags, @team_count,
        @inject_count, @created_at, @updated_at, @revision, @archived_at, @doc)`),
    update: db.prepare<Omit<ExerciseRow, 'rowid' | 'deleted_at' | 'created_at'>>(`
      UPDATE exercises SET title = @title, description = @description, kind = @kind,
        hazard = @hazard, language = @language, tags = @tags, team_count = @team_count,
        inject_count = @inject_count, updated_at = @updated_at, revision = @revision,
        archived_at = @archived_at, doc = @doc
      WHERE id = @id`),
    byId: db.prepare<[string], ExerciseRow>(
      `SELECT rowid, * FROM exercises WHERE id = ? AND deleted_at IS NULL`,
    ),
    anyById: db.prepare<[string], ExerciseRow>(`SELECT rowid, * FROM exercises WHERE id = ?`),
    setDeleted: db.prepare<[string | null, string]>(`UPDATE exercises SET deleted_at = ? WHERE id = ?`),
    purge: db.prepare<[string]>(`DELETE FROM exercises WHERE id = ?`),
    deleteTags: db.prepare<[string]>(`DELETE FROM exercise_tags WHERE exercise_id = ?`),
    insertTag: db.prepare<[string, string]>(
      `INSERT OR IGNORE INTO exercise_tags (exercise_id, tag) VALUES (?, ?)`,
    ),
    allTags: db.prepare<[], { tag: string; n: number }>(`
      SELECT t.tag, count(*) AS n FROM exercise_tags t JOIN exercises e ON e.id = t.exercise_id
      WHERE e.deleted_at IS NULL GROUP BY t.tag ORDER BY n DESC, t.tag LIMIT 200`),
    deleteSearch: db.prepare<[number]>(`DELETE FROM exercise_search WHERE rowid = ?`),
    insertSearch: db.prepare<[number, string, string]>(
      `INSERT INTO exercise_search (rowid, title, body) VALUES (?, ?, ?)`,
    ),
  };
}
