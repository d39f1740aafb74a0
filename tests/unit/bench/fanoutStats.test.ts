import { describe, expect, it } from 'vitest';
import { percentile, roundMs } from '../../bench/fanoutStats';

describe('fan-out figures', () => {
  it('times a round until its last client has the frame, not its first or its average', () => {
    expect(roundMs({ sentAt: 1_000, receivedAt: [1_004, 1_030, 1_002] })).toBe(30);
  });

  it('takes nearest-rank percentiles over rounds', () => {
    const hundred = Array.from({ length: 100 }, (_, i) => 100 - i); // 100 … 1, unsorted on purpose
    expect(percentile(hundred, 50)).toBe(50);
    // p99 of 100 rounds is the second slowest: one bad round does not decide it.
    expect(percentile(hundred, 99)).toBe(99);
    expect(percentile(hundred, 100)).toBe(100);
    expect(percentile([7], 99)).toBe(7);
    expect(percentile([3, 1, 2], 50)).toBe(2);
  });

  it('refuses a percentile of nothing rather than inventing one', () => {
    expect(() => percentile([], 50)).toThrow('no values');
  });
});
