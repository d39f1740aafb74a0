// A warning that every row repeats ("No channel given; set to Document.") buries the few
// that matter. The preview says such a warning once, with how many rows it concerns,
// and lists under each row only what is particular to it. Errors always stay on their
// row: they say why that row is left out.
import type { RowProblem } from './importRows';

export interface RepeatedWarning {
  problem: RowProblem;
  rows: number;
}

type RowLike = { rowNumber: number; problems: readonly RowProblem[] };

const keyOf = (p: RowProblem) => JSON.stringify([p.column, p.messageKey, p.params ?? {}]);

/** Warnings identical on two rows or more, said once; each row's remaining problems. */
export function summarizeProblems(rows: readonly RowLike[]): {
  repeated: RepeatedWarning[];
  perRow: Map<number, RowProblem[]>;
} {
  const counts = new Map<string, RepeatedWarning>();
  for (const row of rows) {
    for (const problem of new Map(row.problems.map((p) => [keyOf(p), p])).values()) {
      if (problem.severity !== 'warning') continue;
      const key = keyOf(problem);
      counts.set(key, { problem, rows: (counts.get(key)?.rows ?? 0) + 1 });
    }
  }
  const repeated = [...counts.values()].filter((r) => r.rows >= 2);
  const repeatedKeys = new Set(repeated.map((r) => keyOf(r.problem)));
  const perRow = new Map(rows.map((row) => [row.rowNumber, row.problems.filter((p) => !repeatedKeys.has(keyOf(p)))]));
  return { repeated, perRow };
}
