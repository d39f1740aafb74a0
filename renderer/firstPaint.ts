// When a page's first content is on screen, as the browser reports it (Paint Timing).

/** Never waited for longer: a page that is not shown (a tab opened in the background) paints nothing. */
export const FIRST_PAINT_WAIT_MAX_MS = 1_000;

/** Resolves once the page's first contentful paint has been reported, or after FIRST_PAINT_WAIT_MAX_MS. */
export function afterFirstPaint(): Promise<void> {
  return new Promise((resolve) => {
    const observer = new PerformanceObserver((list) => {
      if (list.getEntries().some((entry) => entry.name === 'first-contentful-paint')) done();
    });
    const timer = setTimeout(done, FIRST_PAINT_WAIT_MAX_MS);
    function done() {
      observer.disconnect();
      clearTimeout(timer);
      resolve();
    }
    observer.observe({ type: 'paint', buffered: true });
  });
}
