import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { libraryListInput } from '../../../shared/api/contract';
import {
  clampPage,
  LIBRARY_PAGE_SIZE,
  pageCount,
  pageQuery,
  pageRange,
  cardsOnFirstScreen,
  LIBRARY_LAYOUT,
} from '../../../renderer/screens/library/paging';

describe('library paging', () => {
  it('makes enough pages for every exercise, and one page for none', () => {
    expect(pageCount(0, 50)).toBe(1);
    expect(pageCount(50, 50)).toBe(1);
    expect(pageCount(51, 50)).toBe(2);
    expect(pageCount(2_500, 50)).toBe(50);
    expect(pageCount(10_000, 48)).toBe(209);
  });

  it('keeps the page within the pages that exist', () => {
    expect(clampPage(-3, 100, 50)).toBe(0);
    expect(clampPage(1, 100, 50)).toBe(1);
    // The last exercise of the last page was deleted: show the page before.
    expect(clampPage(2, 100, 50)).toBe(1);
    expect(clampPage(7, 0, 50)).toBe(0);
    expect(clampPage(Number.NaN, 100, 50)).toBe(0);
  });

  it('names the rows of a page from 1, the last page short', () => {
    expect(pageRange(0, 2_500, 50)).toEqual({ from: 1, to: 50 });
    expect(pageRange(49, 2_500, 50)).toEqual({ from: 2_451, to: 2_500 });
    expect(pageRange(2, 120, 50)).toEqual({ from: 101, to: 120 });
    expect(pageRange(0, 0, 50)).toEqual({ from: 0, to: 0 });
  });

  it('asks the host for exactly the rows of the page, within the contract', () => {
    expect(pageQuery(0, 50)).toEqual({ limit: 50, offset: 0 });
    expect(pageQuery(49, 50)).toEqual({ limit: 50, offset: 2_450 });
    // The default page size is one the contract accepts.
    expect(() => libraryListInput.parse(pageQuery(3))).not.toThrow();
    expect(libraryListInput.parse(pageQuery(3))).toMatchObject({
      limit: LIBRARY_PAGE_SIZE,
      offset: 3 * LIBRARY_PAGE_SIZE,
    });
  });
});

describe('cardsOnFirstScreen', () => {
  it('counts the columns the list can have and the rows the window can show', () => {
    // 1280 px wide: main is 1100 (1060 inside), 3 columns of at least 280 with 12 between.
    expect(cardsOnFirstScreen(1280, 800)).toBe(3 * 5);
    expect(cardsOnFirstScreen(1100, 800)).toBe(3 * 5);
    // A phone: one column.
    expect(cardsOnFirstScreen(360, 740)).toBe(1 * 5);
    // A window narrower than one card still shows one column, and a short one a row.
    expect(cardsOnFirstScreen(200, 50)).toBe(1);
  });

  it('never counts fewer than a window can show: more columns or rows only add', () => {
    expect(cardsOnFirstScreen(2560, 1440)).toBe(3 * 9);
    expect(cardsOnFirstScreen(800, 800)).toBe(2 * 5);
  });

  it('reckons with the layout styles.css sets', () => {
    const css = fs.readFileSync(path.resolve(__dirname, '../../../renderer/styles.css'), 'utf8');
    const rule = (selector: string) => new RegExp(`(^|\\n)${selector} \\{([^}]*)\\}`).exec(css)?.[2] ?? '';
    expect(rule('main')).toContain(`max-width: ${LIBRARY_LAYOUT.mainMaxWidth}px;`);
    expect(rule('main')).toContain(`padding: ${LIBRARY_LAYOUT.mainPadding / 16}rem;`);
    expect(rule('\\.exercise-list')).toContain(`minmax(${LIBRARY_LAYOUT.cardMinWidth}px, 1fr)`);
    expect(rule('\\.exercise-list')).toContain(`gap: ${LIBRARY_LAYOUT.cardGap / 16}rem;`);
  });
});
