// Opens the one database file with explicit pragmas, checks it is whole, and brings
// its schema up to date.
import fs from 'node:fs';
import Database from 'better-sqlite3';
import { migrate } from './migrate';
import { MIGRATIONS } from './migrations';

export type Db = Database.Database;

/** The SQLite error a damaged file raises, so callers classify both the same way. */
export class DatabaseDamagedError extends Error {
  readonly code = 'SQLITE_CORRUPT';
  constructor(readonly problems: string[]) {
    // One row can hold hundreds of lines ("Page 6: never used" …): the first few say enough.
    super(`database integrity check failed: ${problems.join('\n').split('\n').slice(0, 4).join('; ')}`);
    this.name = 'DatabaseDamagedError';
  }
}

export type OpenOptions = {
  /**
   * Skips `quick_check`: only for a file known untouched since it last passed one
   * (verifiedStamp.ts). SQLite still refuses any damaged page it reads later.
   */
  alreadyVerified?: boolean;
};

export function openDatabase(file: string, options: OpenOptions = {}): Db {
  const db = new Database(file);
  try {
    db.pragma('busy_timeout = 5000');
    // Before anything writes (WAL mode, migrations): a damaged file is refused at
    // start, where the message can say "restore a backup", not at the first search.
    // quick_check reads every page but skips the costly index cross-checks.
    if (!options.alreadyVerified) checkIntegrity(db);
    // WAL lets readers go on while a write commits; synchronous=FULL makes an
    // acknowledged write survive power loss (NORMAL would risk the last transactions).
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    migrate(db, MIGRATIONS);
    restrictToOwner(file);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

function checkIntegrity(db: Db): void {
  // A badly damaged file makes quick_check itself throw SQLITE_CORRUPT / NOTADB;
  // a milder one makes it return rows describing each problem instead of "ok".
  const rows = db.pragma('quick_check') as { quick_check: string }[];
  const problems = rows.map((r) => r.quick_check).filter((r) => r !== 'ok');
  if (problems.length > 0) throw new DatabaseDamagedError(problems);
}

/**
 * The library is the user's own: on POSIX only its owner may read it. SQLite gives
 * the -wal and -shm files the main file's mode when it makes them, but they may
 * already exist from an earlier run, so each is set here.
 */
function restrictToOwner(file: string): void {
  if (process.platform === 'win32') return; // NTFS ACLs come from the profile folder
  for (const f of [file, `${file}-wal`, `${file}-shm`]) {
    try {
      fs.chmodSync(f, 0o600);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
}
