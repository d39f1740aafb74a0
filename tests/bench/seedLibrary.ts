// Fills a library with 10,000 exercises and 200,000 injects made from the built-in
// templates, counting in memory what each bench query should find as it goes. The
// library file is the host's own (DATABASE_FILE in a data folder), so the same
// library serves the service timings, the host's cold start and the screen in Chromium.
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { exerciseContentSchema, type ExerciseContent, type Inject } from '../../shared/model/exercise';
import type { Db } from '../../electron/db/open';
import { createLibraryService } from '../../electron/services/library/libraryService';
import { createRecordingLogger, systemClock } from '../../electron/host/ports';
import { cachedIndexedFields, shouldFind } from './searchOracle';

export const EXERCISES = 10_000;
const INJECTS_PER_EXERCISE = 20;

export const QUERIES = ['dien tap', 'khung bo', '演练', '口岸 应急', 'evacuation', 'chay nha cao tang'];
export const FILTER = { hazard: 'epidemic', language: 'vi', tag: 'batch-7' } as const;

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

/** What the bench's queries should find in the seeded library. */
export type SeedOracle = { shouldMatch: Map<string, number>; shouldPassFilter: number };

export function seedLibrary(db: Db, log: (line: string) => void): SeedOracle {
  const library = createLibraryService({ db, clock: systemClock, logger: createRecordingLogger() });
  const templates = loadTemplates(path.resolve(__dirname, '../../resources/templates'));
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
  return { shouldMatch, shouldPassFilter };
}
