// Every way a spreadsheet can be refused has a sentence in every locale, and every limit
// sentence shows its number.
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../../shared/i18n/locales';
import { catalogues } from '../../../shared/i18n/catalogues';
import { LIMIT_REASONS, SHEET_ERROR_REASONS } from '../../../electron/services/spreadsheet/sheetErrors';

describe('spreadsheet error catalogue', () => {
  for (const locale of LOCALES) {
    it(`${locale} translates every reason, limits with their numbers`, () => {
      const errors = (catalogues[locale].spreadsheet as { errors: Record<string, string> }).errors;
      for (const reason of SHEET_ERROR_REASONS) expect(errors[reason], reason).toBeTruthy();
      for (const reason of LIMIT_REASONS) expect(errors[reason], reason).toMatch(/\{\{max(MiB)?, number\}\}/);
    });
  }
});
