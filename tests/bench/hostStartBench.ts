// host_cold_start_ms: from spawning `node dist/host/cli.cjs` on a data folder holding
// the seeded library to the first API answer (library.list over the WebSocket, as the
// library screen asks first: its first page). A new process each run; the disk cache is warm after
// the first, which is left out, so the figure is the app's own start and not the disk's.
import { pageQuery } from '../../renderer/screens/library/paging';
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
      const { value, atMs } = await host.call('library.list', pageQuery(0));
      if (run === 0) continue; // warms the disk cache
      samples.push(atMs);
      rows.push({ query: `cold start ${run}: library.list total`, expected: expectedTotal, got: totalOf(value) });
      const cpu = host.cpuMs();
      const cpuNote = cpu === null ? '' : ` (the host had used ${cpu} ms of CPU by then)`;
      log(`  host cold start ${run}: link at ${host.linkMs.toFixed(0)} ms, answer at ${atMs.toFixed(0)} ms${cpuNote}`);
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
