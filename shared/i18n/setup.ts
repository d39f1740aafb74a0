// The i18next options every part of the app shares (React renderer, Electron menus, host
// CLI), apart from where the catalogues come from: Node passes every language, the
// renderer the one it shows (adding others as the user switches).
import i18next, { type i18n, type Resource } from 'i18next';
import { LOCALES, type Locale } from './locales';
import type { Catalogue } from './catalogues/namespaces';

/** i18next resources for the given catalogues: keys are `<namespace>.<key>` in one `translation` namespace. */
export function resourcesOf(catalogues: Partial<Record<Locale, Catalogue>>): Resource {
  return Object.fromEntries(Object.entries(catalogues).map(([locale, c]) => [locale, { translation: c }]));
}

export function createI18nWith(locale: Locale, resources: Resource): i18n {
  const instance = i18next.createInstance();
  void instance.init({
    lng: locale,
    fallbackLng: false,
    supportedLngs: [...LOCALES],
    resources,
    initImmediate: false,
    interpolation: { escapeValue: false }, // React escapes; CLI and menus are not HTML
    returnNull: false,
  } as Parameters<i18n['init']>[0]);
  return instance;
}
