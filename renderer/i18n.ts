// The renderer's i18next instance, made once the shown language's texts are here
// (texts.ts loads them, started by boot.ts), and the switch to another language, whose
// texts are loaded before the switch so no screen ever shows a bare key.
import type { i18n as I18n } from 'i18next';
import type { Catalogue } from '../shared/i18n/catalogues/namespaces';
import { loadCatalogue } from '../shared/i18n/catalogues/load';
import type { Locale } from '../shared/i18n/locales';
import { createI18nWith, resourcesOf } from '../shared/i18n/setup';
import { rememberLocale } from './texts';

export function createI18n(locale: Locale, catalogue: Catalogue): I18n {
  return createI18nWith(locale, resourcesOf({ [locale]: catalogue }));
}

/** Loads `locale`'s catalogue if this page has yet to, then shows it (rejects if it cannot be loaded). */
export async function switchLocale(i18n: I18n, locale: Locale): Promise<void> {
  if (!i18n.hasResourceBundle(locale, 'translation')) {
    i18n.addResourceBundle(locale, 'translation', await loadCatalogue(locale));
  }
  await i18n.changeLanguage(locale);
  rememberLocale(locale);
}
