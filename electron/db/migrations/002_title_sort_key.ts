import type { Migration } from '../migrate';
import { foldForCompare } from '../../../shared/search/fold';

// Sorting by title used SQLite's NOCASE, which only folds ASCII: "Đ…" and "Ứng phó…"
// sorted after "Z…". The sort key is the title as search folds it (no diacritics,
// đ as d, one Chinese script), so Vietnamese titles fall where readers look for them.
export const m002TitleSortKey: Migration = {
  version: 2,
  name: '002_title_sort_key',
  up(db) {
    db.exec(`
      ALTER TABLE exercises ADD COLUMN title_key TEXT NOT NULL DEFAULT '';
      DROP INDEX exercises_title;
    `);
    const rows = db.prepare<[], { id: string; title: string }>('SELECT id, title FROM exercises').all();
    const set = db.prepare<[string, string]>('UPDATE exercises SET title_key = ? WHERE id = ?');
    for (const row of rows) set.run(foldForCompare(row.title), row.id);
    db.exec('CREATE INDEX exercises_title_key ON exercises (archived_at, title_key)');
  },
};
