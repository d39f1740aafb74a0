// The renderer's language: the device's remembered choice, else the browser's (or,
// in the desktop app, the OS's) preferred languages.
import { createI18n } from '../shared/i18n/translator';
import { isLocale, pickLocale, type Locale } from '../shared/i18n/locales';

const STORAGE_KEY = 'drillbook.locale';

export function initialLocale(): Locale {
  const stored = localStorage.getItem(STORAGE_KEY);
  if (isLocale(stored)) return stored;
  return pickLocale(navigator.languages.length ? navigator.languages : [navigator.language]);
}

export function rememberLocale(locale: Locale): void {
  localStorage.setItem(STORAGE_KEY, locale);
  document.documentElement.lang = locale;
}

export const i18n = createI18n(initialLocale());
document.documentElement.lang = i18n.language;
