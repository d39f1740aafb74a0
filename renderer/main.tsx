// The page's entry: what the first screen waits for (boot.ts), the style sheets, then the
// app (start.tsx: React and the screens), which the page downloads meanwhile (a
// modulepreload link, vite.config.ts). On a page the host rendered with the library's
// first page the app waits until that page has been painted: evaluating React takes a
// core 100 ms or more, which on a busy two-core machine held up the display of the
// cards already there (first contentful paint ~45 ms later, measured).
import { pagePrerendered } from './boot';
import '@fontsource/noto-sans/vietnamese-400.css';
import '@fontsource/noto-sans/vietnamese-600.css';
import '@fontsource/noto-sans/latin-400.css';
import '@fontsource/noto-sans/latin-600.css';
import '@fontsource/noto-sans/latin-ext-400.css';
import '@fontsource/noto-sans/latin-ext-600.css';
import './styles.css';
import { afterFirstPaint } from './firstPaint';

void (pagePrerendered ? afterFirstPaint() : Promise.resolve()).then(() => import('./start'));
