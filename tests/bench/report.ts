// The bench's verdicts: a timing counts only if its query returned the rows it should
// (a broken search that finds nothing is fast), and is met only under its target.

/** One query behind a timing: how many rows it should have found, and how many it did. */
export type RowCheck = { query: string; expected: number; got: number };

export type Timing = {
  ms: number;
  target_ms: number;
  /** Every query behind the figure returned the expected number of rows. */
  rows_ok: boolean;
  /** Under target, and with the right rows. */
  met: boolean;
  rows: RowCheck[];
};

export function judge(ms: number, targetMs: number, rows: RowCheck[]): Timing {
  const rowsOk = rows.length > 0 && rows.every((r) => r.expected === r.got);
  return { ms: round(ms), target_ms: targetMs, rows_ok: rowsOk, met: rowsOk && ms < targetMs, rows };
}

function round(ms: number): number {
  return Math.round(ms * 100) / 100;
}

export type BenchReport = {
  counts: Record<string, number>;
  timings: Record<string, Timing>;
};

/** Whether every figure's rows were right (the bench exits non-zero otherwise). */
export function rowsAllOk(report: BenchReport): boolean {
  return Object.values(report.timings).every((t) => t.rows_ok);
}

/** The one JSON object `--json` prints: counts, then each timing with its verdict. */
export function toJson(report: BenchReport): string {
  return JSON.stringify({
    ...report.counts,
    ...report.timings,
    rows_ok: rowsAllOk(report),
    targets_met: Object.values(report.timings).every((t) => t.met),
  });
}

/** The human table: each figure, its target, and why it is or is not met. */
export function toTable(report: BenchReport): string[] {
  const lines = ['figure                        value      target    verdict'];
  for (const [key, value] of Object.entries(report.counts))
    lines.push(`${key.padEnd(30)}${String(value).padStart(10)}`);
  for (const [key, t] of Object.entries(report.timings)) {
    const verdict = !t.rows_ok ? 'WRONG ROWS' : t.met ? 'ok' : 'MISSED';
    lines.push(`${key.padEnd(30)}${`${t.ms.toFixed(2)} ms`.padStart(10)}   < ${t.target_ms} ms   ${verdict}`);
    for (const r of t.rows.filter((row) => row.expected !== row.got)) {
      lines.push(`  ${r.query}: ${r.got} rows, expected ${r.expected}`);
    }
  }
  return lines;
}
