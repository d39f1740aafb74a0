import { describe, expect, it } from 'vitest';
import { FutureSchemaError } from '../../../electron/db/migrate';
import { classifyStorageError, startupError } from '../../../electron/host/storageErrors';
import { DomainError } from '../../../shared/api/errors';
import { createTranslator } from '../../../shared/i18n/translator';
import { LOCALES } from '../../../shared/i18n/locales';

const where = { dataDir: '/srv/drills', file: '/srv/drills/drillbook.sqlite' };

/** Errors shaped as better-sqlite3's SqliteError and Node's errno errors: a string `code`. */
function sqliteError(code: string) {
  return Object.assign(new Error(`sqlite says ${code}`), { name: 'SqliteError', code });
}
function errnoError(code: string) {
  return Object.assign(new Error(`${code}: operation failed, mkdir '/srv/drills'`), { code, errno: -1 });
}

describe('storage failures, classified', () => {
  it.each([
    ['SQLITE_CORRUPT', 'errors.databaseDamaged'],
    ['SQLITE_CORRUPT_INDEX', 'errors.databaseDamaged'],
    ['SQLITE_NOTADB', 'errors.notADatabase'],
    ['SQLITE_FULL', 'errors.diskFull'],
    ['SQLITE_READONLY', 'errors.databaseReadOnly'],
    ['SQLITE_READONLY_DBMOVED', 'errors.databaseReadOnly'],
    ['SQLITE_CANTOPEN', 'errors.databaseCannotOpen'],
    ['SQLITE_IOERR', 'errors.storage'],
    ['SQLITE_IOERR_WRITE', 'errors.storage'],
  ])('SQLite %s → %s, with the file and the cause', (code, messageKey) => {
    const error = classifyStorageError(sqliteError(code), where);
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ code: 'storage', messageKey, details: { ...where, cause: code } });
  });

  it.each([
    ['EACCES', 'errors.dataDirNoPermission'],
    ['EPERM', 'errors.dataDirNoPermission'],
    ['ENOSPC', 'errors.diskFull'],
    ['ENOTDIR', 'errors.dataDirNotFolder'],
    ['EEXIST', 'errors.dataDirNotFolder'],
    ['EROFS', 'errors.dataDirReadOnly'],
  ])('at start-up, errno %s → %s', (code, messageKey) => {
    expect(classifyStorageError(errnoError(code), where)).toMatchObject({ code: 'storage', messageKey });
  });

  it('while running, only errno codes that mean a failing disk count', () => {
    expect(classifyStorageError(errnoError('ENOSPC'), where, 'running')).toMatchObject({
      messageKey: 'errors.diskFull',
    });
    // An EEXIST or EACCES from some other part of a call is a bug, not "the data folder is a file".
    expect(classifyStorageError(errnoError('EEXIST'), where, 'running')).toBeNull();
    expect(classifyStorageError(errnoError('EACCES'), where, 'running')).toBeNull();
    expect(classifyStorageError(sqliteError('SQLITE_FULL'), where, 'running')).toMatchObject({
      messageKey: 'errors.diskFull',
    });
  });

  it('a database from a newer app names both schema versions', () => {
    expect(classifyStorageError(new FutureSchemaError(7, 2), where)).toMatchObject({
      code: 'storage',
      messageKey: 'errors.databaseTooNew',
      details: { ...where, found: 7, supported: 2 },
    });
  });

  it('leaves alone what is not about storage', () => {
    expect(classifyStorageError(new Error('boom'), where)).toBeNull();
    expect(classifyStorageError(sqliteError('SQLITE_CONSTRAINT_UNIQUE'), where)).toBeNull();
    expect(classifyStorageError(errnoError('ECONNRESET'), where)).toBeNull();
    expect(classifyStorageError('a string', where)).toBeNull();
    expect(classifyStorageError(null, where)).toBeNull();
    expect(classifyStorageError({ code: 42 }, where)).toBeNull();
  });
});

describe('start-up errors', () => {
  it('pass domain errors through, classify storage, and word the rest with its text', () => {
    const locked = new DomainError('conflict', 'errors.dataDirLocked', { dataDir: '/d', pid: 1 });
    expect(startupError(locked, where)).toBe(locked);
    expect(startupError(errnoError('EACCES'), where).messageKey).toBe('errors.dataDirNoPermission');
    expect(startupError(new Error('templates are broken'), where)).toMatchObject({
      code: 'internal',
      messageKey: 'errors.startupFailed',
      details: { ...where, detail: 'templates are broken' },
    });
  });

  it('every message reads as a whole sentence in every language, with its paths filled in', () => {
    const cases = [
      ...['SQLITE_CORRUPT', 'SQLITE_NOTADB', 'SQLITE_FULL', 'SQLITE_READONLY', 'SQLITE_CANTOPEN', 'SQLITE_IOERR'].map(
        sqliteError,
      ),
      ...['EACCES', 'ENOSPC', 'ENOTDIR', 'EROFS'].map(errnoError),
      new FutureSchemaError(9, 2),
      new Error('odd'),
    ];
    for (const locale of LOCALES) {
      const t = createTranslator(locale);
      for (const cause of cases) {
        const error = startupError(cause, where);
        const text = t(error.messageKey, error.details);
        expect(text, `${locale} ${error.messageKey}`).not.toBe(error.messageKey);
        expect(text, `${locale} ${error.messageKey}`).not.toMatch(/{{|}}/);
        // Each names the folder or the file it is about, except the bare disk error.
        if (error.messageKey !== 'errors.storage') expect(text).toMatch(/\/srv\/drills/);
      }
    }
  });
});
