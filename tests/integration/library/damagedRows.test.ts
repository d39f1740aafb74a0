// One bad row must never make the library unlistable. Rows are damaged the way a hand
// edit or an older build would leave them (written straight into SQLite while the host
// is closed), then the real host core is reopened and driven through its dispatcher:
// the rest lists, the damaged one is named, it can be moved to the bin, and all of it
// survives a restart.
import Database from 'better-sqlite3';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DATABASE_FILE, type HostCore } from '../../../electron/host/core';
import type { Envelope } from '../../../shared/api/errors';
import { LIMITS, type Exercise } from '../../../shared/model/exercise';
import { facilitator, testCore } from '../../support/core';
import { tempDir } from '../../support/temp';

let open: HostCore[] = [];
afterEach(() => {
  for (const core of open) core.close();
  open = [];
});

function start(dataDir: string) {
  const t = testCore(dataDir);
  open.push(t.core);
  return t;
}

function stop(core: HostCore) {
  core.close();
  open = open.filter((c) => c !== core);
}

function value<T>(envelope: Envelope<unknown>): T {
  if (!envelope.ok) throw new Error(`call failed: ${JSON.stringify(envelope.error)}`);
  return envelope.value as T;
}

type List = { items: { id: string; title: string }[]; total: number; damaged: { id: string; title: string }[] };

/** Writes straight into the library's SQLite file, as a hand edit would. */
function tamper(dataDir: string, sql: string, ...params: unknown[]) {
  const db = new Database(path.join(dataDir, DATABASE_FILE));
  try {
    db.prepare(sql).run(...params);
  } finally {
    db.close();
  }
}

async function seed(core: HostCore, titles: string[]): Promise<Exercise[]> {
  const made: Exercise[] = [];
  for (const title of titles) made.push(value<Exercise>(await core.dispatch('library.create', { title }, facilitator)));
  return made;
}

const list = async (core: HostCore) => value<List>(await core.dispatch('library.list', {}, facilitator));

