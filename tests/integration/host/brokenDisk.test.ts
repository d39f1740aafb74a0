// Start-up on a broken disk, through the real openHostCore: damaged, foreign, empty
// and too-new database files, a data folder that is a file, a crash after the lock.
// Each ends in a translated DomainError (or a working library), never a stack trace,
// and never with the data folder left locked.
import Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE, openHostCore, type HostCoreOptions } from '../../../electron/host/core';
import { LOCK_FILE } from '../../../electron/host/dataDirLock';
import { createRecordingLogger } from '../../../electron/host/ports';
import { DomainError } from '../../../shared/api/errors';
import { createTranslator } from '../../../shared/i18n/translator';
import { facilitator, RESOURCES, someParticipant } from '../../support/core';
import { PARSE_WORKER_FILE } from '../../support/parseWorkerFiles';
import { fakeClock, tempDir } from '../../support/temp';

function options(dataDir: string, extra: Partial<HostCoreOptions> = {}): HostCoreOptions {
  return {
    dataDir,
    appVersion: 't',
    resourcesDir: RESOURCES,
    parseWorkerFile: PARSE_WORKER_FILE,
    logger: createRecordingLogger(),
    ...extra,
  };
}

/** openHostCore's failure, which must be a DomainError. */
function startFailure(opts: HostCoreOptions): DomainError {
  try {
    openHostCore(opts).close();
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    return error as DomainError;
  }
  throw new Error('expected the host core to refuse to open');
}

/** A real library with a few exercises, closed, so its file can be damaged. */
async function libraryOnDisk(count = 30): Promise<string> {
  const dataDir = tempDir();
  const core = openHostCore(options(dataDir));
  for (let i = 0; i < count; i++) {
    const made = await core.dispatch(
      'library.create',
      { title: `Diễn tập ${i}`, description: 'Tình huống cháy tầng 12. '.repeat(40) },
      facilitator,
    );
    expect(made.ok).toBe(true);
  }
  core.close(); // checkpoints the WAL into the main file
  return dataDir;
}

function rootPageOf(file: string, table: string): { page: number; pageSize: number } {
  const db = new Database(file, { readonly: true });
  try {
    const row = db.prepare('SELECT rootpage FROM sqlite_master WHERE name = ?').get(table) as { rootpage: number };
    return { page: row.rootpage, pageSize: db.pragma('page_size', { simple: true }) as number };
  } finally {
    db.close();
  }
}

const english = createTranslator('en');
const expectNoLock = (dataDir: string) => expect(fs.existsSync(path.join(dataDir, LOCK_FILE))).toBe(false);

describe('starting on a damaged database', () => {
  it('refuses a file whose table page was overwritten, at start, and leaves the file as it was', async () => {
    const dataDir = await libraryOnDisk();
    const file = path.join(dataDir, DATABASE_FILE);
    const { page, pageSize } = rootPageOf(file, 'exercises');
    const bytes = fs.readFileSync(file);
    bytes.fill(0, (page - 1) * pageSize, page * pageSize);
    fs.writeFileSync(file, bytes);

    const error = startFailure(options(dataDir));
    expect(error).toMatchObject({ code: 'storage', messageKey: 'errors.databaseDamaged', details: { file } });
    expect(english(error.messageKey, error.details)).toContain(`The library file ${file} is damaged`);
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
    expectNoLock(dataDir);
  });

  it('refuses a file damaged in the middle of a page, and one with a wrong free-page count', async () => {
    const dataDir = await libraryOnDisk();
    const file = path.join(dataDir, DATABASE_FILE);
    const original = fs.readFileSync(file);
    const { pageSize } = rootPageOf(file, 'exercises');
    const pages = original.length / pageSize;
    // Garbage over the middle of a page half-way through the file.
    const middle = Buffer.from(original);
    const at = Math.floor(pages / 2) * pageSize + 8;
    middle.fill(0x41, at, at + 400);
    fs.writeFileSync(file, middle);
    expect(startFailure(options(dataDir)).messageKey).toBe('errors.databaseDamaged');
    // A header that miscounts the free pages: quick_check reports it as a row, not a throw.
    const header = Buffer.from(original);
    header.writeUInt32BE(header.readUInt32BE(36) + 3, 36);
    fs.writeFileSync(file, header);
    expect(startFailure(options(dataDir)).messageKey).toBe('errors.databaseDamaged');
    expectNoLock(dataDir);
  });

  it('refuses a file of random bytes as "not a database"', () => {
    const dataDir = tempDir();
    const file = path.join(dataDir, DATABASE_FILE);
    const bytes = randomBytes(64 * 1024);
    fs.writeFileSync(file, bytes);
    const error = startFailure(options(dataDir));
    expect(error).toMatchObject({ code: 'storage', messageKey: 'errors.notADatabase', details: { file } });
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
    expectNoLock(dataDir);
  });

  it('refuses a library written by a newer app, naming both versions', async () => {
    const dataDir = await libraryOnDisk(1);
    const db = new Database(path.join(dataDir, DATABASE_FILE));
    db.pragma('user_version = 99');
    db.close();
    const error = startFailure(options(dataDir));
    expect(error).toMatchObject({ messageKey: 'errors.databaseTooNew', details: { found: 99 } });
    expect(createTranslator('vi')(error.messageKey, error.details)).toContain('định dạng 99');
    expectNoLock(dataDir);
  });
});

