// Bundles and runs the benchmarks under plain Node (what the host runs on).
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';

await build({
  entryPoints: ['./tests/bench/libraryBench.ts'],
  outfile: 'dist/bench/libraryBench.cjs',
  bundle: true,
  platform: 'node',
  format: 'cjs',
  packages: 'external',
  logLevel: 'warning',
});
const run = spawnSync(process.execPath, ['dist/bench/libraryBench.cjs', ...process.argv.slice(2)], {
  stdio: 'inherit',
});
process.exit(run.status ?? 1);
