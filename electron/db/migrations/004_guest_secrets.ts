import type { Migration } from '../migrate';

// The secrets guests keep in their browser: a participant's (who joined with the code) and
// a projector's (a link staff hand out). Only a hash is stored, so a copy of the data
// folder does not hand out anyone's place in a session. `subject_id` is the participant's
// id (empty for a projector); the team comes from the session's log, never from here.
export const m004GuestSecrets: Migration = {
  version: 4,
  name: '004_guest_secrets',
  up(db) {
    db.exec(`
      CREATE TABLE guest_secrets (
        secret_hash TEXT PRIMARY KEY,
        session_id TEXT NOT NULL REFERENCES sessions (id),
        kind TEXT NOT NULL CHECK (kind IN ('participant', 'projector')),
        subject_id TEXT NOT NULL,
        created_at TEXT NOT NULL
      ) WITHOUT ROWID;
      CREATE INDEX guest_secrets_session ON guest_secrets (session_id);
    `);
  },
};
