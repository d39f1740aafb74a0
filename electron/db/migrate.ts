// Numbered migrations, applied in one transaction and recorded in user_version: a
// database is either wholly at the old version or wholly at the new one.
import type Database from 'better-sqlite3';

export type Migration = { version: number; name: string; up(db: Database.Database): void };

export class FutureSchemaError extends Error {
  constructor(
    readonly found: number,
    readonly supported: number,
  ) {
    super(`database schema version ${found} is newer than this app supports (${supported})`);
    this.name = 'FutureSchemaError';
  }
}

export function migrate(db: Database.Database, migrations: readonly Migration[]): number {
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`migration ${m.name} should be version ${i + 1}`);
  });
  const latest = migrations.length;
  const current = db.pragma('user_version', { simple: true }) as number;
  // A newer app wrote this file: refuse rather than run old code on a schema it doesn't know.
  if (current > latest) throw new FutureSchemaError(current, latest);
  if (current === latest) return current;
  db.transaction(() => {
    for (const m of migrations.slice(current)) m.up(db);
    db.pragma(`user_version = ${latest}`);
  }).immediate();
  return latest;
}
