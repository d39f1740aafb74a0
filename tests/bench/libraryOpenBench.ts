// library_open_ms_10000: the library screen in Chromium over the seeded library, from
// navigation start to the first exercise card on screen, timed in the page itself
// (performance.now() counts from navigation start): the later of the frame that lays
// the card out and the page's first contentful paint. A fresh browser context each run,
// so nothing comes from the HTTP cache: the figure is a first visit, not a warm reload.
// Two things of the harness's own are kept out of the timed page: the browser still
// tearing down the last run's context (a pause before navigating; without it the figure
// was ~250 ms higher here), and Playwright's own script, which polling the page for the
// card would inject into it (the probe says when it saw the card on the console instead).
import type { Browser } from 'playwright-core';
import { LIBRARY_PAGE_SIZE } from '../../renderer/screens/library/paging';
import { launchBrowser } from '../e2e/support/browser';
import { startBenchHost } from './benchHost';
import {
  describePageMilestones,
  describeSocketMilestones,
  readPageMilestones,
  recordSocketMilestones,
  type PageMilestones,
  type SocketMilestones,
} from './pageMilestones';
import type { RowCheck } from './report';
import { median } from './stats';

const RUNS = 10;
/** Long enough for the browser to finish closing the last run's context here (2 cores). */
const SETTLE_MS = 1_000;
const FIRST_CARD_MESSAGE = 'drillbook-bench:first-card';

/**
 * Runs in the page before its scripts: notes the time of the animation frame in which
 * the first card is laid out with a size, i.e. the frame that paints it.
 */
const FIRST_CARD_PROBE = `(() => {
  const laidOut = () => {
    const card = document.querySelector('.exercise-card');
    return card !== null && card.getBoundingClientRect().height > 0;
  };
  new MutationObserver((_, observer) => {
    if (!laidOut()) return;
    observer.disconnect();
    requestAnimationFrame(() => console.debug('${FIRST_CARD_MESSAGE}', performance.now()));
  }).observe(document, { childList: true, subtree: true });
})();`;

/** `laidOutMs`: the frame that lays out the first card begins; `firstCardMs`: the card is visible. */
type Probe = { laidOutMs: number; firstCardMs: number; cards: number; summary: string; milestones: PageMilestones };

/** One visit in a fresh context. `watchSocket` adds the socket's times, at a cost to the page: never on a timed run. */
async function openOnce(browser: Browser, url: string, watchSocket: true): Promise<Probe & SocketMilestones>;
async function openOnce(browser: Browser, url: string, watchSocket?: false): Promise<Probe>;
async function openOnce(browser: Browser, url: string, watchSocket = false): Promise<Probe> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en' });
  try {
    const page = await context.newPage();
    await page.addInitScript(FIRST_CARD_PROBE);
    const socket = watchSocket ? await recordSocketMilestones(page) : null;
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    const firstCard = page.waitForEvent('console', (m) => m.text().startsWith(FIRST_CARD_MESSAGE));
    await page.goto(url);
    const laidOutMs = Number((await firstCard).text().slice(FIRST_CARD_MESSAGE.length));
    // The screen renders a screenful first and the rest of the page a frame later.
    await page.waitForFunction(
      (whole) => document.querySelectorAll('.exercise-card').length >= whole,
      LIBRARY_PAGE_SIZE,
    );
    const probe = await page.evaluate(() => ({
      cards: document.querySelectorAll('.exercise-card').length,
      summary: document.querySelector('.list-summary')?.textContent ?? '',
    }));
    const milestones = await readPageMilestones(page);
    // The frame that lays out the first card may be presented well after it begins: on a
    // page the host rendered, Chromium's first contentful paint came up to 150 ms after
    // (parsing the rest, laying it out, rasterizing). Nothing is visible
    // before that paint, so the card is not either.
    const firstCardMs = Math.max(laidOutMs, milestones.firstContentfulPaint ?? laidOutMs);
    return { laidOutMs, firstCardMs, ...probe, milestones, ...(socket ? await socket.read() : {}) };
  } finally {
    await context.close();
  }
}

export async function timeLibraryOpen(
  dataDir: string,
  expectedTotal: number,
  log: (line: string) => void,
): Promise<{ ms: number; rows: RowCheck[] }> {
  const host = await startBenchHost(dataDir);
  const browser = await launchBrowser();
  try {
    await openOnce(browser, host.url); // warms the host's statement cache and the disk
    const probes: Probe[] = [];
    for (let run = 0; run < RUNS; run++) probes.push(await openOnce(browser, host.url));
    const ms = median(probes.map((p) => p.firstCardMs));
    const last = probes.at(-1)!;
    log(`  library screen: first card at ${probes.map((p) => p.firstCardMs.toFixed(0)).join(', ')} ms`);
    log(`  library screen: its frame began at ${probes.map((p) => p.laidOutMs.toFixed(0)).join(', ')} ms`);
    log(describePageMilestones(probes.map((p) => p.milestones)));
    log(describeSocketMilestones(await openOnce(browser, host.url, true)));
    log(`  library screen says "${last.summary}" and renders ${last.cards} cards`);
    // The screen must say how many there are, and render one page of cards, not all.
    const shownTotal = Number(/([\d,]+)/.exec(last.summary)?.[1]?.replaceAll(',', '') ?? -1);
    const rows: RowCheck[] = [
      { query: 'library screen: the count it shows', expected: expectedTotal, got: shownTotal },
      {
        query: 'library screen: cards rendered',
        expected: Math.min(expectedTotal, LIBRARY_PAGE_SIZE),
        got: last.cards,
      },
    ];
    return { ms, rows };
  } finally {
    await browser.close();
    await host.stop();
  }
}
