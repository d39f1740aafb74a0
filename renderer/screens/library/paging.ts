// Which slice of the library the screen shows. The host counts and pages (library.list
// with limit and offset), so a library of 10,000 exercises costs the page one page of
// cards, and every exercise is reachable by paging.

/** Cards on one page: enough to scroll through, few enough to render at once. */
export const LIBRARY_PAGE_SIZE = 48;

/** How many pages `total` rows make; an empty list still has its one (empty) page. */
export function pageCount(total: number, pageSize = LIBRARY_PAGE_SIZE): number {
  return Math.max(1, Math.ceil(Math.max(0, total) / pageSize));
}

/** A page index (from 0) kept within the pages that exist, e.g. after deletions shrank the list. */
export function clampPage(page: number, total: number, pageSize = LIBRARY_PAGE_SIZE): number {
  if (!Number.isFinite(page)) return 0;
  return Math.min(Math.max(0, Math.trunc(page)), pageCount(total, pageSize) - 1);
}

/** The rows a page shows, counted from 1 for people ("49–96"); `to` is 0 when there are none. */
export function pageRange(page: number, total: number, pageSize = LIBRARY_PAGE_SIZE): { from: number; to: number } {
  const first = clampPage(page, total, pageSize) * pageSize;
  const to = Math.min(total, first + pageSize);
  return { from: to === 0 ? 0 : first + 1, to };
}

/** `library.list`'s limit and offset for a page. */
export function pageQuery(page: number, pageSize = LIBRARY_PAGE_SIZE): { limit: number; offset: number } {
  return { limit: pageSize, offset: Math.max(0, Math.trunc(page)) * pageSize };
}