describe('starting on an empty database file', () => {
  it('keeps a zero-byte file aside, opens a new library and tells the facilitator', async () => {
    const dataDir = tempDir();
    const file = path.join(dataDir, DATABASE_FILE);
    fs.writeFileSync(file, '');
    fs.writeFileSync(`${file}-wal`, ''); // its companions travel with it
    const core = openHostCore(options(dataDir, { clock: fakeClock('2026-11-26T08:00:00.000Z') }));
    try {
      const kept = 'drillbook.sqlite.empty-20261126T080000Z';
      expect(fs.statSync(path.join(dataDir, kept)).size).toBe(0);
      expect(fs.existsSync(path.join(dataDir, `${kept}-wal`))).toBe(true);
      expect(fs.statSync(file).size).toBeGreaterThan(0);
      const notice = { messageKey: 'common.notice.emptyDatabaseKept', details: { dataDir, kept } };
      expect(core.notices).toEqual([notice]);
      expect(await core.dispatch('app.info', {}, facilitator)).toMatchObject({
        ok: true,
        value: { notices: [notice] },
      });
      // Participants' links see no paths of the facilitator's disk.
      expect(await core.dispatch('app.info', {}, someParticipant)).toMatchObject({ ok: true, value: { notices: [] } });
      expect(english(notice.messageKey, notice.details)).toContain(kept);
      // The new library works.
      expect((await core.dispatch('library.create', { title: 'Mới' }, facilitator)).ok).toBe(true);
    } finally {
      core.close();
    }
    // The next start finds a real database: nothing more is set aside, no notice.
    const again = openHostCore(options(dataDir));
    expect(again.notices).toEqual([]);
    again.close();
    expect(fs.readdirSync(dataDir).filter((f) => f.includes('.empty-'))).toHaveLength(2);
  });
});

describe('starting on a data folder that is not one', () => {
  it('says so when the data folder is a file, or lies inside one', () => {
    const parent = tempDir();
    const notAFolder = path.join(parent, 'drills');
    fs.writeFileSync(notAFolder, 'my notes');
    for (const dataDir of [notAFolder, path.join(notAFolder, 'library')]) {
      const error = startFailure(options(dataDir));
      expect(error).toMatchObject({ code: 'storage', messageKey: 'errors.dataDirNotFolder', details: { dataDir } });
      expect(english(error.messageKey, error.details)).toContain('--data-dir');
    }
    expect(fs.readFileSync(notAFolder, 'utf8')).toBe('my notes');
  });

  it('says the library file cannot be opened when a folder stands in its place', () => {
    const dataDir = tempDir();
    fs.mkdirSync(path.join(dataDir, DATABASE_FILE));
    const error = startFailure(options(dataDir));
    expect(error).toMatchObject({ code: 'storage', messageKey: 'errors.databaseCannotOpen' });
    expectNoLock(dataDir);
  });
});

describe('a crash during start-up', () => {
  it('releases the lock and closes the database, whatever step failed', () => {
    const dataDir = tempDir();
    // A step after the database opened fails unforeseen (the built-in templates, which
    // once failed here, are now read on first use: see templates.test.ts).
    const logger = createRecordingLogger();
    const onDatabaseOpen = () => {
      throw new SyntaxError('Unexpected token n in JSON at position 2');
    };
    const error = startFailure(options(dataDir, { onDatabaseOpen, logger }));
    expect(error).toMatchObject({ code: 'internal', messageKey: 'errors.startupFailed', details: { dataDir } });
    expect(String(error.details.detail)).toMatch(/JSON/);
    expect(logger.entries.some((e) => e.message === 'cannot open the data folder' && e.fields?.stack)).toBe(true);
    expectNoLock(dataDir);
    // Nothing holds the folder or the file: a fixed start succeeds.
    openHostCore(options(dataDir)).close();
  });
});

describe('owner-only files', () => {
  it.runIf(process.platform !== 'win32')('makes the data folder 0700 and the database and its WAL 0600', async () => {
    const parent = tempDir();
    const dataDir = path.join(parent, 'new', 'drillbook');
    const core = openHostCore(options(dataDir));
    try {
      await core.dispatch('library.create', { title: 'x' }, facilitator);
      const mode = (f: string) => fs.statSync(f).mode & 0o777;
      expect(mode(dataDir)).toBe(0o700);
      const file = path.join(dataDir, DATABASE_FILE);
      expect(mode(file)).toBe(0o600);
      expect(mode(`${file}-wal`)).toBe(0o600);
      expect(mode(`${file}-shm`)).toBe(0o600);
    } finally {
      core.close();
    }
  });

  it.runIf(process.platform !== 'win32')('narrows an existing folder and database left readable by all', async () => {
    const dataDir = await libraryOnDisk(1);
    const file = path.join(dataDir, DATABASE_FILE);
    fs.chmodSync(dataDir, 0o755);
    fs.chmodSync(file, 0o644);
    openHostCore(options(dataDir)).close();
    expect(fs.statSync(dataDir).mode & 0o777).toBe(0o700);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
  });
});
