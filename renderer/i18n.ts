// The renderer's language: the device's remembered choice, else the browser's (or,
// in the desktop app, the OS's) preferred languages. Only that language's catalogue is
// loaded at start; another is loaded when the user switches to it, before the switch,
// so no screen ever shows a bare key.
import type { i18n as I18n } from 'i18next';
import { loadCatalogue } from '../shared/i18n/catalogues/load';
import { isLocale, pickLocale, type Locale } from '../shared/i18n/locales';
import { createI18nWith, resourcesOf } from '../shared/i18n/setup';

const STORAGE_KEY = 'drillbook.locale';
/** A page that could not fetch its texts at start (the host gone for a moment) reloads after this. */
const RELOAD_AFTER_MS = 2_000;

export function initialLocale(): Locale {
  const stored = localStorage.getItem(STORAGE_KEY);
  if (isLocale(stored)) return stored;
  return pickLocale(navigator.languages.length ? navigator.languages : [navigator.language]);
}

export function rememberLocale(locale: Locale): void {
  localStorage.setItem(STORAGE_KEY, locale);
  document.documentElement.lang = locale;
}

/**
 * The i18next instance in `locale`, once its catalogue is here. Nothing can be shown
 * before (every text comes from it). A failed fetch is not tried again in place (the
 * browser keeps a module that failed to load as failed for the page's lifetime): the
 * page reloads after a moment, as the user would, until the host serves it again.
 */
export async function startI18n(locale: Locale): Promise<I18n> {
  try {
    const catalogue = await loadCatalogue(locale);
    document.documentElement.lang = locale;
    return createI18nWith(locale, resourcesOf({ [locale]: catalogue }));
  } catch (error) {
    console.error('drillbook: could not load the texts; reloading', error);
    setTimeout(() => window.location.reload(), RELOAD_AFTER_MS);
    return new Promise<never>(() => {});
  }
}

/** Loads `locale`'s catalogue if this page has yet to, then shows it (rejects if it cannot be loaded). */
export async function switchLocale(i18n: I18n, locale: Locale): Promise<void> {
  if (!i18n.hasResourceBundle(locale, 'translation')) {
    i18n.addResourceBundle(locale, 'translation', await loadCatalogue(locale));
  }
  await i18n.changeLanguage(locale);
  rememberLocale(locale);
}
