// Diagnostics for library_open_ms_10000, logged beside it and never part of the figure:
// where a page's time went before its first card. The page's own timeline (navigation,
// resources, paint) is read once the card is painted, so it costs the timed runs nothing.
// The socket's times come from Chromium's DevTools protocol, whose network events slow
// the page itself (~100 ms here): only on one extra run, left out of the figure.
import type { Page } from 'playwright-core';
import { median } from './stats';

/** Milliseconds from navigation start; null when the page never got there. */
export type PageMilestones = {
  /** Every script the first card needed downloaded (the entry, its chunks, the language's texts). */
  scriptsLoaded: number | null;
  domContentLoaded: number | null;
  /** The bundled fonts all downloaded. */
  fontsLoaded: number | null;
  firstContentfulPaint: number | null;
};

export type SocketMilestones = {
  /** The socket to the host open (its handshake answered). */
  socketOpen: number | null;
  /** The reply that carried the library's first page. */
  listReply: number | null;
};

/** Reads the page's timeline; call once its first card is painted. */
export function readPageMilestones(page: Page): Promise<PageMilestones> {
  return page.evaluate(() => {
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
}

/** Starts listening to the page's network before it is navigated to; read once its first card is painted. */
export async function recordSocketMilestones(page: Page): Promise<{ read(): Promise<SocketMilestones> }> {
  const cdp = await page.context().newCDPSession(page);
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
    async read() {
      await cdp.detach();
      return { socketOpen: sinceDocument(socketOpenAt), listReply: sinceDocument(listReplyAt) };
    },
  };
}

const PAGE_LABELS: Record<keyof PageMilestones, string> = {
  scriptsLoaded: 'scripts loaded',
  domContentLoaded: 'DOMContentLoaded',
  fontsLoaded: 'fonts loaded',
  firstContentfulPaint: 'first paint with text',
};

/** One line of medians over the timed runs, in the order a page usually reaches them. */
export function describePageMilestones(runs: PageMilestones[]): string {
  const parts = (Object.keys(PAGE_LABELS) as (keyof PageMilestones)[]).map((key) => {
    const values = runs.map((r) => r[key]).filter((v): v is number => v !== null);
    return `${PAGE_LABELS[key]} ${values.length ? median(values).toFixed(0) : '–'}`;
  });
  return `  library screen, medians in ms from navigation start: ${parts.join(', ')}`;
}

export function describeSocketMilestones(run: SocketMilestones & { firstCardMs: number }): string {
  const ms = (v: number | null) => (v === null ? '–' : v.toFixed(0));
  return (
    `  one more run, untimed, watching the socket (which slows it): socket open ${ms(run.socketOpen)}, ` +
    `library.list reply ${ms(run.listReply)}, first card ${run.firstCardMs.toFixed(0)}`
  );
}
