// Bundles the Node side (Electron main and preload, the headless host) with esbuild.
// Dependencies stay external and load from node_modules (better-sqlite3 is native);
// the sandboxed preload is the exception: it may only require 'electron'.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseWorkerBuild } from './parseWorkerBuild.mjs';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const common = {
  bundle: true,
  platform: 'node',
  target: 'node22',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  define: { __DRILLBOOK_VERSION__: JSON.stringify(version) },
};

/**
 * The staff app loads its other screens (and the guest pages) when first opened, by
 * import(); the first page only ever renders the library, so they stay out of its bundle.
 */
const RENDERER_DIR = fileURLToPath(new URL('../renderer/', import.meta.url));
const onlyTheLibrary = {
  name: 'only-the-library',
  setup(build) {
    build.onResolve({ filter: /.*/ }, (args) =>
      args.kind === 'dynamic-import' && args.importer.startsWith(RENDERER_DIR)
        ? { path: args.path, external: true }
        : undefined,
    );
  },
};

await Promise.all([
  build({ ...common, entryPoints: ['./electron/main.ts'], outfile: 'dist/electron/main.cjs', packages: 'external' }),
  build({
    ...common,
    entryPoints: ['./electron/preload.ts'],
    outfile: 'dist/electron/preload.cjs',
    external: ['electron'],
  }),
  build({ ...common, entryPoints: ['./electron/host/cli.ts'], outfile: 'dist/host/cli.cjs', packages: 'external' }),
  // The library's first page for staff links (renderer/prerender.tsx), which the host and
  // the Electron main load at run time (electron/host/prerenderModule.ts). Bundled whole:
  // React's server renderer and i18next need not be in the packaged app's node_modules.
  build({
    ...common,
    entryPoints: ['./renderer/prerender.tsx'],
    outfile: 'dist/host/prerender.cjs',
    jsx: 'automatic',
    plugins: [onlyTheLibrary],
    // Style sheets are the page's (index.html links them), not the markup's.
    loader: { '.css': 'empty' },
    define: { ...common.define, 'process.env.NODE_ENV': '"production"' },
  }),
  // The worker thread that reads spreadsheets and `.drill` files; both the headless host
  // and the Electron main start it from this file (see parseWorkerFile in host/core.ts).
  build({ ...common, ...parseWorkerBuild, outfile: 'dist/host/parseWorker.cjs' }),
]);
