import { describe, expect, it } from 'vitest';
import { libraryListInput } from '../../../shared/api/contract';
import {
  clampPage,
  LIBRARY_PAGE_SIZE,
  pageCount,
  pageQuery,
  pageRange,
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
