// Diagnostics for library_open_ms_10000, logged beside it and never part of the figure:
// where a page's time went before its first card. From the page's own performance
// timeline (navigation, resources, paint) and, for the WebSocket, Chromium's DevTools
// protocol, whose frame times share one clock with the page's request.
import type { CDPSession, Page } from 'playwright-core';
import { median } from './stats';

/** Milliseconds from navigation start; null when the page never got there. */
export type Milestones = {
  /** The entry's scripts (and their preloaded chunks) all downloaded. */
  scriptsLoaded: number | null;
  domContentLoaded: number | null;
  /** The bundled fonts all downloaded. */
  fontsLoaded: number | null;
  firstContentfulPaint: number | null;
  /** The socket to the host open (its handshake answered). */
  socketOpen: number | null;
  /** The reply that carried the library's first page. */
  listReply: number | null;
};

type Recorder = { read(page: Page): Promise<Milestones>; stop(): Promise<void> };

/** Starts listening before the page is navigated to; read once its first card is painted. */
export async function recordMilestones(page: Page): Promise<Recorder> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  let documentAt: number | null = null;
  let socketOpenAt: number | null = null;
  let listReplyAt: number | null = null;
  cdp.on('Network.requestWillBeSent', (e: { type?: string; timestamp: number }) => {
    if (e.type === 'Document' && documentAt === null) documentAt = e.timestamp;
  });
  cdp.on('Network.webSocketHandshakeResponseReceived', (e: { timestamp: number }) => {
    socketOpenAt ??= e.timestamp;
  });
  cdp.on('Network.webSocketFrameReceived', (e: { timestamp: number; response: { payloadData: string } }) => {
    // The library.list reply is the frame that carries a page of items.
    if (listReplyAt === null && e.response.payloadData.includes('"items":[')) listReplyAt = e.timestamp;
  });
  await cdp.send('Network.enable');
  // Protocol timestamps are seconds; the document's request stands for navigation start
  // (the two are within a millisecond or so of each other).
  const sinceDocument = (at: number | null) =>
    at === null || documentAt === null ? null : Math.round((at - documentAt) * 1000);
  return {
    async read(target) {
      const inPage = await target.evaluate(() => {
        const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
        const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
        const lastEnd = (pattern: RegExp) => {
          const ends = resources.filter((r) => pattern.test(r.name)).map((r) => r.responseEnd);
          return ends.length ? Math.round(Math.max(...ends)) : null;
        };
        const fcp = performance.getEntriesByName('first-contentful-paint')[0];
        return {
          scriptsLoaded: lastEnd(/\.js$/),
          domContentLoaded: nav ? Math.round(nav.domContentLoadedEventEnd) : null,
          fontsLoaded: lastEnd(/\.woff2?$/),
          firstContentfulPaint: fcp ? Math.round(fcp.startTime) : null,
        };
      });
      return { ...inPage, socketOpen: sinceDocument(socketOpenAt), listReply: sinceDocument(listReplyAt) };
    },
    stop: () => cdp.detach(),
  };
}

const LABELS: Record<keyof Milestones, string> = {
  scriptsLoaded: 'scripts loaded',
  domContentLoaded: 'DOMContentLoaded',
  fontsLoaded: 'fonts loaded',
  firstContentfulPaint: 'first paint with text',
  socketOpen: 'socket open',
  listReply: 'library.list reply',
};

/** One line of medians over the runs, in the order a page usually reaches them. */
export function describeMilestones(runs: Milestones[]): string {
  const parts = (Object.keys(LABELS) as (keyof Milestones)[]).map((key) => {
    const values = runs.map((r) => r[key]).filter((v): v is number => v !== null);
    return `${LABELS[key]} ${values.length ? median(values).toFixed(0) : '–'}`;
  });
  return `  library screen, medians in ms from navigation start: ${parts.join(', ')}`;
}
