import react from '@vitejs/plugin-react';
import path from 'node:path';
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

/**
 * boot.ts as a script of its own, run as soon as it is here (`async`), without waiting
 * for the main script (React and the screens, several times its size) to download and
 * run first: the token, the socket, the first page and the texts are then on their way
 * while the main script still loads. main.tsx imports the same module, which a page
 * runs once, so the two share what boot started.
 */
function bootFirst(): Plugin {
  return {
    name: 'drillbook-boot-first',
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const boot = Object.values(context.bundle ?? {}).find(
          (output) => output.type === 'chunk' && output.isEntry && output.name === 'boot',
        );
        if (!boot) return [];
        return [
          {
            tag: 'script',
            attrs: { type: 'module', async: true, crossorigin: true, src: `./${boot.fileName}` },
            injectTo: 'head-prepend' as const,
          },
        ];
      },
    },
  };
}

// The renderer is served from app://drillbook (desktop) or the host's own origin
// (browser): relative asset URLs work under both. Fonts are bundled into assets.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), preloadFonts(), bootFirst()],
  // The catalogues are JSON: emitted as JSON.parse('…') rather than object literals, which
  // V8 reads several times faster, and a page reads its language's before the first text.
  json: { stringify: true },
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    sourcemap: true,
    // No inline data: URLs for fonts or scripts; everything is a file of the app.
    assetsInlineLimit: 0,
    rolldownOptions: {
      input: {
        index: path.resolve(__dirname, 'renderer/index.html'),
        boot: path.resolve(__dirname, 'renderer/boot.ts'),
      },
    },
  },
});
