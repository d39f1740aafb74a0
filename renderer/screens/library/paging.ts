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

/**
 * The library's layout as styles.css sets it (main's max-width and padding, the card grid's
 * column width and gap), and a card's least height: what cardsOnFirstScreen reckons with.
 * libraryPaging.test.ts checks the CSS numbers against styles.css.
 */
export const LIBRARY_LAYOUT = {
  mainMaxWidth: 1100,
  mainPadding: 20,
  cardMinWidth: 280,
  cardGap: 12,
  cardMinHeight: 160,
};

/**
 * At most how many cards a window of this size can show at once: the first render of a
 * page of 48 makes only these, the rest follow a frame later. Rounded up (a card's least
 * height, the widest the list can be), so a window never shows a gap where a card will be.
 */
export function cardsOnFirstScreen(width: number, height: number, layout = LIBRARY_LAYOUT): number {
  const listWidth = Math.min(width, layout.mainMaxWidth) - 2 * layout.mainPadding;
  const columns = Math.max(1, Math.floor((listWidth + layout.cardGap) / (layout.cardMinWidth + layout.cardGap)));
  const rows = Math.max(1, Math.ceil(height / layout.cardMinHeight));
  return columns * rows;
}

/**
 * How many cards the host renders into a staff link's page (renderer/prerender.tsx),
 * without knowing the window: what a large desktop window shows at once. Half a page less
 * to parse, lay out and paint before the first screen; the rest come with React's first render.
 */
export const PRERENDERED_CARDS = cardsOnFirstScreen(1920, 1200);
