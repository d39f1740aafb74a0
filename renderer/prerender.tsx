// The library's first page as markup, for the host to put into a staff link's HTML
// (shared/api/firstPage.ts). Bundled on its own for Node (scripts/build-main.mjs →
// dist/host/prerender.cjs) and loaded by the host at run time, since electron/ may not
// import the renderer: the screen's own components make it, so what the page first shows
// is what the screen then renders over it.
import { renderToString } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import type { DrillbookApi } from '../shared/api/contract';
import type { LibraryPrerenderer } from '../shared/api/firstPage';
import { loadCatalogue } from '../shared/i18n/catalogues/load';
import { StaffShell } from './App';
import { createI18n } from './i18n';
import { NO_FILTERS } from './screens/library/filters';
import { offerFirstPage } from './screens/library/firstPage';
import { pageQuery, PRERENDERED_CARDS } from './screens/library/paging';

/** Rendering to a string runs no effect, so nothing calls the host; a call would be a bug. */
const noHost: DrillbookApi = {
  call: (name) => Promise.reject(new Error(`prerender: ${name} called while rendering`)),
  on: () => () => {},
  subscribe: () => () => {},
};

export const prerenderer: LibraryPrerenderer = {
  query: { ...NO_FILTERS, ...pageQuery(0) },
  async render({ locale, librarySeq, page }) {
    const i18n = createI18n(locale, await loadCatalogue(locale));
    // Taken by the library screen's first render, just below (renderToString is synchronous).
    offerFirstPage({ ...page, items: page.items.slice(0, PRERENDERED_CARDS) }, librarySeq);
    return renderToString(
      <I18nextProvider i18n={i18n}>
        <StaffShell api={noHost} state="connecting" route={{ name: 'library' }} />
      </I18nextProvider>,
    );
  },
};
