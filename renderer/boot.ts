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
import { prefetchFirstPage } from './screens/library/firstPage';

// The staff link's token is taken from the address now, before anything can change the
// fragment (a click, a script, a test setting the screen) while React has yet to render.
takeToken();

// The socket first: its handshake and the host's answer are the longest wait of the three.
const route = parseRoute(window.location.hash);
if (!isGuestRoute(route)) {
  const { api } = staffConnection();
  if (api && route.name === 'library') prefetchFirstPage(api);
}

export const locale = initialLocale();
export const textsReady = loadTexts(locale);

// Intl's first formatter in a page costs tens of milliseconds (its locale data): made now,
// while the page waits for React's script, not in the library's first render.
formattersFor(locale);
