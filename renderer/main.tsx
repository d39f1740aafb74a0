// The page's entry: what the first screen waits for (boot.ts), the style sheet, the fonts
// (fonts.ts), then the app (start.tsx: React and the screens), which the page downloads
// meanwhile (a modulepreload link, vite.config.ts). On a page the host rendered with the
// library's first page, the fonts and the app wait until that page has been painted:
// evaluating React takes a core 100 ms or more, which on a busy two-core machine held up
// the display of the cards already there (first contentful paint ~45 ms later, measured).
import { pagePrerendered } from './boot';
import './styles.css';
import { afterFirstPaint } from './firstPaint';

const painted = pagePrerendered ? afterFirstPaint() : Promise.resolve();
// The fonts' style sheet: already in the page, unless the host rendered it (fonts.ts).
void painted.then(() => import('./fonts'));
void painted.then(() => import('./start'));
