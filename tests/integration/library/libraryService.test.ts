import Database from 'better-sqlite3';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../../electron/db/open';
import { createRecordingLogger } from '../../../electron/host/ports';
import { createLibraryService, type ListQuery } from '../../../electron/services/library/libraryService';
import { libraryListInput } from '../../../shared/api/contract';
import { DomainError } from '../../../shared/api/errors';
import { fakeClock, tempDir } from '../../support/temp';

let dbs: Db[] = [];
afterEach(() => {
  for (const db of dbs) db.close();
  dbs = [];
});

function setup() {
  const file = path.join(tempDir(), 'lib.sqlite');
  const db = openDatabase(file);
  dbs.push(db);
  const clock = fakeClock();
  const library = createLibraryService({ db, clock, logger: createRecordingLogger() });
  const list = (q: Partial<ListQuery> = {}) => library.list(libraryListInput.parse(q));
  return { library, clock, file, db, list };
}

const team = { id: 'police', name: 'Công an tỉnh', colour: '#1a5fb4' };
const inject = {
  id: 'i1',
  number: '1',
  offsetSec: 600,
  channel: 'phone' as const,
  recipientTeamIds: ['police'],
  title: 'Phát hiện đối tượng khả nghi',
  body: 'Bảo vệ báo có người mang vật nghi là thuốc nổ',
};