describe('a damaged row in the library', () => {
  it.each([
    ['a revision of 2^53 in the summary', `UPDATE exercises SET revision = 9007199254740992 WHERE id = ?`],
    ['a revision of 2^53 − 1 in the summary', `UPDATE exercises SET revision = 9007199254740991 WHERE id = ?`],
    ['an unknown hazard in the summary', `UPDATE exercises SET hazard = 'volcano' WHERE id = ?`],
    ['tags that are not JSON', `UPDATE exercises SET tags = '[oops' WHERE id = ?`],
    ['a timestamp that is not one', `UPDATE exercises SET updated_at = 'yesterday' WHERE id = ?`],
  ])('%s: the rest lists, it is named, logged, and can be moved to the bin', async (_name, sql) => {
    const dataDir = tempDir();
    const first = start(dataDir);
    const [good, bad] = await seed(first.core, ['Diễn tập phòng cháy', 'Hỏng']);
    stop(first.core);
    tamper(dataDir, sql, bad!.id);

    const { core, logger } = start(dataDir);
    const listed = await list(core);
    expect(listed.items.map((i) => i.id)).toEqual([good!.id]);
    expect(listed.total).toBe(1);
    expect(listed.damaged).toEqual([{ id: bad!.id, title: 'Hỏng' }]);
    expect(logger.entries).toContainEqual(
      expect.objectContaining({ level: 'error', message: 'stored exercise summary is damaged' }),
    );

    value(await core.dispatch('library.delete', { id: bad!.id }, facilitator));
    expect(await list(core)).toMatchObject({ items: [{ id: good!.id }], damaged: [] });

    // After a restart too: the bin keeps it out, the good one is still there.
    stop(core);
    const again = start(dataDir);
    expect(await list(again.core)).toMatchObject({ items: [{ id: good!.id }], damaged: [] });
  });

  it('a document that no longer parses: listed from its summary, opening it says it is damaged', async () => {
    const dataDir = tempDir();
    const first = start(dataDir);
    const [good, bad] = await seed(first.core, ['Tốt', 'Tài liệu hỏng']);
    stop(first.core);
    tamper(dataDir, `UPDATE exercise_docs SET doc = '{"title": "Tài liệu h' WHERE exercise_id = ?`, bad!.id);

    const { core, logger } = start(dataDir);
    expect((await list(core)).items.map((i) => i.id).sort()).toEqual([good!.id, bad!.id].sort());
    const damaged = { ok: false, error: { code: 'invalid_file', messageKey: 'errors.exerciseDamaged' } };
    expect(await core.dispatch('library.get', { id: bad!.id }, facilitator)).toMatchObject({
      ...damaged,
      error: { ...damaged.error, details: { id: bad!.id, title: 'Tài liệu hỏng' } },
    });
    expect(logger.entries).toContainEqual(
      expect.objectContaining({ level: 'error', message: 'stored exercise is damaged' }),
    );
    // Writes that need the document refuse clearly and change nothing.
    for (const [method, input] of [
      ['library.update', { id: bad!.id, baseRevision: 1, content: { title: 'Sửa' } }],
      ['library.setArchived', { id: bad!.id, archived: true }],
      ['library.duplicate', { id: bad!.id, title: 'Bản sao' }],
      ['exchange.export', { ids: [bad!.id] }],
    ] as const) {
      expect(await core.dispatch(method, input, facilitator), method).toMatchObject(damaged);
    }
    expect((await list(core)).total).toBe(2);

    // Deleting never reads the document; restoring it is refused, and it stays in the bin.
    value(await core.dispatch('library.delete', { id: bad!.id }, facilitator));
    expect(await core.dispatch('library.restore', { id: bad!.id }, facilitator)).toMatchObject(damaged);
    expect((await list(core)).items.map((i) => i.id)).toEqual([good!.id]);
  });

  it('a document with an unknown hazard is damaged too; importing a good copy over it mends it', async () => {
    const dataDir = tempDir();
    const first = start(dataDir);
    const [ex] = await seed(first.core, ['Sẽ hỏng']);
    const file = value<{ base64: string }>(
      await first.core.dispatch('exchange.export', { ids: [ex!.id] }, facilitator),
    );
    stop(first.core);
    tamper(
      dataDir,
      `UPDATE exercise_docs SET doc = json_set(doc, '$.hazard', 'volcano') WHERE exercise_id = ?`,
      ex!.id,
    );
    tamper(dataDir, `UPDATE exercises SET revision = 9007199254740992 WHERE id = ?`, ex!.id);

    const { core } = start(dataDir);
    expect(await list(core)).toMatchObject({ items: [], damaged: [{ id: ex!.id }] });
    expect(await core.dispatch('library.get', { id: ex!.id }, facilitator)).toMatchObject({
      ok: false,
      error: { messageKey: 'errors.exerciseDamaged' },
    });

    value(
      await core.dispatch(
        'exchange.import',
        { base64: file.base64, locale: 'vi', choices: { [ex!.id]: 'replace' } },
        facilitator,
      ),
    );
    // The damaged revision was no base to count from: the mended exercise starts again.
    expect(value<Exercise>(await core.dispatch('library.get', { id: ex!.id }, facilitator))).toMatchObject({
      hazard: 'other',
      revision: 1,
    });
    expect(await list(core)).toMatchObject({ items: [{ id: ex!.id }], damaged: [] });
  });
});

describe('revisions at their limit', () => {
  it('a save that would pass LIMITS.revisionMax is refused before it commits; the exercise stays listable', async () => {
    const dataDir = tempDir();
    const first = start(dataDir);
    const [ex] = await seed(first.core, ['Đã lưu rất nhiều lần']);
    stop(first.core);
    tamper(dataDir, `UPDATE exercises SET revision = ? WHERE id = ?`, LIMITS.revisionMax, ex!.id);
    tamper(
      dataDir,
      `UPDATE exercise_docs SET doc = json_set(doc, '$.revision', ?) WHERE exercise_id = ?`,
      LIMITS.revisionMax,
      ex!.id,
    );

    const { core } = start(dataDir);
    const refused = await core.dispatch(
      'library.update',
      { id: ex!.id, baseRevision: LIMITS.revisionMax, content: { title: 'Thêm một lần' } },
      facilitator,
    );
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'too_large', messageKey: 'errors.revisionLimit', details: { max: LIMITS.revisionMax } },
    });
    const stored = value<Exercise>(await core.dispatch('library.get', { id: ex!.id }, facilitator));
    expect(stored).toMatchObject({ title: 'Đã lưu rất nhiều lần', revision: LIMITS.revisionMax });
    expect(await list(core)).toMatchObject({ items: [{ id: ex!.id, revision: LIMITS.revisionMax }], damaged: [] });
    // The way on: a duplicate starts counting again.
    const copy = value<Exercise>(
      await core.dispatch('library.duplicate', { id: ex!.id, title: 'Bản sao' }, facilitator),
    );
    expect(copy.revision).toBe(1);
  });
});
