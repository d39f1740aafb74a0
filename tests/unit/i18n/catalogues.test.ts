import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogues, NAMESPACES } from '../../../shared/i18n/catalogues';
import { LOCALES } from '../../../shared/i18n/locales';
import { EVENT_NAMES, METHOD_NAMES } from '../../../shared/api/contract';

const PLURAL = /_(zero|one|two|few|many|other)$/;

function leaves(value: unknown, prefix = ''): string[] {
  if (typeof value === 'string') return [prefix];
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
  }
  throw new Error(`${prefix} is neither text nor a group`);
}

/** Keys with plural suffixes folded, so "x_one"/"x_other" in English match "x_other" in Vietnamese. */
function baseKeys(locale: (typeof LOCALES)[number]): Set<string> {
  return new Set(leaves(catalogues[locale]).map((k) => k.replace(PLURAL, '')));
}

describe('message catalogues', () => {
  it('every locale has exactly the same keys as English', () => {
    const english = baseKeys('en');
    for (const locale of LOCALES) {
      const keys = baseKeys(locale);
      expect(
        [...english].filter((k) => !keys.has(k)),
        `${locale} is missing`,
      ).toEqual([]);
      expect(
        [...keys].filter((k) => !english.has(k)),
        `${locale} has extra`,
      ).toEqual([]);
    }
  });

  it('every plural key has each form its language needs', () => {
    for (const locale of LOCALES) {
      const all = new Set(leaves(catalogues[locale]));
      const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
      for (const key of all) {
        if (!PLURAL.test(key)) continue;
        const base = key.replace(PLURAL, '');
        for (const category of categories)
          expect(all.has(`${base}_${category}`), `${locale}: ${base}_${category}`).toBe(true);
      }
    }
  });

  it('no text is empty and interpolations match across locales', () => {
    const vars = (s: string) => [...s.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort();
    const english = catalogues.en;
    for (const locale of LOCALES) {
      for (const key of leaves(catalogues[locale])) {
        const text = key
          .split('.')
          .reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], catalogues[locale]) as string;
        expect(text.trim(), `${locale}:${key}`).not.toBe('');
        const enKey = key.replace(PLURAL, '_other');
        const enText = enKey
          .split('.')
          .reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], english);
        if (typeof enText === 'string')
          expect(
            vars(text).filter((v) => v !== 'count'),
            `${locale}:${key}`,
          ).toEqual(vars(enText).filter((v) => v !== 'count'));
      }
    }
  });

  it('every catalogue file on disk is loaded, and every loaded namespace has a file', () => {
    const dir = path.resolve(__dirname, '../../../shared/i18n/catalogues');
    for (const locale of LOCALES) {
      const files = fs
        .readdirSync(path.join(dir, locale))
        .filter((f) => f.endsWith('.json'))
        .map((f) => f.replace(/\.json$/, ''))
        .sort();
      expect(files).toEqual([...NAMESPACES].sort());
    }
  });

  it('every literal message key in the source exists in the catalogues', () => {
    const root = path.resolve(__dirname, '../../..');
    const english = new Set(leaves(catalogues.en).map((k) => k.replace(PLURAL, '')));
    const pattern = new RegExp(`['"\`]((?:${NAMESPACES.join('|')})\\.[A-Za-z0-9_.]+)['"\`]`, 'g');
    const missing: string[] = [];
    const apiNames = new Set<string>([...METHOD_NAMES, ...EVENT_NAMES]);
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (/\.tsx?$/.test(entry.name)) {
          for (const match of fs.readFileSync(full, 'utf8').matchAll(pattern)) {
            const key = match[1]!;
            if (key.endsWith('.')) continue; // a prefix completed at run time
            if (apiNames.has(key)) continue; // "library.list" is a method, not a message
            if (!english.has(key)) missing.push(`${path.relative(root, full)}: ${key}`);
          }
        }
      }
    };
    for (const dir of ['renderer', 'electron', 'shared']) walk(path.join(root, dir));
    expect(missing).toEqual([]);
  });
});
