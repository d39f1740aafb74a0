// One i18next setup for every part of the app (React renderer, Electron menus, host
// CLI): resources come from the catalogues, keys are `<namespace>.<key>`. Here with every
// language at once, as Node uses it; the renderer loads one (renderer/i18n.ts).
import type { i18n } from 'i18next';
import { catalogues } from './catalogues';
import { DEFAULT_LOCALE, type Locale } from './locales';
import { createI18nWith, resourcesOf } from './setup';

export function i18nResources() {
  return resourcesOf(catalogues);
}

export function createI18n(locale: Locale): i18n {
  return createI18nWith(locale, i18nResources());
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
