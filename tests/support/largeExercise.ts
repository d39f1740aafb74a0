// An exercise with a long MSEL, as the bench and the end-to-end tests need it: a
// built-in template whose injects are repeated, re-numbered and spread in time until
// there are `count` of them (1,000 by default). Every copy keeps its template's teams,
// phases and expected actions, so the document is valid and the editor shows it whole.
import fs from 'node:fs';
import path from 'node:path';
import type { Locale } from '../../shared/i18n/locales';
import { exerciseContentSchema, type ExerciseContent, type Inject } from '../../shared/model/exercise';

const TEMPLATES = path.resolve(__dirname, '../../resources/templates');

/** Seconds between two consecutive injects: close enough that the timeline has to stack them. */
const SPACING_SEC = 36;

export function templateContent(key: string, locale: Locale): ExerciseContent {
  const file = path.join(TEMPLATES, key, `${locale}.json`);
  return exerciseContentSchema.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
}

export function largeExercise(locale: Locale = 'en', count = 1_000, templateKey = 'office-terrorism'): ExerciseContent {
  const base = templateContent(templateKey, locale);
  const injects: Inject[] = [];
  for (let i = 0; i < count; i++) {
    const source = base.injects[i % base.injects.length]!;
    injects.push({
      ...source,
      id: `inject-${i + 1}`,
      number: String(i + 1),
      offsetSec: i * SPACING_SEC,
      // Ids are unique across the whole document, expected actions' too.
      expectedActions: source.expectedActions.map((action) => ({ ...action, id: `${action.id}-${i + 1}` })),
    });
  }
  const minutes = Math.ceil((count * SPACING_SEC) / 60) + 10;
  return exerciseContentSchema.parse({
    ...base,
    title: `${base.title} (${count})`,
    plannedDurationMin: Math.max(base.plannedDurationMin, minutes),
    injects,
  });
}
