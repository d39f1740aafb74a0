// One i18next setup for every part of the app (React renderer, Electron menus, host
// CLI): resources come from the catalogues, keys are `<namespace>.<key>`.
import i18next, { type i18n } from 'i18next';
import { catalogues } from './catalogues';
import { DEFAULT_LOCALE, LOCALES, type Locale } from './locales';

export function i18nResources() {
  return Object.fromEntries(LOCALES.map((l) => [l, { translation: catalogues[l] }]));
}

export function createI18n(locale: Locale): i18n {
  const instance = i18next.createInstance();
  void instance.init({
    lng: locale,
    fallbackLng: false,
    supportedLngs: [...LOCALES],
    resources: i18nResources(),
    initImmediate: false,
    interpolation: { escapeValue: false }, // React escapes; CLI and menus are not HTML
    returnNull: false,
  } as Parameters<i18n['init']>[0]);
  return instance;
}

export type Translate = (key: string, params?: Record<string, unknown>) => string;

const translators = new Map<Locale, Translate>();

/** One translator per locale, made on first use: the host asks for one per import call. */
export function createTranslator(locale: Locale = DEFAULT_LOCALE): Translate {
  let translate = translators.get(locale);
  if (!translate) {
    const instance = createI18n(locale);
    translate = (key, params) => instance.t(key, params ?? {}) as string;
    translators.set(locale, translate);
  }
  return translate;
}
