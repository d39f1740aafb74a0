import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/** The faces of Noto Sans that main.tsx imports: every screen's text is set in them. */
const FIRST_PAINT_FONTS = /^assets\/noto-sans-(latin|latin-ext|vietnamese)-(400|600)-normal-[\w-]+\.woff2$/;

/**
 * `<link rel=preload>` for the app's own font files. A browser asks for a web font only
 * once laid-out text needs it, i.e. after the scripts have run and rendered: the faces then
 * arrive one by one after the first screen and each re-lays out every text on it. Asked
 * for with the scripts, they are there before the first layout.
 */
function preloadFonts(): Plugin {
  return {
    name: 'drillbook-preload-fonts',
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        return Object.keys(context.bundle ?? {})
          .filter((file) => FIRST_PAINT_FONTS.test(file))
          .sort()
          .map((file) => ({
            tag: 'link',
            // Fonts are always fetched in CORS mode: without `crossorigin` the preload is not reused.
            attrs: { rel: 'preload', as: 'font', type: 'font/woff2', href: `./${file}`, crossorigin: '' },
            injectTo: 'head' as const,
          }));
      },
    },
  };
}

// The renderer is served from app://drillbook (desktop) or the host's own origin
// (browser): relative asset URLs work under both. Fonts are bundled into assets.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), preloadFonts()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    sourcemap: true,
    // No inline data: URLs for fonts or scripts; everything is a file of the app.
    assetsInlineLimit: 0,
  },
});
