// A catalogue's text by its key, for tests that must see the translation itself: a
// missing key throws here instead of comparing the page to the key it would show.
import { catalogues } from '../../../shared/i18n/catalogues';
import type { Locale } from '../../../shared/i18n/locales';

export function catalogueText(locale: Locale, key: string): string {
  let node: unknown = catalogues[locale];
  for (const part of key.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
  if (typeof node !== 'string') throw new Error(`no text for ${key} in the ${locale} catalogue`);
  return node;
}

/** Each app language with the browser locale a user of it has, for the "looks right in…" tests. */
export const BROWSER_LOCALES: readonly (readonly [Locale, string])[] = [
  ['en', 'en-US'],
  ['vi', 'vi-VN'],
  ['zh-Hans', 'zh-CN'],
  ['zh-Hant', 'zh-TW'],
];
