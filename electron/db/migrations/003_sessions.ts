import type { Migration } from '../migrate';

// Live sessions. A session is its append-only event log (session_events); `sessions` is a
// summary row for listing, kept in step with the log in the same transaction. There is
// deliberately no foreign key to exercises: deleting an exercise must never delete the
// history of the sessions that ran it (the exercise as it was is frozen in the
// session_created event). The heartbeat is a single row per session, upserted while the
// clock runs, so a restart knows how far the clock had got (shared/session/recovery.ts).
export const m003Sessions: Migration = {
  version: 3,
  name: '003_sessions',
  up(db) {
    db.exec(`
      CREATE TABLE sessions (
        id TEXT PRIMARY KEY,
        exercise_id TEXT NOT NULL,
        title TEXT NOT NULL,
        rehearsal INTEGER NOT NULL CHECK (rehearsal IN (0, 1)),
        status TEXT NOT NULL CHECK (status IN ('lobby', 'live', 'ended', 'aborted')),
        join_code TEXT NOT NULL,
        created_at TEXT NOT NULL,
        ended_at TEXT
      );
      CREATE INDEX sessions_exercise ON sessions (exercise_id, created_at);
      -- A code people type to join: unique among sessions still running, reusable after.
      CREATE UNIQUE INDEX sessions_join_code_open ON sessions (join_code) WHERE status IN ('lobby', 'live');

      CREATE TABLE session_events (
        session_id TEXT NOT NULL REFERENCES sessions (id),
        seq INTEGER NOT NULL CHECK (seq >= 1),
        type TEXT NOT NULL,
        at TEXT NOT NULL,
        doc TEXT NOT NULL,
        PRIMARY KEY (session_id, seq)
      ) WITHOUT ROWID;

      CREATE TABLE session_heartbeats (
        session_id TEXT PRIMARY KEY REFERENCES sessions (id),
        scenario_ms INTEGER NOT NULL,
        at TEXT NOT NULL
      ) WITHOUT ROWID;
    `);
  },
};
