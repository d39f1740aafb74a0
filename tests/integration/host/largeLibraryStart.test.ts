// What a start with a large library leaves out: a library file closed cleanly after
// passing quick_check is not read whole again at the next start (with 10,000 exercises
// that read takes seconds), though any change to the file since, even one made in the
// same instant as the close, brings the check back; and the bin is emptied a little
// after the start rather than during it.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN_PURGE_DELAY_MS, DATABASE_FILE, openHostCore, type HostCoreOptions } from '../../../electron/host/core';
import { createRecordingLogger, type RecordingLogger } from '../../../electron/host/ports';
import { VERIFIED_STAMP_SUFFIX } from '../../../electron/db/verifiedStamp';
import { DomainError } from '../../../shared/api/errors';
import { facilitator, RESOURCES } from '../../support/core';
import { PARSE_WORKER_FILE } from '../../support/parseWorkerFiles';
import { fakeClock, tempDir } from '../../support/temp';
import { createVirtualTime } from '../../support/virtualTime';

const SKIPPED = 'library file untouched since its last check: quick_check skipped';

function options(dataDir: string, logger: RecordingLogger): HostCoreOptions {
  return { dataDir, appVersion: 't', resourcesDir: RESOURCES, parseWorkerFile: PARSE_WORKER_FILE, logger };
}

async function libraryWith(count: number): Promise<string> {
  const dataDir = tempDir();
  const logger = createRecordingLogger();
  const core = openHostCore(options(dataDir, logger));
  for (let i = 0; i < count; i++) {
    const made = await core.dispatch(
      'library.create',
      { title: `Diễn tập ${i}`, description: 'Tình huống cháy tầng 12. '.repeat(40) },
      facilitator,
    );
    expect(made.ok).toBe(true);
  }
  core.close();
  expect(logger.entries.map((e) => e.message)).not.toContain(SKIPPED); // a new file is checked
  return dataDir;
}

describe('skipping quick_check for a file untouched since it passed one', () => {
  it('skips it after a clean close, drops the stamp while open, and stamps again at close', async () => {
    const dataDir = await libraryWith(3);
    const stamp = path.join(dataDir, DATABASE_FILE + VERIFIED_STAMP_SUFFIX);
    expect(fs.existsSync(stamp)).toBe(true);

    const logger = createRecordingLogger();
    const core = openHostCore(options(dataDir, logger));
    expect(logger.entries.map((e) => e.message)).toContain(SKIPPED);
    expect(fs.existsSync(stamp)).toBe(false); // writes may come: the stamp would lie
    const listed = await core.dispatch('library.list', {}, facilitator);
    expect(listed).toMatchObject({ ok: true, value: { total: 3 } });
    core.close();
    expect(fs.existsSync(stamp)).toBe(true);
  });

  it('checks a file damaged after the close, even in the same instant, and refuses it', async () => {
    const dataDir = await libraryWith(30);
    const file = path.join(dataDir, DATABASE_FILE);
    const bytes = fs.readFileSync(file);
    const at = Math.floor(bytes.length / 4096 / 2) * 4096 + 8;
    bytes.fill(0x41, at, at + 400); // same size, same inode: only the time tells
    fs.writeFileSync(file, bytes);

    const logger = createRecordingLogger();
    let failure: unknown = null;
    try {
      openHostCore(options(dataDir, logger)).close();
    } catch (error) {
      failure = error;
    }
    expect(failure).toBeInstanceOf(DomainError);
    expect(failure).toMatchObject({ messageKey: 'errors.databaseDamaged' });
    expect(logger.entries.map((e) => e.message)).not.toContain(SKIPPED);
  });

  it('checks a file whose stamp is not its own (a copy put in its place)', async () => {
    const dataDir = await libraryWith(2);
    const file = path.join(dataDir, DATABASE_FILE);
    const copy = `${file}.copy`;
    fs.copyFileSync(file, copy);
    fs.renameSync(copy, file); // same bytes, another inode
    const logger = createRecordingLogger();
    openHostCore(options(dataDir, logger)).close();
    expect(logger.entries.map((e) => e.message)).not.toContain(SKIPPED);
  });
});

describe('emptying the bin', () => {
  it('happens a little after the start, not during it', async () => {
    const dataDir = tempDir();
    const clock = fakeClock();
    const first = openHostCore({ ...options(dataDir, createRecordingLogger()), clock });
    const made = await first.dispatch('library.create', { title: 'Old drill' }, facilitator);
    if (!made.ok) throw new Error('create failed');
    const { id } = made.value as { id: string };
    expect((await first.dispatch('library.delete', { id }, facilitator)).ok).toBe(true);
    first.close();

    clock.advance(25 * 3600_000); // past the day a deletion can be undone
    const time = createVirtualTime();
    const core = openHostCore({ ...options(dataDir, createRecordingLogger()), clock, timers: time, monotonic: time });
    const inBin = () => {
      const reader = new Database(path.join(dataDir, DATABASE_FILE), { readonly: true });
      try {
        return reader.prepare('SELECT count(*) FROM exercises WHERE deleted_at IS NOT NULL').pluck().get();
      } finally {
        reader.close();
      }
    };
    try {
      expect(inBin()).toBe(1); // still there once the host answers
      expect(time.advance(BIN_PURGE_DELAY_MS - 1)).toBe(0);
      expect(inBin()).toBe(1);
      time.advance(1);
      expect(inBin()).toBe(0);
      const restored = await core.dispatch('library.restore', { id }, facilitator);
      expect(restored).toMatchObject({ ok: false, error: { code: 'not_found' } });
    } finally {
      core.close();
    }
  });
});
