// Virtual time for tests of anything that takes the MonotonicClock and Timers ports: time
// stands still until the test calls advance(ms), which runs every timer due within that
// span in order (by due time, then by the order they were set), moving the clock to each
// timer's due time as it runs, like VS Code's timeTravelScheduler. Timers set by a
// running callback run in the same advance if they fall due within it.
import type { MonotonicClock, TimerId, Timers } from '../../electron/host/ports';

const RUNAWAY = 100_000;

type Pending = { id: TimerId; dueMs: number; order: number; callback: () => void };

export type VirtualTime = MonotonicClock &
  Timers & {
    /** Moves time forward by `ms`, running due timers; returns how many ran. */
    advance(ms: number): number;
    /** Timers not yet run or cleared. */
    pendingCount(): number;
  };

export function createVirtualTime(startMs = 0): VirtualTime {
  let now = startMs;
  let nextId = 1;
  let order = 0;
  const pending = new Map<TimerId, Pending>();

  const nextDue = (limit: number): Pending | undefined => {
    let best: Pending | undefined;
    for (const timer of pending.values()) {
      if (timer.dueMs > limit) continue;
      if (!best || timer.dueMs < best.dueMs || (timer.dueMs === best.dueMs && timer.order < best.order)) best = timer;
    }
    return best;
  };

  return {
    nowMs: () => now,
    setTimeout(callback, delayMs) {
      const id = nextId++;
      pending.set(id, { id, dueMs: now + Math.max(0, delayMs), order: order++, callback });
      return id;
    },
    clearTimeout(id) {
      pending.delete(id);
    },
    advance(ms) {
      if (!(ms >= 0)) throw new RangeError(`advance(${ms}): time only moves forward`);
      const end = now + ms;
      let ran = 0;
      for (let timer = nextDue(end); timer; timer = nextDue(end)) {
        pending.delete(timer.id);
        now = timer.dueMs;
        timer.callback();
        if (++ran > RUNAWAY)
          throw new Error(`advance(${ms}) ran ${RUNAWAY} timers: a timer keeps re-arming itself at 0 ms`);
      }
      now = end;
      return ran;
    },
    pendingCount: () => pending.size,
  };
}
