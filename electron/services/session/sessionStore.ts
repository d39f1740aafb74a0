// The session tables' queries (migration 003). Callers wrap multi-row writes in a
// transaction; this file only knows rows.
import type { Db } from '../../db/open';
import { sessionEventSchema, type SessionEvent } from '../../../shared/session/events';
import type { Heartbeat } from '../../../shared/session/recovery';
import type { SessionStatus } from '../../../shared/session/state';

export type SessionRow = {
  id: string;
  exerciseId: string;
  title: string;
  rehearsal: boolean;
  status: SessionStatus;
  joinCode: string;
  createdAt: string;
  endedAt: string | null;
};

type RawSessionRow = Omit<SessionRow, 'rehearsal'> & { rehearsal: number };

const COLUMNS = `id, exercise_id AS exerciseId, title, rehearsal, status, join_code AS joinCode,
  created_at AS createdAt, ended_at AS endedAt`;

const fromRaw = (row: RawSessionRow): SessionRow => ({ ...row, rehearsal: row.rehearsal === 1 });

export function createSessionStore(db: Db) {
  const q = {
    insertSession: db.prepare<[string, string, string, number, string, string, string]>(
      `INSERT INTO sessions (id, exercise_id, title, rehearsal, status, join_code, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    ),
    setStatus: db.prepare<[string, string | null, string]>('UPDATE sessions SET status = ?, ended_at = ? WHERE id = ?'),
    insertEvent: db.prepare<[string, number, string, string, string]>(
      'INSERT INTO session_events (session_id, seq, type, at, doc) VALUES (?, ?, ?, ?, ?)',
    ),
    events: db.prepare<[string, number, number], { doc: string }>(
      'SELECT doc FROM session_events WHERE session_id = ? AND seq > ? ORDER BY seq LIMIT ?',
    ),
    list: db.prepare<[string | null, string | null, number], RawSessionRow>(
      `SELECT ${COLUMNS} FROM sessions
       WHERE (? IS NULL OR exercise_id = ?) AND (rehearsal = 0 OR ? = 1)
       ORDER BY created_at DESC, id`,
    ),
    byId: db.prepare<[string], RawSessionRow>(`SELECT ${COLUMNS} FROM sessions WHERE id = ?`),
    unfinished: db.prepare<[], { id: string }>("SELECT id FROM sessions WHERE status IN ('lobby', 'live')"),
    joinCodeOpen: db.prepare<[string], { id: string }>(
      "SELECT id FROM sessions WHERE join_code = ? AND status IN ('lobby', 'live')",
    ),
    joinCodeFinished: db.prepare<[string], { id: string }>(
      "SELECT id FROM sessions WHERE join_code = ? AND status IN ('ended', 'aborted') LIMIT 1",
    ),
    upsertHeartbeat: db.prepare<[string, number, string]>(
      `INSERT INTO session_heartbeats (session_id, scenario_ms, at) VALUES (?, ?, ?)
       ON CONFLICT (session_id) DO UPDATE SET scenario_ms = excluded.scenario_ms, at = excluded.at`,
    ),
    heartbeat: db.prepare<[string], { scenarioMs: number; at: string }>(
      'SELECT scenario_ms AS scenarioMs, at FROM session_heartbeats WHERE session_id = ?',
    ),
  };
  return {
    insertSession(row: Omit<SessionRow, 'endedAt'>) {
      q.insertSession.run(
        row.id,
        row.exerciseId,
        row.title,
        row.rehearsal ? 1 : 0,
        row.status,
        row.joinCode,
        row.createdAt,
      );
    },
    setStatus(id: string, status: SessionStatus, endedAt: string | null) {
      q.setStatus.run(status, endedAt, id);
    },
    insertEvent(sessionId: string, event: SessionEvent) {
      q.insertEvent.run(sessionId, event.seq, event.type, event.at, JSON.stringify(event));
    },
    /** The log after `afterSeq`, parsed: a row that no longer parses is a damaged file, and throws. */
    events(sessionId: string, afterSeq = 0, limit = -1): SessionEvent[] {
      return q.events.all(sessionId, afterSeq, limit).map((r) => sessionEventSchema.parse(JSON.parse(r.doc)));
    },
    list(exerciseId: string | null, includeRehearsals: boolean): SessionRow[] {
      return q.list.all(exerciseId, exerciseId, includeRehearsals ? 1 : 0).map(fromRaw);
    },
    get(id: string): SessionRow | null {
      const row = q.byId.get(id);
      return row ? fromRaw(row) : null;
    },
    unfinishedIds(): string[] {
      return q.unfinished.all().map((r) => r.id);
    },
    joinCodeTaken(code: string): boolean {
      return q.joinCodeOpen.get(code) !== undefined;
    },
    /** The running session (lobby or live) with this code, if any. */
    openSessionWithCode(code: string): string | null {
      return q.joinCodeOpen.get(code)?.id ?? null;
    },
    finishedSessionHadCode(code: string): boolean {
      return q.joinCodeFinished.get(code) !== undefined;
    },
    saveHeartbeat(sessionId: string, heartbeat: Heartbeat) {
      q.upsertHeartbeat.run(sessionId, heartbeat.scenarioMs, heartbeat.at);
    },
    heartbeat(sessionId: string): Heartbeat | null {
      return q.heartbeat.get(sessionId) ?? null;
    },
  };
}
export type SessionStore = ReturnType<typeof createSessionStore>;
