import { describe, expect, it } from 'vitest';
import { createSystemTimers, systemMonotonicClock } from '../../../electron/host/ports';
import { createVirtualTime } from '../../support/virtualTime';

describe('virtual time (tests/support/virtualTime.ts)', () => {
  it('stands still until advanced, then runs due timers in order of due time, then of setting', () => {
    const time = createVirtualTime(100);
    const ran: string[] = [];
    time.setTimeout(() => ran.push(`b@${time.nowMs()}`), 50);
    time.setTimeout(() => ran.push(`a@${time.nowMs()}`), 20);
    time.setTimeout(() => ran.push(`c@${time.nowMs()}`), 50);
    time.setTimeout(() => ran.push(`late@${time.nowMs()}`), 51);
    expect(time.nowMs()).toBe(100);
    expect(time.advance(50)).toBe(3);
    expect(ran).toEqual(['a@120', 'b@150', 'c@150']);
    expect(time.nowMs()).toBe(150);
    expect(time.pendingCount()).toBe(1);
    time.advance(1);
    expect(ran.at(-1)).toBe('late@151');
  });

  it('runs timers that callbacks set within the same advance, at their own due time', () => {
    const time = createVirtualTime();
    const ticks: number[] = [];
    const tick = () => {
      ticks.push(time.nowMs());
      if (ticks.length < 10) time.setTimeout(tick, 100);
    };
    time.setTimeout(tick, 100);
    time.advance(450);
    expect(ticks).toEqual([100, 200, 300, 400]);
    expect(time.nowMs()).toBe(450);
    time.advance(10_000);
    expect(ticks).toHaveLength(10);
  });

  it('a cleared timer never runs, even when cleared by an earlier callback in the same advance', () => {
    const time = createVirtualTime();
    const ran: string[] = [];
    const second = time.setTimeout(() => ran.push('second'), 20);
    time.setTimeout(() => {
      ran.push('first');
      time.clearTimeout(second);
    }, 10);
    time.advance(100);
    expect(ran).toEqual(['first']);
    expect(time.pendingCount()).toBe(0);
  });

  it('refuses to go back in time, and stops a timer that keeps re-arming itself at 0 ms', () => {
    const time = createVirtualTime();
    expect(() => time.advance(-1)).toThrow(RangeError);
    const loop = () => time.setTimeout(loop, 0);
    loop();
    expect(() => time.advance(1)).toThrow(/re-arming itself/);
  });
});

describe('system timers (electron/host/ports.ts)', () => {
  it('runs a timer, and never one that was cleared', async () => {
    const timers = createSystemTimers();
    const ran: string[] = [];
    const cleared = timers.setTimeout(() => ran.push('cleared'), 0);
    timers.clearTimeout(cleared);
    await new Promise<void>((resolve) => timers.setTimeout(() => (ran.push('kept'), resolve()), 0));
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(ran).toEqual(['kept']);
  });
});

describe('system monotonic clock (electron/host/ports.ts)', () => {
  it('reads whole milliseconds that never go back', () => {
    const readings = Array.from({ length: 1_000 }, () => systemMonotonicClock.nowMs());
    for (const [i, ms] of readings.entries()) {
      expect(Number.isInteger(ms)).toBe(true);
      if (i > 0) expect(ms).toBeGreaterThanOrEqual(readings[i - 1]!);
    }
  });
});
