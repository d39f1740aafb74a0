// `npm run bench`: fills a temp library with 10,000 exercises and 200,000 injects
// made from the built-in templates, then times listing and searching it the way the
// library screen asks, checking that each query returned the rows it should. Prints a
// table with targets, or one JSON object with --json; exits 1 when any rows were wrong.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { libraryListInput } from '../../shared/api/contract';
import { exerciseContentSchema, type ExerciseContent, type Inject } from '../../shared/model/exercise';
import { openDatabase } from '../../electron/db/open';
import { createLibraryService } from '../../electron/services/library/libraryService';
import { createRecordingLogger, systemClock } from '../../electron/host/ports';
import { judge, mergeReports, rowsAllOk, toJson, toTable, type BenchReport, type RowCheck } from './report';
import { runEditorTypingBench } from './editorTypingBench';
import { runFanoutBench } from './fanoutBench';
import { cachedIndexedFields, shouldFind } from './searchOracle';

const EXERCISES = 10_000;
const INJECTS_PER_EXERCISE = 20;
const RUNS = 30;

function loadTemplates(dir: string): ExerciseContent[] {
  return fs.readdirSync(dir).flatMap((key) =>
    fs
      .readdirSync(path.join(dir, key))
      .filter((f) => f.endsWith('.json'))
      .map((f) => exerciseContentSchema.parse(JSON.parse(fs.readFileSync(path.join(dir, key, f), 'utf8')))),
  );
}

/** A template stretched to 20 injects and made distinct by its number. */
function variant(base: ExerciseContent, n: number): ExerciseContent {
  const injects: Inject[] = [];
  for (let i = 0; i < INJECTS_PER_EXERCISE; i++) {
    const source = base.injects[i % base.injects.length]!;
    injects.push({ ...source, id: `i${i}`, number: String(i + 1), offsetSec: i * 300 });
  }
  return { ...base, title: `${base.title} #${n}`, injects, tags: [...base.tags, `batch-${n % 50}`] };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

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

const QUERIES = ['dien tap', 'khung bo', '演练', '口岸 应急', 'evacuation', 'chay nha cao tang'];
const FILTER = { hazard: 'epidemic', language: 'vi', tag: 'batch-7' } as const;
const TARGET_MS = 50;

function runLibraryBench(log: (line: string) => void): BenchReport {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'drillbook-bench-'));
  const db = openDatabase(path.join(dir, 'bench.sqlite'));
  try {
    const library = createLibraryService({ db, clock: systemClock, logger: createRecordingLogger() });
    const templates = loadTemplates(path.resolve(__dirname, '../../resources/templates'));

    // What each query should find, counted in memory as the library fills.
    const shouldMatch = new Map(QUERIES.map((q) => [q, 0]));
    let shouldPassFilter = 0;
    const indexedFields = cachedIndexedFields();
    const seedStart = performance.now();
    db.transaction(() => {
      for (let n = 0; n < EXERCISES; n++) {
        const doc = variant(templates[n % templates.length]!, n);
        library.create(doc);
        const fields = indexedFields(doc);
        for (const q of QUERIES) if (shouldFind(q, fields)) shouldMatch.set(q, shouldMatch.get(q)! + 1);
        if (doc.hazard === FILTER.hazard && doc.language === FILTER.language && doc.tags.includes(FILTER.tag))
          shouldPassFilter++;
      }
    })();
    const seedMs = performance.now() - seedStart;
    const injects = db.prepare('SELECT sum(inject_count) FROM exercises').pluck().get() as number;
    log(`seeded ${EXERCISES} exercises, ${injects} injects in ${(seedMs / 1000).toFixed(1)} s`);

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
    return report;
  } finally {
    db.close();
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
  if (run.library) reports.push(runLibraryBench(log));
  if (run.fanout) reports.push(await runFanoutBench(log));
  // dist/bench/ → the checkout, whose dist/ bench.mjs has just built.
  if (run.editor) reports.push(await runEditorTypingBench(log, path.resolve(__dirname, '../..')));
  const report = mergeReports(...reports);
  if (json) process.stdout.write(toJson(report) + '\n');
  else {
    log('');
    for (const line of toTable(report)) log(line);
    if (run.library) log('(search: the slowest of the queries above, median of 30 runs each)');
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
