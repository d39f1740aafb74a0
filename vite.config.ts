import react from '@vitejs/plugin-react';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';
import { NOT_FOR_RENDERED_PAGE_ATTRIBUTE } from './shared/api/firstPage';

/** The faces of Noto Sans that fonts.ts imports: every screen's text is set in them. */
const FIRST_PAINT_FONTS = /^assets\/noto-sans-(latin|latin-ext|vietnamese)-(400|600)-normal-[\w-]+\.woff2$/;

/**
 * The fonts in the page: a link to fonts.ts's style sheet, and `<link rel=preload>` for
 * their files. A browser asks for a web font only once laid-out text needs it, i.e. after
 * the scripts have run and rendered: the faces then arrive one by one after the first
 * screen and each re-lays out every text on it. Asked for with the page, they are there
 * before the first layout. Marked, so the host leaves them out of a page it renders,
 * where they held up the first paint (renderer/fonts.ts, shared/api/firstPage.ts).
 */
function fontsWithPage(): Plugin {
  return {
    name: 'drillbook-fonts-with-page',
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const bundle = Object.values(context.bundle ?? {});
        // fonts.ts holds nothing but style sheets: its chunk is dropped, its sheet kept.
        const sheets = bundle
          .filter((output) => output.type === 'asset' && output.originalFileNames.includes('fonts.ts'))
          .map((output) => output.fileName);
        if (sheets.length === 0) throw new Error('no style sheet for renderer/fonts.ts');
        const files = bundle.filter((output) => FIRST_PAINT_FONTS.test(output.fileName)).map((f) => f.fileName);
        return [
          ...sheets.map((file) => ({
            tag: 'link',
            attrs: { rel: 'stylesheet', crossorigin: true, href: `./${file}`, [NOT_FOR_RENDERED_PAGE_ATTRIBUTE]: true },
            injectTo: 'head' as const,
          })),
          ...files.sort().map((file) => ({
            tag: 'link',
            attrs: {
              rel: 'preload',
              as: 'font',
              type: 'font/woff2',
              href: `./${file}`,
              // Fonts are always fetched in CORS mode: without `crossorigin` the preload is not reused.
              crossorigin: '',
              [NOT_FOR_RENDERED_PAGE_ATTRIBUTE]: true,
            },
            injectTo: 'head' as const,
          })),
        ];
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

/**
 * `<link rel=modulepreload>` for the app (start.tsx) and the chunks it imports: main.tsx
 * imports it with `import()`, which alone would start the download only once main.tsx
 * runs; listed in the page, it downloads with the page's other scripts. Marked, so the
 * host leaves them out of a page it renders (electron/host/firstPageHtml.ts).
 */
function preloadApp(): Plugin {
  return {
    name: 'drillbook-preload-app',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const chunks = Object.values(context.bundle ?? {}).filter((output) => output.type === 'chunk');
        const start = chunks.find((chunk) => chunk.facadeModuleId?.endsWith('/renderer/start.tsx'));
        if (!start) throw new Error('no chunk for renderer/start.tsx');
        return [start.fileName, ...start.imports]
          .filter((file) => !html.includes(`/${file}"`))
          .map((file) => ({
            tag: 'link',
            attrs: {
              rel: 'modulepreload',
              crossorigin: true,
              href: `./${file}`,
              [NOT_FOR_RENDERED_PAGE_ATTRIBUTE]: true,
            },
            injectTo: 'head' as const,
          }));
      },
    },
  };
}

/** Smaller files gain too little from compression to be worth a second copy. */
const PRECOMPRESS_MIN_BYTES = 1024;

/**
 * Each script, style sheet and page also as .br and .gz beside it, which the host serves
 * to a browser that asks for them (sirv, electron/host/server.ts): a phone on the office
 * Wi-Fi loads about a third of the bytes, and compressed once here, not on every request.
 * Browsers ask for Brotli on secure or local addresses only; over plain HTTP from another
 * machine, gzip.
 */
function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'drillbook-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    writeBundle(_options, bundle) {
      for (const file of Object.keys(bundle)) {
        if (!/\.(js|css|html)$/.test(file)) continue;
        const full = path.join(outDir, file);
        const data = fs.readFileSync(full);
        if (data.length < PRECOMPRESS_MIN_BYTES) continue;
        const brotli = { [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY };
        fs.writeFileSync(`${full}.br`, zlib.brotliCompressSync(data, { params: brotli }));
        fs.writeFileSync(`${full}.gz`, zlib.gzipSync(data, { level: zlib.constants.Z_BEST_COMPRESSION }));
      }
    },
  };
}

// The renderer is served from app://drillbook (desktop) or the host's own origin
// (browser): relative asset URLs work under both. Fonts are bundled into assets.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), fontsWithPage(), bootFirst(), preloadApp(), precompress()],
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
