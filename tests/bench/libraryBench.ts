// `npm run bench`: fills a temp library with 10,000 exercises and 200,000 injects
// made from the built-in templates, then times listing and searching it the way the
// library screen asks. Prints a table with targets, or one JSON object with --json.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { libraryListInput } from '../../shared/api/contract';
import { exerciseContentSchema, type ExerciseContent, type Inject } from '../../shared/model/exercise';
import { openDatabase } from '../../electron/db/open';
import { createLibraryService } from '../../electron/services/library/libraryService';
import { createRecordingLogger, systemClock } from '../../electron/host/ports';

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

function main() {
  const json = process.argv.includes('--json');
  const log = (line: string) => (json ? process.stderr : process.stdout).write(line + '\n');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'drillbook-bench-'));
  const db = openDatabase(path.join(dir, 'bench.sqlite'));
  try {
    const library = createLibraryService({ db, clock: systemClock, logger: createRecordingLogger() });
    const templates = loadTemplates(path.resolve(__dirname, '../../resources/templates'));
    const seedStart = performance.now();
    db.transaction(() => {
      for (let n = 0; n < EXERCISES; n++) library.create(variant(templates[n % templates.length]!, n));
    })();
    const seedMs = performance.now() - seedStart;
    const injects = db.prepare('SELECT sum(inject_count) FROM exercises').pluck().get() as number;
    log(`seeded ${EXERCISES} exercises, ${injects} injects in ${(seedMs / 1000).toFixed(1)} s`);

    const list = (q: Partial<ReturnType<typeof libraryListInput.parse>>) => library.list(libraryListInput.parse(q));
    const queries = ['dien tap', 'khung bo', '演练', '口岸 应急', 'evacuation', 'chay nha cao tang'];
    const results = {
      library_exercises: EXERCISES,
      library_injects: injects,
      library_list_ms: time(() => list({})),
      library_list_by_title_ms: time(() => list({ sort: 'title_asc' })),
      library_list_filtered_ms: time(() => list({ hazard: 'epidemic', language: 'vi', tag: 'batch-7' })),
      library_search_ms: Math.max(...queries.map((query) => time(() => list({ query })))),
    };
    for (const query of queries) log(`  search "${query}": ${list({ query }).total} matches`);

    const targets: Record<string, number> = {
      library_list_ms: 50,
      library_list_by_title_ms: 50,
      library_list_filtered_ms: 50,
      library_search_ms: 50,
    };
    if (json) {
      process.stdout.write(JSON.stringify(results) + '\n');
      return;
    }
    log('');
    log('figure                        value      target');
    for (const [key, value] of Object.entries(results)) {
      const target = targets[key];
      const shown = key.endsWith('_ms') ? `${value.toFixed(2)} ms` : String(value);
      const verdict = target === undefined ? '' : `< ${target} ms ${value < target ? 'ok' : 'MISSED'}`;
      log(`${key.padEnd(30)}${shown.padStart(10)}   ${verdict}`);
    }
    log('(search: the slowest of the queries above, median of 30 runs each)');
  } finally {
    db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main();
