// Every refusal reason has a translated message in every locale, with the same
// placeholders, so no facilitator ever sees a raw key or a missing value.
import { describe, expect, it } from 'vitest';
import { catalogues } from '../../../shared/i18n/catalogues';
import { LOCALES } from '../../../shared/i18n/locales';
import { DRILL_ERROR_REASONS } from '../../../electron/services/exchange/drillFormat';

function flatten(value: unknown, prefix = ''): Record<string, string> {
  if (typeof value === 'string') return { [prefix]: value };
  const out: Record<string, string> = {};
  for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
    Object.assign(out, flatten(child, prefix ? `${prefix}.${key}` : key));
  }
  return out;
}

const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1] ?? '').sort();

describe('drill catalogue', () => {
  const en = flatten(catalogues.en.drill);

  it('has an English message for exactly the reasons the reader can give', () => {
    const errorKeys = Object.keys(en)
      .filter((k) => k.startsWith('errors.'))
      .sort();
    expect(errorKeys).toEqual(DRILL_ERROR_REASONS.map((r) => `errors.${r}`).sort());
  });

  it('has the labels the import and export screens need', () => {
    for (const key of [
      'import.title',
      'import.preview',
      'import.conflict.asCopy',
      'import.conflict.replace',
      'export.title',
      'export.done',
    ]) {
      expect(en[key], key).toBeTruthy();
    }
  });

  it.each(LOCALES.filter((l) => l !== 'en'))(
    '%s has the same keys and placeholders as English, all translated',
    (locale) => {
      const other = flatten(catalogues[locale].drill);
      expect(Object.keys(other).sort()).toEqual(Object.keys(en).sort());
      for (const [key, text] of Object.entries(en)) {
        expect(placeholders(other[key] ?? ''), `${locale} ${key}`).toEqual(placeholders(text));
        expect(other[key], `${locale} ${key} is still English`).not.toBe(text);
      }
    },
  );
});
