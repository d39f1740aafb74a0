// The renderer's language: the device's remembered choice, else the browser's (or, in
// the desktop app, the OS's) preferred languages. Only that language's catalogue is
// loaded at start; another is loaded when the user switches to it (i18n.ts). No i18next
// here: boot.ts starts the texts' download before i18next has been loaded.
import type { Catalogue } from '../shared/i18n/catalogues/namespaces';
import { loadCatalogue } from '../shared/i18n/catalogues/load';
import { LOCALE_COOKIE } from '../shared/api/endpoints';
import { isLocale, pickLocale, type Locale } from '../shared/i18n/locales';

const STORAGE_KEY = 'drillbook.locale';
const ONE_YEAR_S = 365 * 24 * 60 * 60;
/** A page that could not fetch its texts at start (the host gone for a moment) reloads after this. */
const RELOAD_AFTER_MS = 2_000;

export function initialLocale(): Locale {
  const stored = localStorage.getItem(STORAGE_KEY);
  if (isLocale(stored)) {
    tellHostLocale(stored);
    return stored;
  }
  return pickLocale(navigator.languages.length ? navigator.languages : [navigator.language]);
}

export function rememberLocale(locale: Locale): void {
  localStorage.setItem(STORAGE_KEY, locale);
  tellHostLocale(locale);
  document.documentElement.lang = locale;
}

/**
 * The chosen language as a cookie too: the host renders a staff link's first page in it
 * (electron/host/firstPageHtml.ts), and cannot read this device's storage. Without a
 * choice both go by the browser's languages (Accept-Language), so they agree.
 */
function tellHostLocale(locale: Locale): void {
  document.cookie = `${LOCALE_COOKIE}=${locale}; path=/; max-age=${ONE_YEAR_S}; samesite=strict`;
}

/**
 * `locale`'s catalogue. Nothing can be shown before (every text comes from it). A failed
 * fetch is not tried again in place (the browser keeps a module that failed to load as
 * failed for the page's lifetime): the page reloads after a moment, as the user would,
 * until the host serves it again.
 */
export async function loadTexts(locale: Locale): Promise<Catalogue> {
  try {
    const catalogue = await loadCatalogue(locale);
    document.documentElement.lang = locale;
    return catalogue;
  } catch (error) {
    console.error('drillbook: could not load the texts; reloading', error);
    setTimeout(() => window.location.reload(), RELOAD_AFTER_MS);
    return new Promise<never>(() => {});
  }
}
