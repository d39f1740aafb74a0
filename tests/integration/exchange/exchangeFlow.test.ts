// Export from one library, import into another, through the real dispatcher: what
// arrives is the same exercise, and a bad file changes nothing.
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import type { HostCore } from '../../../electron/host/core';
import type { Envelope } from '../../../shared/api/errors';
import { exerciseWithAttachmentsArb } from '../../support/arbitraries';
import { facilitator, testCore } from '../../support/core';

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

type Ex = { id: string; title: string; revision: number; attachments: { id: string }[] };

/** Puts an exercise with its attachments into a library as if it had been imported as-is. */
async function seed(target: HostCore, exercise: Ex & Record<string, unknown>, bytes: Map<string, Buffer>) {
  for (const [, b] of bytes)
    value(
      await target.dispatch(
        'attachments.put',
        { name: 'f', mime: 'application/octet-stream', base64: b.toString('base64') },
        facilitator,
      ),
    );
  const { id: _id, createdAt: _c, updatedAt: _u, revision: _r, archivedAt: _a, ...content } = exercise;
  return value<Ex>(await target.dispatch('library.create', content, facilitator));
}

describe('.drill export and import through the API', () => {
  it('round trip: export then import on a fresh library gives an identical exercise', async () => {
    await fc.assert(
      fc.asyncProperty(exerciseWithAttachmentsArb, async ({ exercise, attachments }) => {
        const source = core();
        const created = await seed(source, exercise as never, attachments);
        const original = value<Ex>(await source.dispatch('library.get', { id: created.id }, facilitator));
        const file = value<{ base64: string; fileName: string }>(
          await source.dispatch('exchange.export', { ids: [created.id] }, facilitator),
        );
        expect(file.fileName.endsWith('.drill')).toBe(true);

        const target = core();
        const preview = value<{ exercises: { id: string; exists: boolean }[] }>(
          await target.dispatch('exchange.preview', { base64: file.base64 }, facilitator),
        );
        expect(preview.exercises).toEqual([expect.objectContaining({ id: created.id, exists: false })]);
        value(await target.dispatch('exchange.import', { base64: file.base64, locale: 'en' }, facilitator));
        expect(value(await target.dispatch('library.get', { id: created.id }, facilitator))).toEqual(original);
        for (const a of original.attachments) {
          const got = value<{ base64: string }>(await target.dispatch('attachments.get', { id: a.id }, facilitator));
          expect(got.base64).toBe(attachments.get(a.id)!.toString('base64'));
        }
      }),
      { numRuns: 15 },
    );
  });

  it('an exercise already present needs a choice; copy, replace and skip each do what they say', async () => {
    const a = core();
    const ex = value<Ex>(await a.dispatch('library.create', { title: 'Cháy chung cư' }, facilitator));
    const file = value<{ base64: string }>(await a.dispatch('exchange.export', { ids: [ex.id] }, facilitator));

    const refused = await a.dispatch('exchange.import', { base64: file.base64, locale: 'vi' }, facilitator);
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict', messageKey: 'errors.importNeedsChoice' } });

    value(
      await a.dispatch(
        'exchange.import',
        { base64: file.base64, locale: 'vi', choices: { [ex.id]: 'copy' } },
        facilitator,
      ),
    );
    const titles = value<{ items: { title: string }[] }>(
      await a.dispatch('library.list', { sort: 'title_asc' }, facilitator),
    ).items.map((i) => i.title);
    expect(titles).toEqual(['Cháy chung cư', 'Cháy chung cư (bản sao)']);

    value(
      await a.dispatch(
        'library.update',
        { id: ex.id, baseRevision: 1, content: { title: 'Sửa tại chỗ' } },
        facilitator,
      ),
    );
    value(
      await a.dispatch(
        'exchange.import',
        { base64: file.base64, locale: 'vi', choices: { [ex.id]: 'skip' } },
        facilitator,
      ),
    );
    expect(value<Ex>(await a.dispatch('library.get', { id: ex.id }, facilitator)).title).toBe('Sửa tại chỗ');

    value(
      await a.dispatch(
        'exchange.import',
        { base64: file.base64, locale: 'vi', choices: { [ex.id]: 'replace' } },
        facilitator,
      ),
    );
    const replaced = value<Ex>(await a.dispatch('library.get', { id: ex.id }, facilitator));
    expect(replaced).toMatchObject({ title: 'Cháy chung cư', revision: 3 });
  });

  it('a broken file is refused with a translated reason and leaves the library untouched', async () => {
    const a = core();
    const ex = value<Ex>(await a.dispatch('library.create', { title: 'X' }, facilitator));
    const file = Buffer.from(
      value<{ base64: string }>(await a.dispatch('exchange.export', { ids: [ex.id] }, facilitator)).base64,
      'base64',
    );
    const b = core();
    for (const broken of [file.subarray(0, file.length - 30), Buffer.from('not a zip at all')]) {
      const result = await b.dispatch(
        'exchange.import',
        { base64: broken.toString('base64'), locale: 'en' },
        facilitator,
      );
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid_file' } });
      if (!result.ok) expect(result.error.messageKey).toMatch(/^drill\.errors\./);
    }
    expect(value<{ total: number }>(await b.dispatch('library.list', {}, facilitator)).total).toBe(0);
  });
});
