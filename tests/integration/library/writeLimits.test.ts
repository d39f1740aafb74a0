// Counters and sizes that arrive from outside: a `.drill` file's revision is re-numbered
// or refused, a write whose result would not read back is refused before it commits, and
// the per-exercise attachment total holds for uploads and saves alike. All through the
// real host core and its dispatcher.
import { afterEach, describe, expect, it } from 'vitest';
import type { HostCore } from '../../../electron/host/core';
import { createRecordingLogger } from '../../../electron/host/ports';
import { openDatabase } from '../../../electron/db/open';
import { createLibraryService } from '../../../electron/services/library/libraryService';
import { libraryListInput } from '../../../shared/api/contract';
import { DomainError, type Envelope } from '../../../shared/api/errors';
import { LIMITS, type Exercise } from '../../../shared/model/exercise';
import { facilitator, testCore } from '../../support/core';
import { fakeClock, tempDir } from '../../support/temp';
import { drillOf, exerciseJson, sampleExercise } from '../../unit/exchange/zipFixtures';
import path from 'node:path';

let cores: HostCore[] = [];
afterEach(() => {
  for (const core of cores) core.close();
  cores = [];
});
function core() {
  const t = testCore();
  cores.push(t.core);
  return t.core;
}

function value<T>(envelope: Envelope<unknown>): T {
  if (!envelope.ok) throw new Error(`call failed: ${JSON.stringify(envelope.error)}`);
  return envelope.value as T;
}

const MIB = 1024 * 1024;

/** A `.drill` file carrying one exercise, written by hand so any revision can be in it. */
async function drillWith(overrides: Record<string, unknown>) {
  const exercise = { ...sampleExercise({ attachments: [] }), ...overrides };
  return (await drillOf({ [`exercises/${exercise.id}.json`]: exerciseJson(exercise) }, [exercise.id])).toString(
    'base64',
  );
}

describe('revisions from a .drill file', () => {
  it.each([2 ** 53 - 1, 2 ** 53, LIMITS.revisionMax + 1, 0, -1, 1.5])(
    'refuses revision %d, which the contract cannot hold, and writes nothing',
    async (revision) => {
      const library = core();
      const result = await library.dispatch(
        'exchange.import',
        { base64: await drillWith({ revision }), locale: 'en' },
        facilitator,
      );
      expect(result).toMatchObject({
        ok: false,
        error: { code: 'invalid_file', messageKey: 'drill.errors.invalidExercise' },
      });
      expect(value(await library.dispatch('library.list', {}, facilitator))).toMatchObject({ total: 0 });
    },
  );

  it('a kept import starts its local revision at 1, whatever the file says, and can be saved', async () => {
    const library = core();
    const base64 = await drillWith({ revision: LIMITS.revisionMax });
    const [imported] = value<{ imported: { id: string }[] }>(
      await library.dispatch('exchange.import', { base64, locale: 'en' }, facilitator),
    ).imported;
    const kept = value<Exercise>(await library.dispatch('library.get', { id: imported!.id }, facilitator));
    expect(kept.revision).toBe(1);
    const saved = value<Exercise>(
      await library.dispatch(
        'library.update',
        { id: kept.id, baseRevision: 1, content: { title: 'Đã sửa' } },
        facilitator,
      ),
    );
    expect(saved.revision).toBe(2);
    expect(value(await library.dispatch('library.list', {}, facilitator))).toMatchObject({
      items: [{ id: kept.id, revision: 2 }],
      damaged: [],
    });
  });

  it('a base revision the library could never have given is refused at the contract', async () => {
    const library = core();
    const ex = value<Exercise>(await library.dispatch('library.create', { title: 'X' }, facilitator));
    for (const baseRevision of [LIMITS.revisionMax + 1, 2 ** 53]) {
      const result = await library.dispatch(
        'library.update',
        { id: ex.id, baseRevision, content: { title: 'Y' } },
        facilitator,
      );
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
      const issues = (result as unknown as { error: { details: { issues: { path: unknown[] }[] } } }).error.details
        .issues;
      expect(issues.map((i) => i.path)).toContainEqual(['baseRevision']);
    }
  });

  it('replace moves one past the local revision, never to the file’s', async () => {
    const library = core();
    const ex = value<Exercise>(await library.dispatch('library.create', { title: 'Tại chỗ' }, facilitator));
    value(
      await library.dispatch(
        'library.update',
        { id: ex.id, baseRevision: 1, content: { title: 'Tại chỗ 2' } },
        facilitator,
      ),
    );
    const base64 = await drillWith({ id: ex.id, revision: LIMITS.revisionMax });
    const { imported } = value<{ imported: { id: string }[] }>(
      await library.dispatch('exchange.import', { base64, locale: 'en', choices: { [ex.id]: 'replace' } }, facilitator),
    );
    expect(imported.map((i) => i.id)).toEqual([ex.id]);
    expect(value<Exercise>(await library.dispatch('library.get', { id: ex.id }, facilitator)).revision).toBe(3);
  });
});

