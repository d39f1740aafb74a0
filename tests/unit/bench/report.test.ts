import { describe, expect, it } from 'vitest';
import { judge, rowsAllOk, toJson, toTable, type BenchReport } from '../../bench/report';

const right = [{ query: 'search "x"', expected: 12, got: 12 }];
const wrong = [{ query: 'search "x"', expected: 12, got: 0 }];

describe('bench verdicts', () => {
  it('meets a target only under it, and only with the right rows', () => {
    expect(judge(10, 50, right)).toMatchObject({ met: true, rows_ok: true });
    expect(judge(50, 50, right)).toMatchObject({ met: false, rows_ok: true });
    // A broken search is fast; it must not pass for it.
    expect(judge(0.01, 50, wrong)).toMatchObject({ met: false, rows_ok: false });
    // A figure with nothing checked proves nothing either.
    expect(judge(10, 50, [])).toMatchObject({ met: false, rows_ok: false });
  });

  it('--json prints every figure with its target and verdict, and says whether all rows were right', () => {
    const report: BenchReport = {
      counts: { library_exercises: 10_000 },
      timings: { library_list_ms: judge(12.345, 50, right), library_search_ms: judge(70, 50, right) },
    };
    expect(JSON.parse(toJson(report))).toEqual({
      library_exercises: 10_000,
      library_list_ms: { ms: 12.35, target_ms: 50, rows_ok: true, met: true, rows: right },
      library_search_ms: { ms: 70, target_ms: 50, rows_ok: true, met: false, rows: right },
      rows_ok: true,
      targets_met: false,
    });
    expect(rowsAllOk(report)).toBe(true);
  });

  it('marks wrong rows in the JSON and in the table, naming the query', () => {
    const report: BenchReport = { counts: {}, timings: { library_search_ms: judge(1, 50, wrong) } };
    expect(rowsAllOk(report)).toBe(false);
    expect(JSON.parse(toJson(report))).toMatchObject({ rows_ok: false, targets_met: false });
    const table = toTable(report).join('\n');
    expect(table).toContain('WRONG ROWS');
    expect(table).toContain('search "x": 0 rows, expected 12');
  });

  it('prints MISSED for a slow figure with the right rows', () => {
    const report: BenchReport = { counts: {}, timings: { library_list_ms: judge(80, 50, right) } };
    expect(toTable(report)[1]).toMatch(/library_list_ms\s+80\.00 ms\s+< 50 ms\s+MISSED$/);
  });
});
