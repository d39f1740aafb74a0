// Bundles the Node side (Electron main and preload, the headless host) with esbuild.
// Dependencies stay external and load from node_modules (better-sqlite3 is native);
// the sandboxed preload is the exception: it may only require 'electron'.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
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

await Promise.all([
  build({ ...common, entryPoints: ['./electron/main.ts'], outfile: 'dist/electron/main.cjs', packages: 'external' }),
  build({
    ...common,
    entryPoints: ['./electron/preload.ts'],
    outfile: 'dist/electron/preload.cjs',
    external: ['electron'],
  }),
  build({ ...common, entryPoints: ['./electron/host/cli.ts'], outfile: 'dist/host/cli.cjs', packages: 'external' }),
  // The worker thread that reads spreadsheets and `.drill` files; both the headless host
  // and the Electron main start it from this file (see parseWorkerFile in host/core.ts).
  build({ ...common, ...parseWorkerBuild, outfile: 'dist/host/parseWorker.cjs' }),
]);
