// The library's first page, rendered by the host into the HTML of a staff link (one that
// carries the key in its query), so its cards are painted with the page itself, before
// the page's scripts have run: React and a socket round trip cost a fresh page on a busy
// two-core machine about half a second. The renderer's own components make the markup
// (renderer/prerender.tsx, built to dist/host/prerender.cjs and loaded by the host at run
// time); the page then renders the same screen from the same data, over it.
import { isLocale, type Locale } from '../i18n/locales';
import type { MethodInput, MethodOutput } from './contract';

/**
 * Marks index.html's links that a page the host rendered goes without, because they held
 * up its first paint (measured, A/B):
 * - the app's preloads (React and the screens): the download competed with painting the
 *   page, and renderer/main.tsx imports the app once it is painted;
 * - the fonts' style sheet and preloads: Chromium holds the first paint of a page until
 *   its preloaded fonts are here (or a timeout), ~100 ms here, and the fonts were decoded
 *   while that paint was rasterized. Without them the cards are painted in a system face,
 *   and in Noto Sans (font-display: swap) once main.tsx has imported renderer/fonts.ts.
 * A page React renders keeps them all: there they arrive before its first layout.
 */
export const NOT_FOR_RENDERED_PAGE_ATTRIBUTE = 'data-not-for-rendered-page';

export type LibraryPage = MethodOutput<'library.list'>;

/** What a rendered page carries besides its markup, for the page's own first render. */
export type FirstPageData = {
  locale: Locale;
  /** The library's change counter when the page was listed: a change since makes it stale. */
  librarySeq: number;
  page: LibraryPage;
};

/** What dist/host/prerender.cjs exports. */
export type LibraryPrerenderer = {
  /** What the library screen asks for first: its first page, with no search or filter. */
  query: MethodInput<'library.list'>;
  /** The markup of the staff app's library screen showing `data.page`, in `data.locale`. */
  render(data: FirstPageData): Promise<string>;
};

/** The rendered page's data, read back: null when it is not what a host writes (throws on text that is not JSON). */
export function readFirstPageData(text: string): FirstPageData | null {
  const value: unknown = JSON.parse(text);
  if (typeof value !== 'object' || value === null) return null;
  const data = value as Partial<FirstPageData>;
  const page = data.page as Partial<LibraryPage> | undefined;
  if (!isLocale(data.locale) || typeof data.librarySeq !== 'number') return null;
  if (!page || !Array.isArray(page.items) || typeof page.total !== 'number' || !Array.isArray(page.damaged))
    return null;
  return data as FirstPageData;
}
