// What the first screen waits for, started before anything else of the renderer runs
// (main.tsx imports this module first, ahead of React): the language's texts and, for
// staff, the socket to the host with, on the library, its first page. They then travel
// while React and the screens are still being loaded and evaluated, side by side instead
// of one after the other.
import { staffConnection, takeToken } from './api/connect';
import { initialLocale, startI18n } from './i18n';
import { isGuestRoute, parseRoute } from './router';
import { prefetchFirstPage } from './screens/library/firstPage';

// The staff link's token is taken from the address now, before anything can change the
// fragment (a click, a script, a test setting the screen) while React has yet to render.
takeToken();

export const i18nReady = startI18n(initialLocale());

const route = parseRoute(window.location.hash);
if (!isGuestRoute(route)) {
  const { api } = staffConnection();
  if (api && route.name === 'library') prefetchFirstPage(api);
}
