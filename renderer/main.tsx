import '@fontsource/noto-sans/vietnamese-400.css';
import '@fontsource/noto-sans/vietnamese-600.css';
import '@fontsource/noto-sans/latin-400.css';
import '@fontsource/noto-sans/latin-600.css';
import '@fontsource/noto-sans/latin-ext-400.css';
import '@fontsource/noto-sans/latin-ext-600.css';
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { App } from './App';
import { staffConnection, takeToken } from './api/connect';
import { initialLocale, startI18n } from './i18n';
import { isGuestRoute, parseRoute } from './router';
import { prefetchFirstPage } from './screens/library/firstPage';

// The staff link's token is taken from the address now, before anything can change the
// fragment (a click, a script, a test setting the screen) while React has yet to render.
takeToken();

// Everything the first screen waits for starts at once and side by side: the language's
// texts, and for staff the socket to the host with, on the library, its first page.
const route = parseRoute(window.location.hash);
if (!isGuestRoute(route)) {
  const { api } = staffConnection();
  if (api && route.name === 'library') prefetchFirstPage(api);
}

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
void startI18n(initialLocale()).then((i18n) =>
  createRoot(root).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <App />
      </I18nextProvider>
    </StrictMode>,
  ),
);
