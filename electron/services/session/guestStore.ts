// Queries for guest_secrets (migration 004). Secrets are stored as their SHA-256: they are
// 32 random bytes, so a plain hash is enough, and a copy of the database hands out nothing.
import { createHash } from 'node:crypto';
import type { Db } from '../../db/open';

export type GuestKind = 'participant' | 'projector';
/** Whom a guest secret stands for; the principal is worked out from the session's state. */
export type GuestBinding = { sessionId: string; kind: GuestKind; subjectId: string };

export const hashSecret = (secret: string) => createHash('sha256').update(secret, 'utf8').digest('hex');

export function createGuestStore(db: Db) {
  const q = {
    insert: db.prepare<[string, string, string, string, string]>(
      'INSERT INTO guest_secrets (secret_hash, session_id, kind, subject_id, created_at) VALUES (?, ?, ?, ?, ?)',
    ),
    byHash: db.prepare<[string], GuestBinding>(
      'SELECT session_id AS sessionId, kind, subject_id AS subjectId FROM guest_secrets WHERE secret_hash = ?',
    ),
  };
  return {
    insert(secret: string, binding: GuestBinding, at: string) {
      q.insert.run(hashSecret(secret), binding.sessionId, binding.kind, binding.subjectId, at);
    },
    find(secret: string): GuestBinding | null {
      return q.byHash.get(hashSecret(secret)) ?? null;
    },
  };
}
