import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { buildMatchQuery, foldForCompare, foldForIndex } from '../../../shared/search/fold';

/** The tokens unicode61 will see: the fold splits on white space only. */
const tokens = (text: string) => foldForIndex(text).trim().split(/\s+/u);

describe('foldForIndex', () => {
  it('drops case and Vietnamese diacritics', () => {
    expect(foldForIndex('Diễn tập xử lý ban đầu')).toBe('dien tap xu ly ban dau');
    expect(foldForIndex('KHỦNG BỐ')).toBe('khung bo');
  });

  it('folds đ and Đ to d, which unicode61 does not', () => {
    expect(foldForIndex('Đội đặc nhiệm')).toBe('doi dac nhiem');
    expect(foldForIndex('ĐÀ NẴNG')).toBe('da nang');
    // Ð (U+00D0, eth) stands in for Đ in text converted from legacy encodings.
    expect(foldForIndex('\u00d0à Nẵng')).toBe('da nang');
  });

  it('gives the same text for NFC, NFD and Windows-1258-style input', () => {
    const nfc = 'Phối hợp liên ngành'.normalize('NFC');
    const nfd = nfc.normalize('NFD');
    // Windows-1258: base letters with circumflex/horn precomposed, tone marks combining.
    const cp1258 = 'Ph\u00f4\u0301i h\u01a1\u0323p li\u00ean ng\u00e0nh';
    expect(nfd).not.toBe(nfc);
    expect(cp1258).not.toBe(nfc);
    expect(foldForIndex(nfd)).toBe('phoi hop lien nganh');
    expect(foldForIndex(cp1258)).toBe('phoi hop lien nganh');
    expect(foldForIndex(nfc)).toBe('phoi hop lien nganh');
  });

  it('turns Traditional Chinese into Simplified, one character per token', () => {
    expect(tokens('口岸應急演練')).toEqual(['口', '岸', '应', '急', '演', '练']);
    expect(tokens('口岸应急演练')).toEqual(['口', '岸', '应', '急', '演', '练']);
    // Hong Kong and Taiwan variants both meet the Simplified form.
    expect(tokens('衞生')).toEqual(tokens('衛生'));
    expect(tokens('著火')).toEqual(tokens('着火'));
  });

  it('separates Chinese from Latin words written against it', () => {
    expect(tokens('PCCC演練cháy')).toEqual(['pccc', '演', '练', 'chay']);
  });

  it('reads fullwidth Latin letters and digits as plain ones', () => {
    expect(foldForIndex('ＰＣＣＣ １１４')).toBe('pccc 114');
  });
});

describe('foldForCompare', () => {
  it('matches spellings of one team name', () => {
    expect(foldForCompare('  Đội  PCCC\tQuận 1 ')).toBe('doi pccc quan 1');
    expect(foldForCompare('Doi pccc quan 1')).toBe('doi pccc quan 1');
    expect(foldForCompare('邊檢站')).toBe('边检站');
    expect(foldForCompare('边检站')).toBe('边检站');
    expect(foldForCompare('海關 Customs')).toBe('海关 customs');
  });
});

describe('buildMatchQuery', () => {
  it('quotes every word as a prefix and ANDs them', () => {
    expect(buildMatchQuery('evac')).toBe('"evac"*');
    expect(buildMatchQuery('Diễn  TẬP')).toBe('"dien"* "tap"*');
  });

  it('turns a Chinese run into a phrase of single characters', () => {
    expect(buildMatchQuery('演練')).toBe('"演 练"');
    expect(buildMatchQuery('PCCC 演练 cháy')).toBe('"pccc"* "演 练" "chay"*');
  });

  it('keeps operators and symbols out of the expression', () => {
    expect(buildMatchQuery('NEAR(fire, smoke) OR "evac*" ^title:x')).toBe(
      '"near"* "fire"* "smoke"* "or"* "evac"* "title"* "x"*',
    );
    expect(buildMatchQuery('a AND NOT b')).toBe('"a"* "and"* "not"* "b"*');
  });

  it('is null when nothing can be searched', () => {
    expect(buildMatchQuery('')).toBeNull();
    expect(buildMatchQuery('   ')).toBeNull();
    expect(buildMatchQuery('"*():^ ,.!？—')).toBeNull();
  });
});

