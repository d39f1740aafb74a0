// Which rows of a long table to put in the page: those in view and a margin around
// them. A 1,000-inject MSEL then costs the page some 50 rows, not 1,000, on opening
// and on every keystroke. Short tables are shown whole.

/** Up to this many rows, every row is rendered (find-in-page and tabbing reach them all). */
export const WINDOW_FROM_ROWS = 150;

export type RowWindow = { start: number; end: number };

/**
 * Rows [start, end) to render for a scroller showing `viewportPx` from `scrollTopPx`,
 * with rows of `rowPx`, plus `overscan` rows each side.
 */
export function rowWindow(
  count: number,
  scrollTopPx: number,
  viewportPx: number,
  rowPx: number,
  overscan = 15,
): RowWindow {
  if (count <= WINDOW_FROM_ROWS || rowPx <= 0) return { start: 0, end: count };
  const first = Math.floor(Math.max(0, scrollTopPx) / rowPx);
  const visible = Math.ceil(Math.max(viewportPx, rowPx) / rowPx) + 1;
  const start = Math.max(0, Math.min(first - overscan, count - visible - overscan));
  return { start, end: Math.min(count, first + visible + overscan) };
}

/** The scroll position that brings row `index` into view, or null when it is in view already. */
export function scrollToRow(
  index: number,
  scrollTopPx: number,
  viewportPx: number,
  rowPx: number,
  headerPx = 0,
): number | null {
  const top = index * rowPx;
  const bottom = top + rowPx;
  if (top < scrollTopPx) return top;
  if (bottom > scrollTopPx + viewportPx - headerPx) return bottom - viewportPx + headerPx;
  return null;
}
