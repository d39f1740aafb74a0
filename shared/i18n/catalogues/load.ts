// One language's catalogue, loaded when it is first needed: the renderer's bundle holds
// none of them, so a page downloads and parses only the language it shows (each locale
// is a chunk of its own), and another when the user switches to it.
import type { Locale } from '../locales';
import type { Catalogue } from './namespaces';

const loaders: Record<Locale, () => Promise<Catalogue>> = {
  en: () => import('./en').then((m) => m.en),
  vi: () => import('./vi').then((m) => m.vi),
  'zh-Hans': () => import('./zh-Hans').then((m) => m.zhHans),
  'zh-Hant': () => import('./zh-Hant').then((m) => m.zhHant),
};

export function loadCatalogue(locale: Locale): Promise<Catalogue> {
  return loaders[locale]();
}
