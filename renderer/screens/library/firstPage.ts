// The library's first page, asked for as the page starts (boot.ts), before React has
// rendered anything or the language's texts have arrived: the host's answer then comes
// while the page is still busy starting, instead of one round trip after the screen's
// first render. The screen takes it once, if it still shows what was asked for; a change
// to the library in between makes it stale, and the screen asks again. An answer that is
// already here when the screen first renders is rendered at once, with no empty pass.
// A page the host rendered with its first page (shared/api/firstPage.ts) offers that
// page here instead, with the library's change counter it was listed at.
import type { DrillbookApi, MethodOutput } from '../../../shared/api/contract';
import { pageQuery } from './paging';
import { NO_FILTERS, type LibraryFilters } from './filters';

type Page = MethodOutput<'library.list'>;
export type Prefetched = {
  result: Promise<Page>;
  value: Page | null;
  /**
   * The library's change counter the page was listed at, when known: the screen follows
   * the library from there, so a change made before it listens is not missed. 0: unknown.
   */
  librarySeq: number;
  /** The page came with the HTML, which already shows it: the screen renders it whole at once. */
  inPage: boolean;
};
type FirstPage = Prefetched & { stale: boolean; stopListening(): void };

let waiting: FirstPage | null = null;

export function prefetchFirstPage(api: DrillbookApi): void {
  waiting?.stopListening();
  // Listening first: the WebSocket asks for its subscriptions before any queued call.
  const entry: FirstPage = {
    result: Promise.resolve(null as never),
    value: null,
    librarySeq: 0,
    inPage: false,
    stale: false,
    stopListening: () => {},
  };
  entry.stopListening = api.on('library.changed', () => {
    entry.stale = true;
  });
  entry.result = api.call('library.list', { ...NO_FILTERS, ...pageQuery(0) });
  // A failure is not handled here: whoever takes `result` shows it.
  entry.result.then(
    (page) => {
      entry.value = page;
    },
    () => undefined,
  );
  waiting = entry;
}

/**
 * The first page as the host rendered it into the HTML, for the screen to take. Changes
 * since are caught by the screen itself, following the library from `librarySeq`.
 */
export function offerFirstPage(page: Page, librarySeq: number): void {
  waiting?.stopListening();
  waiting = { result: Promise.resolve(page), value: page, librarySeq, inPage: true, stale: false, stopListening() {} };
}

/**
 * The prefetched answer, if the screen asks for exactly that (no filters, the first page,
 * nothing changed since), with its value when it has already come; null otherwise. Either
 * way it is given out at most once.
 */
export function takeFirstPage(filters: LibraryFilters, page: number): Prefetched | null {
  const entry = waiting;
  if (!entry) return null;
  waiting = null;
  entry.stopListening();
  if (entry.stale || page !== 0 || JSON.stringify(filters) !== JSON.stringify(NO_FILTERS)) {
    // The screen asks again and shows whatever error that brings.
    entry.result.catch(() => undefined);
    return null;
  }
  const { result, value, librarySeq, inPage } = entry;
  return { result, value, librarySeq, inPage };
}
