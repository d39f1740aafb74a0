// Every class of hostile spreadsheet, generated, through the real reader: each answer
// is a translated refusal naming the limit with its numbers, or the right rows, and
// memory stays bounded while the file is read (measured from another thread).
import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../shared/api/errors';
import { createTranslator } from '../../../shared/i18n/translator';
import { readSpreadsheetFile } from '../../../electron/services/spreadsheet/readSpreadsheetFile';
import { HOSTILE_CSV, HOSTILE_XLSX, type HostileCase } from '../../support/hostileSheetCases';
import { peakRssGrowth } from '../../support/hostileSheets';

const MEMORY_BOUND = 200 * 1024 * 1024;
const translate = createTranslator('en');

async function expectAnswer(c: HostileCase) {
  const bytes = c.build();
  const { outcome, growth } = await peakRssGrowth(() => readSpreadsheetFile(c.fileName, bytes, null));
  if (c.refused) {
    expect(outcome).toBeInstanceOf(DomainError);
    const error = outcome as DomainError;
    expect({ code: error.code, messageKey: error.messageKey }).toEqual({
      code: c.refused.code,
      messageKey: `spreadsheet.errors.${c.refused.reason}`,
    });
    expect(error.details).toMatchObject(c.refused.details);
    // The message is a sentence of the catalogue with the numbers in it, not the key.
    const message = translate(error.messageKey, error.details);
    expect(message).not.toContain('spreadsheet.errors');
    expect(message).not.toMatch(/\{\{/);
  } else {
    expect(outcome).not.toBeInstanceOf(Error);
    c.check?.(outcome as Awaited<ReturnType<typeof readSpreadsheetFile>>);
  }
  expect(growth, `peak memory growth ${Math.round(growth / 1e6)} MB`).toBeLessThan(MEMORY_BOUND);
}

describe('hostile XLSX files through readSpreadsheetFile', () => {
  for (const c of HOSTILE_XLSX) it(c.name, () => expectAnswer(c), 60_000);
});

describe('hostile CSV files through readSpreadsheetFile', () => {
  for (const c of HOSTILE_CSV) it(c.name, () => expectAnswer(c), 60_000);
});

describe('limit messages', () => {
  it('name the limit with its number, formatted for the reader', () => {
    const details = { sheet: 'MSEL', max: 5000, row: 5001 };
    expect(translate('spreadsheet.errors.sheetTooManyRows', details)).toContain('more than 5,000 rows');
    expect(createTranslator('vi')('spreadsheet.errors.sheetTooManyRows', details)).toContain('hơn 5.000 dòng');
    expect(createTranslator('zh-Hans')('spreadsheet.errors.sheetTooManyRows', details)).toContain('超过 5,000 行');
    expect(createTranslator('zh-Hant')('spreadsheet.errors.sheetTooManyRows', details)).toContain('超過 5,000 列');
  });
});
