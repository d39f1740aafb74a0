// The spreadsheet catalogue, read as data: exports write its column and channel labels,
// and imports recognise them in every locale, so a file exported in Chinese imports
// cleanly on a Vietnamese machine.
import type { Locale } from '../i18n/locales';
import { LOCALES } from '../i18n/locales';
import en from '../i18n/catalogues/en/spreadsheet.json';
import vi from '../i18n/catalogues/vi/spreadsheet.json';
import zhHans from '../i18n/catalogues/zh-Hans/spreadsheet.json';
import zhHant from '../i18n/catalogues/zh-Hant/spreadsheet.json';

export type SpreadsheetCatalogue = typeof en;

export const spreadsheetCatalogues: Record<Locale, SpreadsheetCatalogue> = {
  en,
  vi,
  'zh-Hans': zhHans,
  'zh-Hant': zhHant,
};

/** Every locale's label for one key, e.g. all four words for the "to" column. */
export function labelsInAllLocales(pick: (c: SpreadsheetCatalogue) => string): string[] {
  return LOCALES.map((locale) => pick(spreadsheetCatalogues[locale]));
}
