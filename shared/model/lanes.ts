// Stacking for the timeline: injects closer in time than a chip is wide go on rows
// one under another within their team's lane, so none hides another.

/**
 * The row of each inject (in the order given) and how many rows there are: each row
 * holds injects at least `minGapSec` apart, the earliest inject taking the first row
 * with room. Equal times always stack.
 */
export function assignLanes(
  injects: readonly { offsetSec: number }[],
  minGapSec: number,
): { rows: number[]; count: number } {
  const order = injects.map((_, k) => k).sort((a, b) => injects[a]!.offsetSec - injects[b]!.offsetSec || a - b);
  const rows = new Array<number>(injects.length).fill(0);
  /** The time of the last inject placed on each row. */
  const lastOnRow: number[] = [];
  for (const k of order) {
    const at = injects[k]!.offsetSec;
    let row = lastOnRow.findIndex((last) => at - last >= minGapSec && at !== last);
    if (row < 0) row = lastOnRow.push(at) - 1;
    else lastOnRow[row] = at;
    rows[k] = row;
  }
  return { rows, count: Math.max(1, lastOnRow.length) };
}

/** Timeline zoom steps: how many times wider than the window the time axis is drawn. */
export const ZOOM_STEPS = [1, 1.5, 2, 3, 4, 6, 8, 12, 16, 24, 32] as const;

/** The step `by` steps away from `zoom` (clamped to the ends). */
export function stepZoom(zoom: number, by: number): number {
  const here = ZOOM_STEPS.findIndex((z) => z >= zoom);
  const index = Math.min(ZOOM_STEPS.length - 1, Math.max(0, (here < 0 ? ZOOM_STEPS.length - 1 : here) + by));
  return ZOOM_STEPS[index]!;
}
