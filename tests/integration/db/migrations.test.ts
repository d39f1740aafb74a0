import Database from 'better-sqlite3';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FutureSchemaError, migrate, type Migration } from '../../../electron/db/migrate';
import { MIGRATIONS } from '../../../electron/db/migrations';
import { openDatabase } from '../../../electron/db/open';
import { tempDir } from '../../support/temp';

describe('database', () => {
  it('applies the real migrations and records the version, with the promised pragmas', () => {
    const db = openDatabase(path.join(tempDir(), 'a.sqlite'));
    try {
      expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
      expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
      const tables = db.prepare("SELECT name FROM sqlite_master WHERE type IN ('table')").pluck().all();
      expect(tables).toEqual(expect.arrayContaining(['exercises', 'exercise_tags', 'attachments', 'exercise_search']));
    } finally {
      db.close();
    }
  });

  it('reopening an up-to-date database changes nothing', () => {
    const file = path.join(tempDir(), 'a.sqlite');
    openDatabase(file).close();
    const db = openDatabase(file);
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    db.close();
  });

  it('a failing migration leaves the database wholly at the old version', () => {
    const db = new Database(path.join(tempDir(), 'b.sqlite'));
    const good: Migration = { version: 1, name: 'one', up: (d) => d.exec('CREATE TABLE one (x)') };
    migrate(db, [good]);
    const bad: Migration = {
      version: 2,
      name: 'two',
      up: (d) => {
        d.exec('CREATE TABLE two (x)');
        throw new Error('boom');
      },
    };
    expect(() => migrate(db, [good, bad])).toThrow('boom');
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'two'").pluck().get()).toBe(0);
    db.close();
  });

  it('refuses a database written by a newer version', () => {
    const file = path.join(tempDir(), 'c.sqlite');
    const raw = new Database(file);
    raw.pragma(`user_version = ${MIGRATIONS.length + 5}`);
    raw.close();
    expect(() => openDatabase(file)).toThrow(FutureSchemaError);
  });

  it('002 backfills the title sort key of exercises written at version 1', () => {
    const file = path.join(tempDir(), 'v1.sqlite');
    const db = new Database(file);
    migrate(db, MIGRATIONS.slice(0, 1));
    db.prepare(
      `INSERT INTO exercises (id, title, kind, hazard, language, created_at, updated_at, revision)
       VALUES (?, ?, 'tabletop', 'other', 'vi', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', 1)`,
    ).run('00000000-0000-4000-8000-000000000001', 'Đánh giá ỨNG PHÓ');
    db.close();
    const upgraded = openDatabase(file);
    expect(upgraded.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    expect(upgraded.prepare('SELECT title_key FROM exercises').pluck().get()).toBe('danh gia ung pho');
    upgraded.close();
  });

  it('003 adds the session tables to a database at version 2 with exercises, which stay as they were', () => {
    const file = path.join(tempDir(), 'v2.sqlite');
    const db = new Database(file);
    migrate(db, MIGRATIONS.slice(0, 2));
    const id = '00000000-0000-4000-8000-000000000002';
    db.prepare(
      `INSERT INTO exercises (id, title, title_key, kind, hazard, language, created_at, updated_at, revision)
       VALUES (?, 'Port fire', 'port fire', 'tabletop', 'fire', 'en', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', 3)`,
    ).run(id);
    db.close();
    const upgraded = openDatabase(file);
    try {
      expect(upgraded.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
      expect(upgraded.prepare('SELECT title, revision FROM exercises WHERE id = ?').get(id)).toEqual({
        title: 'Port fire',
        revision: 3,
      });
      const session = (sid: string, status: string, code = 'K7MQ2X') =>
        upgraded
          .prepare(
            `INSERT INTO sessions (id, exercise_id, title, rehearsal, status, join_code, created_at)
             VALUES (?, ?, 'Port fire', 0, ?, ?, '2026-02-01T00:00:00.000Z')`,
          )
          .run(sid, id, status, code);
      session('s1', 'ended');
      session('s2', 'live'); // a finished session's code may be used again
      expect(() => session('s3', 'lobby')).toThrow(/UNIQUE/); // but never by two running ones
      const event = upgraded.prepare(
        "INSERT INTO session_events (session_id, seq, type, at, doc) VALUES ('s2', ?, 'clock_started', 'x', '{}')",
      );
      event.run(1);
      expect(() => event.run(1)).toThrow(/UNIQUE|PRIMARY KEY/);
      // No cascade from the library: deleting the exercise leaves its sessions' history.
      upgraded.prepare('DELETE FROM exercises WHERE id = ?').run(id);
      expect(upgraded.prepare('SELECT count(*) FROM sessions').pluck().get()).toBe(2);
      expect(upgraded.prepare('SELECT count(*) FROM session_events').pluck().get()).toBe(1);
    } finally {
      upgraded.close();
    }
  });

  it('004 adds guest secrets to a database at version 3, tied to an existing session', () => {
    const file = path.join(tempDir(), 'v3.sqlite');
    const db = new Database(file);
    migrate(db, MIGRATIONS.slice(0, 3));
    db.prepare(
      `INSERT INTO sessions (id, exercise_id, title, rehearsal, status, join_code, created_at)
       VALUES ('s1', 'e1', 'Port fire', 0, 'lobby', 'K7MQ2X', '2026-02-01T00:00:00.000Z')`,
    ).run();
    db.close();
    const upgraded = openDatabase(file);
    try {
      expect(upgraded.pragma('user_version', { simple: true })).toBe(4);
      const secret = upgraded.prepare(
        "INSERT INTO guest_secrets (secret_hash, session_id, kind, subject_id, created_at) VALUES (?, ?, ?, 'p1', 'x')",
      );
      secret.run('h1', 's1', 'participant');
      expect(() => secret.run('h1', 's1', 'participant')).toThrow(/UNIQUE|PRIMARY KEY/);
      expect(() => secret.run('h2', 's1', 'staff')).toThrow(/CHECK/);
      expect(() => secret.run('h3', 'no-such-session', 'projector')).toThrow(/FOREIGN KEY/);
      expect(upgraded.prepare('SELECT count(*) FROM sessions').pluck().get()).toBe(1);
    } finally {
      upgraded.close();
    }
  });

  it('refuses migrations that are not numbered 1..n in order', () => {
    const db = new Database(':memory:');
    expect(() => migrate(db, [{ version: 2, name: 'x', up: () => {} }])).toThrow(/should be version 1/);
    db.close();
  });
});
