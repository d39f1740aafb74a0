import { describe, expect, it } from 'vitest';
import { assignLanes, stepZoom, ZOOM_STEPS } from '../../../shared/model/lanes';

const at = (...minutes: number[]) => minutes.map((m) => ({ offsetSec: m * 60 }));

describe('assignLanes (timeline stacking)', () => {
  it('keeps injects far enough apart on one row', () => {
    expect(assignLanes(at(0, 5, 10, 15), 180)).toEqual({ rows: [0, 0, 0, 0], count: 1 });
  });

  it('stacks injects closer than the gap, and reuses a row once there is room', () => {
    // With a 3-minute gap: 0 → row 0, 1 → row 1, 2 → row 2 (rows 0 and 1 are too close),
    // 3 → row 0 again (its last inject is 3 minutes back).
    expect(assignLanes(at(0, 1, 2, 3), 180)).toEqual({ rows: [0, 1, 2, 0], count: 3 });
  });

  it('stacks injects at the same time even with no gap asked for', () => {
    expect(assignLanes(at(10, 10, 10), 0)).toEqual({ rows: [0, 1, 2], count: 3 });
  });

  it('answers in the order given, whatever the time order', () => {
    expect(assignLanes(at(3, 0, 1), 180)).toEqual({ rows: [0, 0, 1], count: 2 });
  });

  it('never puts two injects closer than the gap on one row (1,000 injects)', () => {
    const injects = Array.from({ length: 1000 }, (_, k) => ({ offsetSec: (k * 7919) % 28_800 }));
    const { rows, count } = assignLanes(injects, 600);
    const byRow = new Map<number, number[]>();
    rows.forEach((row, k) => byRow.set(row, [...(byRow.get(row) ?? []), injects[k]!.offsetSec]));
    expect(byRow.size).toBe(count);
    for (const times of byRow.values()) {
      times.sort((a, b) => a - b);
      for (let k = 1; k < times.length; k++) expect(times[k]! - times[k - 1]!).toBeGreaterThanOrEqual(600);
    }
    expect(assignLanes([], 600)).toEqual({ rows: [], count: 1 });
  });
});

describe('stepZoom', () => {
  it('moves one step and stops at the ends', () => {
    expect(stepZoom(1, 1)).toBe(1.5);
    expect(stepZoom(4, -1)).toBe(3);
    expect(stepZoom(1, -1)).toBe(1);
    expect(stepZoom(ZOOM_STEPS.at(-1)!, 1)).toBe(ZOOM_STEPS.at(-1));
  });
});
