import type { Migration } from '../migrate';

// The library keeps each exercise as one JSON document (what the editor saves and a
// `.drill` file carries) with a row of summary columns beside it for listing, filtering and
// sorting without parsing documents, and a folded full-text index for search.
export const m001Library: Migration = {
  version: 1,
  name: '001_library',
  up(db) {
    db.exec(`
      CREATE TABLE exercises (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        kind TEXT NOT NULL,
        hazard TEXT NOT NULL,
        language TEXT NOT NULL,
        tags TEXT NOT NULL DEFAULT '[]',
        team_count INTEGER NOT NULL DEFAULT 0,
        inject_count INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        revision INTEGER NOT NULL,
        archived_at TEXT,
        -- Deleted exercises stay until purged, so "delete" can be undone.
        deleted_at TEXT
      ) STRICT;
      -- The document lives apart from the summary row, so listing and filtering
      -- scan a compact table instead of paging through every document's text.
      CREATE TABLE exercise_docs (
        exercise_id TEXT PRIMARY KEY REFERENCES exercises (id) ON DELETE CASCADE,
        doc TEXT NOT NULL
      ) STRICT;
      CREATE INDEX exercises_updated ON exercises (archived_at, updated_at DESC);
      CREATE INDEX exercises_title ON exercises (archived_at, title COLLATE NOCASE);
      CREATE TABLE exercise_tags (
        exercise_id TEXT NOT NULL REFERENCES exercises (id) ON DELETE CASCADE,
        tag TEXT NOT NULL,
        PRIMARY KEY (exercise_id, tag)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX exercise_tags_tag ON exercise_tags (tag, exercise_id);
      -- Content-addressed attachment bytes, shared by every exercise that uses them.
      CREATE TABLE attachments (
        sha256 TEXT PRIMARY KEY,
        mime TEXT NOT NULL,
        size INTEGER NOT NULL,
        bytes BLOB NOT NULL
      ) STRICT;
      -- Text folded by shared/search/fold (no diacritics, one script, CJK split) so the
      -- tokenizer sees one form whatever the user typed; rowid follows exercises.rowid.
      CREATE VIRTUAL TABLE exercise_search USING fts5(
        title, body, tokenize = 'unicode61 remove_diacritics 2'
      );
    `);
  },
};
