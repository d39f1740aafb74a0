// What went wrong with the disk or the database, in words the user can act on. The
// same classification serves start-up (the CLI prints it, the desktop shell shows it
// in a dialog) and calls made while running (the dispatcher sends it as an envelope),
// so a full disk reads the same either way and never as a stack trace or "internal".
import { FutureSchemaError } from '../db/migrate';
import { DomainError } from '../../shared/api/errors';

/** Where the failure happened, for the message: the data folder and the database file in it. */
export type StorageWhere = { dataDir: string; file: string };

/** better-sqlite3's SqliteError and Node's errno errors both carry a string `code`. */
function codeOf(error: unknown): string | null {
  if (typeof error !== 'object' || error === null) return null;
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? code : null;
}

// Extended SQLite codes (SQLITE_IOERR_WRITE, SQLITE_READONLY_DBMOVED…) share their
// primary code's prefix, so each family is matched by prefix.
const SQLITE_KEYS: [prefix: string, messageKey: string][] = [
  ['SQLITE_CORRUPT', 'errors.databaseDamaged'],
  ['SQLITE_NOTADB', 'errors.notADatabase'],
  ['SQLITE_FULL', 'errors.diskFull'],
  ['SQLITE_READONLY', 'errors.databaseReadOnly'],
  ['SQLITE_CANTOPEN', 'errors.databaseCannotOpen'],
  ['SQLITE_PERM', 'errors.databaseReadOnly'],
  ['SQLITE_IOERR', 'errors.storage'],
];

const ERRNO_KEYS: Record<string, string> = {
  EACCES: 'errors.dataDirNoPermission',
  EPERM: 'errors.dataDirNoPermission',
  ENOSPC: 'errors.diskFull',
  EDQUOT: 'errors.diskFull',
  // mkdir on a path that is a file (EEXIST) or under one (ENOTDIR).
  ENOTDIR: 'errors.dataDirNotFolder',
  EEXIST: 'errors.dataDirNotFolder',
  EROFS: 'errors.dataDirReadOnly',
  EIO: 'errors.storage',
};

/**
 * While running, the host touches no file but the database, so only errors that mean
 * "the disk failed" are storage errors; an EEXIST or EACCES from elsewhere would be a
 * bug, and calling it "the data folder is a file" would mislead.
 */
const RUNNING_ERRNO = new Set(['ENOSPC', 'EDQUOT', 'EROFS', 'EIO']);

export type Phase = 'startup' | 'running';

/**
 * A storage failure as a translated DomainError (code `storage`), or null when the
 * error is not about the disk or the database (a bug, a bad input…).
 */
export function classifyStorageError(
  error: unknown,
  where: StorageWhere,
  phase: Phase = 'startup',
): DomainError | null {
  if (error instanceof FutureSchemaError) {
    return new DomainError('storage', 'errors.databaseTooNew', {
      ...where,
      found: error.found,
      supported: error.supported,
    });
  }
  const code = codeOf(error);
  if (code === null) return null;
  const sqlite = SQLITE_KEYS.find(([prefix]) => code === prefix || code.startsWith(`${prefix}_`));
  const errnoApplies = phase === 'startup' || RUNNING_ERRNO.has(code);
  const messageKey = sqlite ? sqlite[1] : errnoApplies ? ERRNO_KEYS[code] : undefined;
  if (messageKey === undefined) return null;
  return new DomainError('storage', messageKey, { ...where, cause: code });
}

/**
 * Any start-up failure as a DomainError the CLI and the shell can translate: domain
 * errors (a locked data folder) pass through, storage failures are classified, and
 * anything else says the data folder could not be opened, with the error's own text.
 */
export function startupError(error: unknown, where: StorageWhere): DomainError {
  if (error instanceof DomainError) return error;
  const storage = classifyStorageError(error, where);
  if (storage) return storage;
  const detail = error instanceof Error ? error.message : String(error);
  return new DomainError('internal', 'errors.startupFailed', { ...where, detail });
}
