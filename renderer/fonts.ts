// The app's faces of Noto Sans, in which every screen's text is set: a module of its own,
// so that its style sheet is one of its own too. index.html links it (vite.config.ts) and
// preloads the font files, so a page React renders has them before its first layout. A
// page the host rendered goes without both (shared/api/firstPage.ts): there main.tsx
// imports this once the page is painted. Asked for with the page, the fonts were decoded
// while its first frame was being rasterized, on the same two cores, and arrived after
// that frame anyway (A/B, first contentful paint 472 -> 432 and 588 -> 504 ms); the cards
// are painted in a system face, then in Noto Sans (font-display: swap).
import '@fontsource/noto-sans/vietnamese-400.css';
import '@fontsource/noto-sans/vietnamese-600.css';
import '@fontsource/noto-sans/latin-400.css';
import '@fontsource/noto-sans/latin-600.css';
import '@fontsource/noto-sans/latin-ext-400.css';
import '@fontsource/noto-sans/latin-ext-600.css';
