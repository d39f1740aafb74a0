// How the parse worker is bundled: shared by the app build (build-main.mjs) and the
// tests' global setup, which builds it to dist-test/ so vitest never needs `npm run build`.
export const parseWorkerBuild = {
  entryPoints: ['./electron/host/parsing/parseWorker.ts'],
  bundle: true,
  platform: 'node',
  target: 'node22',
  format: 'cjs',
  packages: 'external',
};