describe('FTS5 search over folded text', () => {
  // Rows as the library would write them: folded title and body.
  const ROWS: Record<string, { title: string; body: string }> = {
    terror: {
      title: 'Diễn tập xử lý ban đầu tình huống khủng bố',
      body: 'Đội đặc nhiệm tiếp cận hiện trường, tổ chức sơ tán người dân.',
    },
    market: {
      title: 'Diễn tập PCCC & CNCH tại chợ Đồng Xuân'.normalize('NFD'),
      body: 'Cháy lan nhanh từ khu hàng vải; chữa cháy và cứu nạn.',
    },
    border: {
      title: 'Ph\u00f4\u0301i h\u01a1\u0323p li\u00ean ng\u00e0nh t\u1ea1i c\u01b0\u0309a kh\u00e2\u0309u', // Windows-1258 style
      body: 'Dong Hoi, Quang Binh: kiểm dịch y tế.',
    },
    portHant: { title: '口岸應急演練', body: '邊檢站發現可疑包裹，啟動應急預案。' },
    portHans: { title: '口岸应急演练', body: '海关查验发现疑似危险品。' },
    highRiseHans: { title: '高层建筑消防救援桌面推演', body: '十五楼起火，疏散被困人员。' },
    highRiseEn: {
      title: 'High-rise fire evacuation',
      body: 'Evacuate floors 10 to 20; meet NEAR the stairwell OR the lift lobby.',
    },
    mixed: { title: 'PCCC 演练 cháy ký túc xá', body: 'Trường Đại học Bách khoa' },
  };

  let db: Database.Database;
  let search: (query: string) => string[];

  beforeAll(() => {
    db = new Database(':memory:');
    db.exec("CREATE VIRTUAL TABLE t USING fts5(title, body, tokenize = 'unicode61 remove_diacritics 2')");
    const insert = db.prepare('INSERT INTO t (rowid, title, body) VALUES (?, ?, ?)');
    const keys = Object.keys(ROWS);
    Object.values(ROWS).forEach((row, i) => insert.run(i + 1, foldForIndex(row.title), foldForIndex(row.body)));
    const select = db.prepare<[string], { rowid: number }>('SELECT rowid FROM t WHERE t MATCH ?');
    search = (query) => {
      const match = buildMatchQuery(query);
      if (match === null) throw new Error(`nothing to search in ${JSON.stringify(query)}`);
      return select
        .all(match)
        .map((r) => keys[r.rowid - 1] ?? `?${r.rowid}`)
        .sort();
    };
  });
  afterAll(() => db.close());

  it('finds Vietnamese with or without diacritics, in any case', () => {
    expect(search('dien tap')).toEqual(['market', 'terror']);
    expect(search('DIỄN TẬP')).toEqual(['market', 'terror']);
    expect(search('Diễn tập'.normalize('NFD'))).toEqual(['market', 'terror']);
    expect(search('khung bo')).toEqual(['terror']);
  });

  it('matches đ and d both ways', () => {
    expect(search('doi dac nhiem')).toEqual(['terror']);
    expect(search('Đội')).toEqual(['terror']);
    expect(search('dong')).toEqual(['border', 'market']); // "Đồng Xuân" and "Dong Hoi"
    expect(search('Đồng Xuân')).toEqual(['market']);
    expect(search('đại học')).toEqual(['mixed']);
  });

  it('finds Windows-1258-style text from an NFC query, and the reverse', () => {
    expect(search('phối hợp')).toEqual(['border']);
    expect(search('cua khau')).toEqual(['border']);
    expect(search('Ph\u00f4\u0301i')).toEqual(['border']);
  });

  it('finds Traditional with Simplified and Simplified with Traditional', () => {
    expect(search('演练')).toEqual(['mixed', 'portHans', 'portHant']);
    expect(search('演練')).toEqual(['mixed', 'portHans', 'portHant']);
    expect(search('应急')).toEqual(['portHans', 'portHant']);
    expect(search('應急預案')).toEqual(['portHant']);
    expect(search('边检站')).toEqual(['portHant']);
  });

  it('matches Chinese as a substring of adjacent characters', () => {
    expect(search('急演')).toEqual(['portHans', 'portHant']); // straddles two words
    expect(search('口演')).toEqual([]); // both characters are there, but not side by side
    expect(search('消')).toEqual(['highRiseHans']);
    expect(search('练')).toEqual(['mixed', 'portHans', 'portHant']);
  });

  it('matches Latin words as prefixes, ANDed', () => {
    expect(search('evac')).toEqual(['highRiseEn']);
    expect(search('high rise')).toEqual(['highRiseEn']);
    expect(search('fire khung')).toEqual([]);
  });

  it('handles mixed-script queries', () => {
    expect(search('PCCC 演练 cháy')).toEqual(['mixed']);
    expect(search('pccc')).toEqual(['market', 'mixed']);
  });

  it('treats operators and symbols typed by the user as plain words, never a syntax error', () => {
    expect(search('"fire" * NEAR( OR evac:')).toEqual(['highRiseEn']); // body has "near" and "or"
    expect(search('fire OR khung')).toEqual([]); // AND, not OR
    expect(search('title:evac')).toEqual([]); // not a column filter: no word "title"
    for (const q of ['NEAR(', 'AND', 'NOT fire', '"', '(((', 'a"b', "c'est", '-fire', '+', 'x^y', '{title}: fire']) {
      const match = buildMatchQuery(q);
      if (match !== null) expect(() => db.prepare('SELECT rowid FROM t WHERE t MATCH ?').all(match)).not.toThrow();
    }
  });

  it('has nothing to search in an empty or punctuation-only query', () => {
    expect(buildMatchQuery('')).toBeNull();
    expect(buildMatchQuery('*"(): ^')).toBeNull();
    expect(buildMatchQuery('，。！？')).toBeNull();
  });
});