describe('writes that would not read back', () => {
  function service() {
    const db = openDatabase(path.join(tempDir(), 'lib.sqlite'));
    const library = createLibraryService({ db, clock: fakeClock(), logger: createRecordingLogger() });
    return { db, library, list: () => library.list(libraryListInput.parse({})) };
  }

  it.each([
    ['an unknown hazard', { hazard: 'volcano' }],
    ['a timestamp that is not one', { updatedAt: 'yesterday' }],
    ['an id that is not a uuid', { id: 'not-a-uuid' }],
  ])('refuses %s before anything is written', (_name, bad) => {
    const { db, library, list } = service();
    const ex = { ...sampleExercise({ attachments: [] }), ...bad } as Exercise;
    expect(() => db.transaction(() => library.importExercise(ex, 'keep'))()).toThrow(
      expect.objectContaining({ code: 'invalid_input', messageKey: 'errors.exerciseInvalid' }) as DomainError,
    );
    expect(list()).toEqual({ items: [], total: 0, damaged: [] });
    expect(db.prepare('SELECT count(*) AS n FROM exercise_docs').get()).toEqual({ n: 0 });
    db.close();
  });

  it('refuses a change that would count the revision past LIMITS.revisionMax, and keeps the stored one', () => {
    const { db, library, list } = service();
    const created = library.create({ title: 'x' });
    db.prepare(`UPDATE exercises SET revision = ? WHERE id = ?`).run(LIMITS.revisionMax, created.id);
    db.prepare(`UPDATE exercise_docs SET doc = json_set(doc, '$.revision', ?) WHERE exercise_id = ?`).run(
      LIMITS.revisionMax,
      created.id,
    );
    expect(() => library.setArchived(created.id, true)).toThrow(
      expect.objectContaining({ code: 'too_large', messageKey: 'errors.revisionLimit' }) as DomainError,
    );
    expect(library.get(created.id)).toMatchObject({ archivedAt: null, revision: LIMITS.revisionMax });
    expect(list()).toMatchObject({ items: [{ id: created.id, revision: LIMITS.revisionMax }], damaged: [] });
    db.close();
  });

  it('refuses an exercise whose text passes LIMITS.exerciseDocBytesMax, naming the limit', async () => {
    const library = core();
    const ex = value<Exercise>(await library.dispatch('library.create', { title: 'Dài' }, facilitator));
    // Each inject body within its own limit; together past the document's.
    const body = 'Tình huống '.repeat(18_000).slice(0, 199_000);
    const injects = Array.from({ length: 160 }, (_, k) => ({
      id: `i${k}`,
      number: `${k + 1}`,
      offsetSec: 0,
      channel: 'phone',
      audience: 'all',
      title: 'T',
      body,
    }));
    const refused = await library.dispatch(
      'library.update',
      { id: ex.id, baseRevision: 1, content: { title: 'Dài', injects } },
      facilitator,
    );
    expect(refused).toMatchObject({
      ok: false,
      error: {
        code: 'too_large',
        messageKey: 'errors.exerciseTooLarge',
        details: { maxMiB: LIMITS.exerciseDocBytesMax / MIB },
      },
    });
    expect(value<Exercise>(await library.dispatch('library.get', { id: ex.id }, facilitator))).toMatchObject({
      revision: 1,
      injects: [],
    });
  });
});

describe('the attachment total of one exercise', () => {
  /** Metadata of `count` distinct attachments of `size` bytes (the library checks sizes, not bytes). */
  const metas = (count: number, size: number, from = 0) =>
    Array.from({ length: count }, (_, k) => ({
      id: (from + k).toString(16).padStart(64, 'c'),
      name: `f${k}`,
      mime: 'application/octet-stream',
      size,
    }));

  it('a save past LIMITS.exerciseAttachmentBytesMax is refused, naming the limit; at the limit it saves', async () => {
    const library = core();
    const ex = value<Exercise>(await library.dispatch('library.create', { title: 'Ảnh' }, facilitator));
    const atLimit = metas(8, LIMITS.exerciseAttachmentBytesMax / 8);
    const over = [...atLimit, ...metas(1, 1, 8)];
    const refused = await library.dispatch(
      'library.update',
      { id: ex.id, baseRevision: 1, content: { title: 'Ảnh', attachments: over } },
      facilitator,
    );
    expect(refused).toMatchObject({
      ok: false,
      error: {
        code: 'too_large',
        messageKey: 'errors.exerciseAttachmentsTooLarge',
        details: { maxMiB: 200, totalMiB: 201 },
      },
    });
    const saved = value<Exercise>(
      await library.dispatch(
        'library.update',
        { id: ex.id, baseRevision: 1, content: { title: 'Ảnh', attachments: atLimit } },
        facilitator,
      ),
    );
    expect(saved.revision).toBe(2);
  });

  it('attachments.put for an exercise refuses bytes that would pass the total; bytes it already has are free', async () => {
    const library = core();
    const bytes = Buffer.from('Sơ đồ hiện trường');
    const put = (exerciseId?: string) =>
      library.dispatch(
        'attachments.put',
        { name: 'so-do.txt', mime: 'text/plain', base64: bytes.toString('base64'), exerciseId },
        facilitator,
      );
    const meta = value<{ id: string; size: number }>(await put());
    const ex = value<Exercise>(await library.dispatch('library.create', { title: 'Đầy' }, facilitator));
    const full = metas(8, LIMITS.exerciseAttachmentBytesMax / 8);
    value(
      await library.dispatch(
        'library.update',
        { id: ex.id, baseRevision: 1, content: { title: 'Đầy', attachments: full } },
        facilitator,
      ),
    );
    expect(await put(ex.id)).toMatchObject({
      ok: false,
      error: { code: 'too_large', messageKey: 'errors.exerciseAttachmentsTooLarge', details: { maxMiB: 200 } },
    });

    // Make room by exactly this file, and list it: putting it again costs nothing more.
    const withIt = [
      ...metas(7, LIMITS.exerciseAttachmentBytesMax / 8),
      ...metas(1, LIMITS.exerciseAttachmentBytesMax / 8 - meta.size, 7),
      { ...meta, name: 'so-do.txt', mime: 'text/plain' },
    ];
    value(
      await library.dispatch(
        'library.update',
        { id: ex.id, baseRevision: 2, content: { title: 'Đầy', attachments: withIt } },
        facilitator,
      ),
    );
    expect(value(await put(ex.id))).toMatchObject({ id: meta.id });
  });
});
