// host_cold_start_ms: from spawning `node dist/host/cli.cjs` on a data folder holding
// the seeded library to the first API answer (library.list over the WebSocket, as the
// library screen asks first). A new process each run; the disk cache is warm after
// the first, which is left out, so the figure is the app's own start and not the disk's.
import { startBenchHost } from './benchHost';
import { median } from './stats';
import type { RowCheck } from './report';

const RUNS = 7;

export async function timeHostColdStart(
  dataDir: string,
  expectedTotal: number,
  log: (line: string) => void,
): Promise<{ ms: number; rows: RowCheck[] }> {
  const samples: number[] = [];
  const rows: RowCheck[] = [];
  for (let run = 0; run <= RUNS; run++) {
    const host = await startBenchHost(dataDir);
    try {
      const { value, atMs } = await host.call('library.list', {});
      if (run === 0) continue; // warms the disk cache
      samples.push(atMs);
      rows.push({ query: `cold start ${run}: library.list total`, expected: expectedTotal, got: totalOf(value) });
      log(`  host cold start ${run}: link printed at ${host.linkMs.toFixed(0)} ms, answered at ${atMs.toFixed(0)} ms`);
    } finally {
      await host.stop();
    }
  }
  return { ms: median(samples), rows };
}

function totalOf(value: unknown): number {
  const total = (value as { total?: unknown } | null)?.total;
  return typeof total === 'number' ? total : -1;
}
