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

/** A figure that is a ratio of two timings (fan-out over its bare-WebSocket floor): met at or under its target. */
export type Ratio = { value: number; target_max: number; met: boolean };

export function judgeRatio(numeratorMs: number, denominatorMs: number, targetMax: number): Ratio {
  const value = denominatorMs > 0 ? numeratorMs / denominatorMs : Infinity;
  return { value: Number.isFinite(value) ? round(value) : value, target_max: targetMax, met: value <= targetMax };
}

export type BenchReport = {
  counts: Record<string, number>;
  timings: Record<string, Timing>;
  ratios?: Record<string, Ratio>;
};

/** Two parts of the bench (library, fan-out) as one report: one table, one JSON object. */
export function mergeReports(...reports: BenchReport[]): BenchReport {
  return {
    counts: Object.assign({}, ...reports.map((r) => r.counts)) as Record<string, number>,
    timings: Object.assign({}, ...reports.map((r) => r.timings)) as Record<string, Timing>,
    ratios: Object.assign({}, ...reports.map((r) => r.ratios ?? {})) as Record<string, Ratio>,
  };
}

/** Whether every figure's rows were right (the bench exits non-zero otherwise). */
export function rowsAllOk(report: BenchReport): boolean {
  return Object.values(report.timings).every((t) => t.rows_ok);
}

/** The one JSON object `--json` prints: counts, then each timing with its verdict. */
export function toJson(report: BenchReport): string {
  return JSON.stringify({
    ...report.counts,
    ...report.timings,
    ...report.ratios,
    rows_ok: rowsAllOk(report),
    targets_met:
      Object.values(report.timings).every((t) => t.met) && Object.values(report.ratios ?? {}).every((r) => r.met),
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
  for (const [key, r] of Object.entries(report.ratios ?? {})) {
    lines.push(
      `${key.padEnd(30)}${r.value.toFixed(2).padStart(10)}   <= ${r.target_max}      ${r.met ? 'ok' : 'MISSED'}`,
    );
  }
  return lines;
}
