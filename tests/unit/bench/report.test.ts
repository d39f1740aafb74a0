import { describe, expect, it } from 'vitest';
import { judge, judgeRatio, mergeReports, rowsAllOk, toJson, toTable, type BenchReport } from '../../bench/report';

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

  it('meets a ratio at or under its target, and never with a floor of nothing', () => {
    expect(judgeRatio(80, 20, 4)).toEqual({ value: 4, target_max: 4, met: true });
    expect(judgeRatio(81, 20, 4)).toMatchObject({ value: 4.05, met: false });
    expect(judgeRatio(80, 0, 4)).toMatchObject({ met: false });
  });

  it('merges the library and fan-out parts into one JSON object, ratios in the verdict', () => {
    const library: BenchReport = {
      counts: { library_exercises: 10 },
      timings: { library_list_ms: judge(5, 50, right) },
    };
    const fanout: BenchReport = {
      counts: { fanout_clients: 300 },
      timings: { fanout_p99_ms_300: judge(60, 100, right) },
      ratios: { fanout_ratio_p99: judgeRatio(60, 10, 4) },
    };
    const json = JSON.parse(toJson(mergeReports(library, fanout))) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual([
      'library_exercises',
      'fanout_clients',
      'library_list_ms',
      'fanout_p99_ms_300',
      'fanout_ratio_p99',
      'rows_ok',
      'targets_met',
    ]);
    // Every timing met, but the ratio (6) missed its target of 4: not all targets met.
    expect(json).toMatchObject({ fanout_ratio_p99: { value: 6, met: false }, rows_ok: true, targets_met: false });
    expect(toTable(mergeReports(library, fanout)).join('\n')).toMatch(/fanout_ratio_p99\s+6\.00\s+<= 4\s+MISSED/);
  });
});
