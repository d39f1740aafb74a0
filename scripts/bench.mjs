// Builds the app, then bundles and runs the benchmarks under plain Node (what the host runs on). The fan-out
// part forks its clients from fanoutClients.cjs and its host core needs a parse worker
// file: all three are bundled side by side in dist/bench/.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { parseWorkerBuild } from './parseWorkerBuild.mjs';

// The host's cold start and the library screen are timed on the built app: build it
// first, so the figures are of this tree. Its output goes to stderr (--json owns stdout).
const built = spawnSync('npm', ['run', '-s', 'build'], { stdio: ['ignore', 2, 2] });
if (built.status !== 0) process.exit(built.status ?? 1);
const common = { bundle: true, platform: 'node', format: 'cjs', packages: 'external', logLevel: 'warning' };
await Promise.all([
  build({ ...common, entryPoints: ['./tests/bench/libraryBench.ts'], outfile: 'dist/bench/libraryBench.cjs' }),
  build({ ...common, entryPoints: ['./tests/bench/fanoutClients.ts'], outfile: 'dist/bench/fanoutClients.cjs' }),
  build({ ...parseWorkerBuild, logLevel: 'warning', outfile: 'dist/bench/parseWorker.cjs' }),
]);
const run = spawnSync(process.execPath, ['dist/bench/libraryBench.cjs', ...process.argv.slice(2)], {
  stdio: 'inherit',
});
process.exit(run.status ?? 1);
