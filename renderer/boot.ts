// What the first screen waits for, started before anything else of the renderer runs:
// the language's texts and, for staff, the socket to the host with, on the library, its
// first page. The page loads this module as a script of its own, run as soon as it is
// here (vite.config.ts), so these travel while React and the screens are still being
// downloaded and evaluated; main.tsx imports the same module for what it started. Hence
// nothing here may import React, zod or i18next: they would be loaded before it could run.
import { staffConnection, takeToken } from './api/connect';
import { formattersFor } from './formatters';
import { initialLocale, loadTexts } from './texts';
import { isGuestRoute, parseRoute } from './router';
import { offerFirstPage, prefetchFirstPage } from './screens/library/firstPage';
import { FIRST_PAGE_ELEMENT_ID } from '../shared/api/endpoints';
import { readFirstPageData, type FirstPageData } from '../shared/api/firstPage';

// The staff link's token is taken from the address now, before anything can change the
// fragment (a click, a script, a test setting the screen) while React has yet to render.
takeToken();

// The socket first: its handshake and the host's answer are the longest wait of the three.
const route = parseRoute(window.location.hash);
const rendered = renderedFirstPage();
/** The host rendered the library into this page, which shows it before React has run. */
export const pagePrerendered = rendered !== null && route.name === 'library';
if (!isGuestRoute(route)) {
  const { api } = staffConnection();
  // A staff link's page may come with the library's first page in it (the host rendered
  // it): the screen then starts from that, and asks the host for nothing more to show it.
  if (api && route.name === 'library') {
    if (rendered) offerFirstPage(rendered.page, rendered.librarySeq);
    else prefetchFirstPage(api);
  }
}
// The host cannot see the fragment: a link to another screen shows none of the library.
if (rendered && route.name !== 'library') document.getElementById('root')?.replaceChildren();

export const locale = initialLocale();
export const textsReady = loadTexts(locale);

// Intl's first formatter in a page costs tens of milliseconds (its locale data): made now,
// while the page waits for React's script, not in the library's first render. Not on a
// page the host rendered: there the browser is about to paint it, and this would come first.
if (!rendered) formattersFor(locale);

/** The first page the host put into this page (shared/api/firstPage.ts), or null. */
function renderedFirstPage(): FirstPageData | null {
  const element = document.getElementById(FIRST_PAGE_ELEMENT_ID);
  if (!element) return null;
  element.remove();
  try {
    const data = readFirstPageData(element.textContent ?? '');
    if (!data) console.error("drillbook: the page's first page is not what the host writes");
    return data;
  } catch (error) {
    // The screen then asks the host, as for a page without one.
    console.error("drillbook: the page's first page is not JSON", error);
    return null;
  }
}
