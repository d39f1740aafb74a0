// The app itself: React and the screens, imported by main.tsx, with what boot.ts started.
// On a page the host rendered, the first render here replaces that markup.
import { locale, textsReady } from './boot';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { App } from './App';
import { createI18n } from './i18n';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
void textsReady.then((texts) => {
  const i18n = createI18n(locale, texts);
  createRoot(root).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <App />
      </I18nextProvider>
    </StrictMode>,
  );
});
