// A disk that fills up, or a database that turns read-only, while the host runs: each
// write gets its own translated error (not "internal"), reads go on, the host stays
// up, and writes work again once the disk has room. The full disk is real SQLite:
// `PRAGMA max_page_count` caps the database file at its current size.
import { afterEach, describe, expect, it } from 'vitest';
import type { Db } from '../../../electron/db/open';
import { openHostCore, type HostCore } from '../../../electron/host/core';
import { createRecordingLogger } from '../../../electron/host/ports';
import { createTranslator } from '../../../shared/i18n/translator';
import { facilitator, RESOURCES } from '../../support/core';
import { PARSE_WORKER_FILE } from '../../support/parseWorkerFiles';
import { fakeClock, tempDir } from '../../support/temp';

let cores: HostCore[] = [];
afterEach(() => {
  for (const core of cores) core.close();
  cores = [];
});

function start() {
  const logger = createRecordingLogger();
  let db: Db | null = null;
  const dataDir = tempDir();
  const core = openHostCore({
    dataDir,
    appVersion: 't',
    resourcesDir: RESOURCES,
    parseWorkerFile: PARSE_WORKER_FILE,
    clock: fakeClock(),
    logger,
    onDatabaseOpen: (opened) => {
      db = opened;
    },
  });
  cores.push(core);
  if (db === null) throw new Error('onDatabaseOpen was not called');
  return { core, db: db as Db, logger, dataDir };
}

/** An exercise too big to fit in the pages the file already has. */
const big = (title: string) => ({
  title,
  narrative: `${title}: ${'Sơ tán tầng 12, kiểm tra lối thoát. '.repeat(3000)}`,
});

async function titles(core: HostCore): Promise<string[]> {
  const listed = await core.dispatch('library.list', { sort: 'title_asc' }, facilitator);
  if (!listed.ok) throw new Error(JSON.stringify(listed.error));
  return (listed.value as { items: { title: string }[] }).items.map((i) => i.title);
}

describe('storage failures while running', () => {
  it('a full disk refuses the write with its own message, keeps reads, and recovers', async () => {
    const { core, db, logger, dataDir } = start();
    expect((await core.dispatch('library.create', big('Trước'), facilitator)).ok).toBe(true);
    const pages = db.pragma('page_count', { simple: true }) as number;
    db.pragma(`max_page_count = ${pages}`);

    const refused = await core.dispatch('library.create', big('Khi đầy'), facilitator);
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'storage', messageKey: 'errors.diskFull', details: { dataDir, cause: 'SQLITE_FULL' } },
    });
    if (refused.ok) throw new Error('unreachable');
    expect(createTranslator('vi')(refused.error.messageKey, refused.error.details)).toContain('đã đầy');
    expect(logger.entries.some((e) => e.level === 'error' && e.message === 'call failed')).toBe(true);
    // Nothing half-written, and the library still reads.
    expect(await titles(core)).toEqual(['Trước']);
    expect((await core.dispatch('app.info', {}, facilitator)).ok).toBe(true);

    db.pragma(`max_page_count = ${pages * 1000}`);
    expect((await core.dispatch('library.create', big('Sau'), facilitator)).ok).toBe(true);
    expect(await titles(core)).toEqual(['Sau', 'Trước']);
  });

  it('a read-only database refuses writes with its own message, and writes resume after', async () => {
    const { core, db } = start();
    expect((await core.dispatch('library.create', { title: 'A' }, facilitator)).ok).toBe(true);
    db.pragma('query_only = ON');
    expect(await core.dispatch('library.create', { title: 'B' }, facilitator)).toMatchObject({
      ok: false,
      error: { code: 'storage', messageKey: 'errors.databaseReadOnly', details: { cause: 'SQLITE_READONLY' } },
    });
    expect(await titles(core)).toEqual(['A']);
    db.pragma('query_only = OFF');
    expect((await core.dispatch('library.create', { title: 'B' }, facilitator)).ok).toBe(true);
    expect(await titles(core)).toEqual(['A', 'B']);
  });
});
