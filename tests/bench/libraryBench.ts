// `npm run bench`: fills a temp data folder with 10,000 exercises and 200,000 injects
// made from the built-in templates, then times listing and searching it the way the
// library screen asks, checking that each query returned the rows it should; then the
// built host's cold start on that folder and its library screen in Chromium. Prints a
// table with targets, or one JSON object with --json; exits 1 when any rows were wrong.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { libraryListInput } from '../../shared/api/contract';
import { openDatabase } from '../../electron/db/open';
import { DATABASE_FILE } from '../../electron/host/core';
import { createLibraryService } from '../../electron/services/library/libraryService';
import { createRecordingLogger, systemClock } from '../../electron/host/ports';
import { judge, mergeReports, rowsAllOk, toJson, toTable, type BenchReport, type RowCheck } from './report';
import { runEditorTypingBench } from './editorTypingBench';
import { runFanoutBench } from './fanoutBench';
import { EXERCISES, FILTER, QUERIES, seedLibrary } from './seedLibrary';
import { median } from './stats';
import { timeHostColdStart } from './hostStartBench';
import { timeLibraryOpen } from './libraryOpenBench';

const RUNS = 30;

function time(fn: () => unknown): number {
  const samples: number[] = [];
  fn(); // warm the statement cache and the page cache
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

type ListInput = Partial<ReturnType<typeof libraryListInput.parse>>;

const TARGET_MS = 50;
/** The host's first answer, and the library screen's first card: each under half a second. */
const START_TARGET_MS = 500;

async function runLibraryBench(log: (line: string) => void): Promise<BenchReport> {
  // A data folder as the host keeps one, so the host and the screen can open it too.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'drillbook-bench-'));
  const db = openDatabase(path.join(dir, DATABASE_FILE));
  let closed = false;
  try {
    const library = createLibraryService({ db, clock: systemClock, logger: createRecordingLogger() });
    const { shouldMatch, shouldPassFilter } = seedLibrary(db, log);
    const injects = db.prepare('SELECT sum(inject_count) FROM exercises').pluck().get() as number;

    const list = (q: ListInput) => library.list(libraryListInput.parse(q));
    /** The rows a listing found against the rows it should have: its total, and the page it returned. */
    const rowsOf = (label: string, q: ListInput, expected: number): RowCheck[] => {
      const { items, total } = list(q);
      const pageSize = libraryListInput.parse(q).limit;
      return [
        { query: `${label} (total)`, expected, got: total },
        { query: `${label} (page)`, expected: Math.min(expected, pageSize), got: items.length },
      ];
    };
    const searchMs = QUERIES.map((query) => time(() => list({ query })));
    const report: BenchReport = {
      counts: { library_exercises: EXERCISES, library_injects: injects },
      timings: {
        library_list_ms: judge(
          time(() => list({})),
          TARGET_MS,
          rowsOf('all', {}, EXERCISES),
        ),
        library_list_by_title_ms: judge(
          time(() => list({ sort: 'title_asc' })),
          TARGET_MS,
          rowsOf('all by title', { sort: 'title_asc' }, EXERCISES),
        ),
        library_list_filtered_ms: judge(
          time(() => list(FILTER)),
          TARGET_MS,
          rowsOf(JSON.stringify(FILTER), FILTER, shouldPassFilter),
        ),
        library_search_ms: judge(
          Math.max(...searchMs),
          TARGET_MS,
          QUERIES.flatMap((query) => rowsOf(`search "${query}"`, { query }, shouldMatch.get(query)!)),
        ),
      },
    };
    for (const [i, query] of QUERIES.entries()) {
      log(`  search "${query}": ${list({ query }).total} matches, ${searchMs[i]!.toFixed(2)} ms`);
    }
    // The same library, opened by the built host and its screen as a user would.
    db.close();
    closed = true;
    const coldStart = await timeHostColdStart(dir, EXERCISES, log);
    report.timings.host_cold_start_ms = judge(coldStart.ms, START_TARGET_MS, coldStart.rows);
    const open = await timeLibraryOpen(dir, EXERCISES, log);
    report.timings.library_open_ms_10000 = judge(open.ms, START_TARGET_MS, open.rows);
    return report;
  } finally {
    if (!closed) db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const PARTS = ['library', 'fanout', 'editor'] as const;

/** `--only library`, `--only fanout` or `--only editor` runs one part (while working on it); all by default. */
function parts(argv: string[]): Record<(typeof PARTS)[number], boolean> {
  const at = argv.indexOf('--only');
  const only = at >= 0 ? argv[at + 1] : undefined;
  if (only !== undefined && !(PARTS as readonly string[]).includes(only)) {
    throw new Error(`--only takes ${PARTS.join(', ')}, not ${only}`);
  }
  return {
    library: !only || only === 'library',
    fanout: !only || only === 'fanout',
    editor: !only || only === 'editor',
  };
}

async function main() {
  const json = process.argv.includes('--json');
  const log = (line: string) => (json ? process.stderr : process.stdout).write(line + '\n');
  const run = parts(process.argv);
  const reports: BenchReport[] = [];
  if (run.library) reports.push(await runLibraryBench(log));
  if (run.fanout) reports.push(await runFanoutBench(log));
  // dist/bench/ → the checkout, whose dist/ bench.mjs has just built.
  if (run.editor) reports.push(await runEditorTypingBench(log, path.resolve(__dirname, '../..')));
  const report = mergeReports(...reports);
  if (json) process.stdout.write(toJson(report) + '\n');
  else {
    log('');
    for (const line of toTable(report)) log(line);
    if (run.library) {
      log('(search: the slowest of the queries above, median of 30 runs each;');
      log(' host_cold_start_ms: spawn of dist/host/cli.cjs to the first library.list answer, median of 7;');
      log(' library_open_ms_10000: navigation start to the first card painted, in Chromium, median of 10)');
    }
    if (run.fanout) {
      log('(fan-out: release call until the last of 300 clients has the session.changed frame; p50/p99 over rounds;');
      log(' floor: the same frame text broadcast by a bare ws server to the same clients; ratio = p99 / floor p99)');
    }
    if (run.editor) {
      log('(editor: Chromium, 1,000 injects, 100 keys in an inject title, from keydown to the frame showing the');
      log(' character; MSEL open: from the click on the tab to the frame showing the table)');
    }
  }
  // Wrong rows make every figure meaningless: fail, whatever the times. A missed
  // target is reported, not failed: this machine may be busy with other work.
  if (!rowsAllOk(report)) process.exitCode = 1;
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
