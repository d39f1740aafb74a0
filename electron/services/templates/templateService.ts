// The built-in exercises shipped in resources/templates/<key>/<locale>.json. They are
// read once, validated like any imported exercise, and copied into the library on
// request; the library never points at a template, so updating the app never changes
// an exercise someone already adapted.
import fs from 'node:fs';
import path from 'node:path';
import type { TemplateSummary } from '../../../shared/api/contract';
import { DomainError } from '../../../shared/api/errors';
import { isLocale, type Locale } from '../../../shared/i18n/locales';
import { exerciseContentSchema, type ExerciseContent } from '../../../shared/model/exercise';
import type { Logger } from '../../host/ports';

export type TemplateService = {
  list(): TemplateSummary[];
  content(key: string, locale: Locale): ExerciseContent;
};

/**
 * The templates are read and validated when first asked for (the template dialog, a
 * copy), not when the host starts: validating sixteen whole exercises is a good part of
 * a start that should answer at once. A broken built-in file is a packaging bug that
 * tests/unit/templates catches; here it fails the call that needs it, loudly.
 */
export function loadTemplates(dir: string, logger: Logger): TemplateService {
  let read: Map<string, Map<Locale, ExerciseContent>> | null = null;
  const templates = () => (read ??= readTemplates(dir, logger));
  return {
    list() {
      return [...templates().entries()].map(([key, versions]) => {
        const first = [...versions.values()][0]!;
        return {
          key,
          hazard: first.hazard,
          kind: first.kind,
          versions: [...versions.entries()].map(([locale, c]) => ({
            locale,
            title: c.title,
            description: c.description,
            teamCount: c.teams.length,
            injectCount: c.injects.length,
          })),
        };
      });
    },
    content(key, locale) {
      const content = templates().get(key)?.get(locale);
      if (!content) throw new DomainError('not_found', 'errors.templateNotFound', { key, locale });
      return structuredClone(content);
    },
  };
}

function readTemplates(dir: string, logger: Logger): Map<string, Map<Locale, ExerciseContent>> {
  const templates = new Map<string, Map<Locale, ExerciseContent>>();
  const keys = fs.existsSync(dir) ? fs.readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()) : [];
  if (keys.length === 0) logger.warn('no built-in templates found', { dir });
  for (const entry of keys) {
    const versions = new Map<Locale, ExerciseContent>();
    for (const file of fs.readdirSync(path.join(dir, entry.name)).sort()) {
      const locale = file.replace(/\.json$/, '');
      if (!file.endsWith('.json') || !isLocale(locale)) continue;
      // A broken built-in file is a packaging bug: the call fails loudly (see above).
      const content = exerciseContentSchema.parse(
        JSON.parse(fs.readFileSync(path.join(dir, entry.name, file), 'utf8')),
      );
      versions.set(locale, content);
    }
    if (versions.size > 0) templates.set(entry.name, versions);
  }

  return templates;
}
