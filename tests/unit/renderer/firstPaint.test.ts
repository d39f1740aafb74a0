import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterFirstPaint, FIRST_PAINT_WAIT_MAX_MS } from '../../../renderer/firstPaint';

type Entry = { name: string };
let report: ((entries: Entry[]) => void) | null = null;
const disconnected = vi.fn();

class FakePerformanceObserver {
  constructor(private callback: (list: { getEntries(): Entry[] }) => void) {}
  observe(options: { type: string; buffered: boolean }) {
    expect(options).toEqual({ type: 'paint', buffered: true });
    report = (entries) => this.callback({ getEntries: () => entries });
  }
  disconnect() {
    disconnected();
  }
}

describe('waiting for the first paint of a page the host rendered', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
    report = null;
    disconnected.mockClear();
  });

  it('ends at the first contentful paint, not at a paint without content', async () => {
    vi.useFakeTimers();
    vi.stubGlobal('PerformanceObserver', FakePerformanceObserver);
    let done = false;
    void afterFirstPaint().then(() => (done = true));
    report!([{ name: 'first-paint' }]);
    await Promise.resolve();
    expect(done).toBe(false);
    report!([{ name: 'first-contentful-paint' }]);
    await vi.advanceTimersByTimeAsync(0);
    expect(done).toBe(true);
    expect(disconnected).toHaveBeenCalled();
  });

  it('ends anyway after a while, for a page that is not shown and so paints nothing', async () => {
    vi.useFakeTimers();
    vi.stubGlobal('PerformanceObserver', FakePerformanceObserver);
    let done = false;
    void afterFirstPaint().then(() => (done = true));
    await vi.advanceTimersByTimeAsync(FIRST_PAINT_WAIT_MAX_MS - 1);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(done).toBe(true);
    expect(disconnected).toHaveBeenCalled();
  });
});
