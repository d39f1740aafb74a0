// The bench checks each timed search against an in-memory oracle (tests/bench/
// searchOracle.ts). This proves the oracle agrees with the real library on every
// template, for queries that find some, all and none of them: otherwise a bench
// figure could be "checked" against a wrong count.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../../electron/db/open';
import { createRecordingLogger } from '../../../electron/host/ports';
import { createLibraryService } from '../../../electron/services/library/libraryService';
import { libraryListInput } from '../../../shared/api/contract';
import { exerciseContentSchema, type ExerciseContent } from '../../../shared/model/exercise';
import { cachedIndexedFields, indexedFields, shouldFind } from '../../bench/searchOracle';
import { RESOURCES } from '../../support/core';
import { fakeClock, tempDir } from '../../support/temp';

let db: Db | undefined;
afterEach(() => db?.close());

function allTemplates(): ExerciseContent[] {
  const dir = path.join(RESOURCES, 'templates');
  return fs
    .readdirSync(dir)
    .flatMap((key) =>
      fs
        .readdirSync(path.join(dir, key))
        .map((f) => exerciseContentSchema.parse(JSON.parse(fs.readFileSync(path.join(dir, key, f), 'utf8')))),
    );
}

describe('the bench search oracle', () => {
  it('finds exactly what the library finds, template by template', () => {
    db = openDatabase(path.join(tempDir(), 'lib.sqlite'));
    const library = createLibraryService({ db, clock: fakeClock(), logger: createRecordingLogger() });
    const templates = allTemplates();
    const ids = templates.map((t) => library.create(t).id);
    const queries = [
      'dien tap',
      'khung bo',
      '演练',
      '演練',
      '口岸 应急',
      'evacuation',
      'evac',
      'chay nha cao tang',
      'Diễn tập',
      'đ',
      '火灾',
      'xyzzyq',
      'cua khau dich',
    ];
    const sizes = new Set<number>();
    for (const query of queries) {
      const found = new Set(library.list(libraryListInput.parse({ query, limit: 500 })).items.map((e) => e.id));
      const expected = new Set(ids.filter((_, i) => shouldFind(query, indexedFields(templates[i]!))));
      expect(expected, query).toEqual(found);
      sizes.add(found.size);
    }
    // The bench's cache gives the same fields, renamed copies included.
    const cached = cachedIndexedFields();
    for (const t of [...templates, ...templates.map((t) => ({ ...t, title: `${t.title} #12` }))]) {
      expect(cached(t)).toEqual(indexedFields(t));
    }
    // The queries tell templates apart: some find none, some several, some not all.
    expect(sizes).toContain(0);
    expect([...sizes].some((n) => n > 1 && n < templates.length)).toBe(true);
  });
});
