import { describe, expect, it } from 'vitest';
import { rowWindow, scrollToRow, WINDOW_FROM_ROWS } from '../../../renderer/screens/editor/rowWindow';

describe('rowWindow (the MSEL rows put in the page)', () => {
  it('renders a short table whole', () => {
    expect(rowWindow(WINDOW_FROM_ROWS, 5_000, 400, 30)).toEqual({ start: 0, end: WINDOW_FROM_ROWS });
  });

  it('renders the rows in view and a margin, wherever the scroller is', () => {
    // 1,000 rows of 30 px, 600 px in view: rows 0–20 at the top.
    expect(rowWindow(1000, 0, 600, 30, 10)).toEqual({ start: 0, end: 31 });
    // Scrolled to row 500: rows 490–531.
    expect(rowWindow(1000, 500 * 30, 600, 30, 10)).toEqual({ start: 490, end: 531 });
    // At the very end the window stays full rather than shrinking.
    const end = rowWindow(1000, 1000 * 30, 600, 30, 10);
    expect(end.end).toBe(1000);
    expect(end.end - end.start).toBe(31);
  });

  it('scrolls a row into view only when it is out of view', () => {
    expect(scrollToRow(10, 0, 600, 30)).toBeNull();
    expect(scrollToRow(100, 0, 600, 30)).toBe(101 * 30 - 600);
    expect(scrollToRow(3, 300, 600, 30)).toBe(90);
    // A sticky header hides the top of the scroller: a row just under it counts as hidden.
    expect(scrollToRow(19, 0, 600, 30, 40)).toBe(20 * 30 - 600 + 40);
  });
});