describe('library service', () => {
  it('creates with id, timestamps and revision 1, and reads it back whole', () => {
    const { library } = setup();
    const created = library.create({ title: 'Diễn tập khủng bố', teams: [team], injects: [inject] });
    expect(created).toMatchObject({ revision: 1, createdAt: '2026-11-26T08:00:00.000Z', archivedAt: null });
    expect(library.get(created.id)).toEqual(created);
  });

  it('survives closing and reopening the database', () => {
    const { library, file, db } = setup();
    const created = library.create({ title: 'Persisted' });
    db.close();
    dbs = [];
    const again = openDatabase(file);
    dbs.push(again);
    const reopened = createLibraryService({ db: again, clock: fakeClock(), logger: createRecordingLogger() });
    expect(reopened.get(created.id).title).toBe('Persisted');
  });

  it('refuses an update from a stale revision and keeps the newer one', () => {
    const { library, clock } = setup();
    const v1 = library.create({ title: 'A' });
    clock.advance(1000);
    const v2 = library.update(v1.id, 1, { title: 'B' });
    expect(v2).toMatchObject({
      revision: 2,
      title: 'B',
      updatedAt: '2026-11-26T08:00:01.000Z',
      createdAt: v1.createdAt,
    });
    expect(() => library.update(v1.id, 1, { title: 'C' })).toThrow(DomainError);
    expect(library.get(v1.id).title).toBe('B');
  });

  it('lists newest first by default, by title on request, and filters', () => {
    const { library, clock, list } = setup();
    library.create({ title: 'Bravo', hazard: 'fire_rescue', language: 'vi', tags: ['PCCC'] });
    clock.advance(1000);
    library.create({ title: 'alpha', hazard: 'epidemic', kind: 'functional', language: 'zh-Hant' });
    expect(list().items.map((i) => i.title)).toEqual(['alpha', 'Bravo']);
    expect(list({ sort: 'title_asc' }).items.map((i) => i.title)).toEqual(['alpha', 'Bravo']);
    expect(list({ hazard: 'fire_rescue' }).items.map((i) => i.title)).toEqual(['Bravo']);
    expect(list({ kind: 'functional' }).items.map((i) => i.title)).toEqual(['alpha']);
    expect(list({ language: 'vi' }).items.map((i) => i.title)).toEqual(['Bravo']);
    expect(list({ tag: 'PCCC' }).items.map((i) => i.title)).toEqual(['Bravo']);
    expect(list({ tag: 'none' }).total).toBe(0);
  });

  it('pages through every exercise: each once, in order, with the whole count on every page', () => {
    const { library, clock, list } = setup();
    const titles: string[] = [];
    for (let n = 0; n < 23; n++) {
      titles.push(`Drill ${String(n).padStart(2, '0')}`);
      library.create({ title: titles[n]!, hazard: n % 2 ? 'fire_rescue' : 'epidemic' });
      clock.advance(1000);
    }
    const pages = [0, 10, 20].map((offset) => list({ sort: 'title_asc', limit: 10, offset }));
    expect(pages.map((p) => p.items.length)).toEqual([10, 10, 3]);
    expect(pages.map((p) => p.total)).toEqual([23, 23, 23]);
    expect(pages.flatMap((p) => p.items.map((i) => i.title))).toEqual(titles);
    // Newest first, filtered: the offset applies after the filter.
    const fires = titles.filter((_, n) => n % 2);
    expect(list({ hazard: 'fire_rescue', limit: 5, offset: 5 }).items.map((i) => i.title)).toEqual(
      [...fires].reverse().slice(5, 10),
    );
    expect(list({ offset: 23 })).toMatchObject({ items: [], total: 23 });
    expect(() => libraryListInput.parse({ offset: -1 })).toThrow();
  });

  it('sorts titles as Vietnamese readers look for them: Đ with D, Ứ with U', () => {
    const { library, list } = setup();
    for (const title of ['Zulu', 'Ứng phó sự cố tràn dầu', 'Đánh giá sau diễn tập', 'Bravo', 'alpha', 'Echo']) {
      library.create({ title });
    }
    expect(list({ sort: 'title_asc' }).items.map((i) => i.title)).toEqual([
      'alpha',
      'Bravo',
      'Đánh giá sau diễn tập',
      'Echo',
      'Ứng phó sự cố tràn dầu',
      'Zulu',
    ]);
  });

  it('searches folded text: no diacritics, đ as d, either Chinese script, inject text', () => {
    const { library, list } = setup();
    library.create({ title: 'Diễn tập xử lý ban đầu tình huống khủng bố', teams: [team], injects: [inject] });
    library.create({ title: '口岸應急演練', description: '海關、邊檢站與消防救援' });
    library.create({ title: 'High-rise fire evacuation' });
    const titles = (query: string) =>
      list({ query })
        .items.map((i) => i.title)
        .sort();
    expect(titles('dien tap')).toEqual(['Diễn tập xử lý ban đầu tình huống khủng bố']);
    expect(titles('ban dau')).toEqual(['Diễn tập xử lý ban đầu tình huống khủng bố']);
    expect(titles('thuoc no')).toEqual(['Diễn tập xử lý ban đầu tình huống khủng bố']);
    expect(titles('演练')).toEqual(['口岸應急演練']);
    expect(titles('海关')).toEqual(['口岸應急演練']);
    expect(titles('evac')).toEqual(['High-rise fire evacuation']);
    expect(titles('"*(')).toEqual([]);
  });

  it('search follows edits: the old text is gone, the new is found', () => {
    const { library, list } = setup();
    const ex = library.create({ title: 'Cháy chung cư' });
    library.update(ex.id, 1, { title: 'Rò rỉ hóa chất' });
    expect(list({ query: 'chay' }).total).toBe(0);
    expect(list({ query: 'ro ri hoa chat' }).total).toBe(1);
  });

  it('archives out of the main list and back', () => {
    const { library, list } = setup();
    const ex = library.create({ title: 'Old drill' });
    library.setArchived(ex.id, true);
    expect(list().total).toBe(0);
    expect(list({ archived: true }).items.map((i) => i.id)).toEqual([ex.id]);
    library.setArchived(ex.id, false);
    expect(list().total).toBe(1);
  });

  it('deletes with undo, then purges for good', () => {
    const { library, list, clock, file } = setup();
    const ex = library.create({ title: 'Xóa tôi' });
    library.remove(ex.id);
    expect(list().total).toBe(0);
    expect(() => library.get(ex.id)).toThrow(DomainError);
    library.restore(ex.id);
    expect(list().total).toBe(1);
    library.remove(ex.id);
    clock.advance(60_000);
    expect(library.purgeDeleted(clock.now())).toBe(1);
    expect(() => library.restore(ex.id)).toThrow(DomainError);
    const raw = new Database(file, { readonly: true });
    expect(raw.prepare('SELECT count(*) FROM exercise_search').pluck().get()).toBe(0);
    expect(raw.prepare('SELECT count(*) FROM exercise_docs').pluck().get()).toBe(0);
    raw.close();
  });

  it('duplicates as a new exercise with its own id', () => {
    const { library, list } = setup();
    const ex = library.create({ title: 'Gốc', teams: [team], injects: [inject] });
    const copy = library.duplicate(ex.id, 'Gốc (bản sao)');
    expect(copy.id).not.toBe(ex.id);
    expect(copy.injects).toEqual(ex.injects);
    expect(list().total).toBe(2);
  });
});
