// The workbook zip: the .drill reader's checks with workbook limits, and only the parts
// asked for are ever inflated or judged.
import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../shared/api/errors';
import { openWorkbookZip, XLSX_ZIP_LIMITS } from '../../../electron/services/spreadsheet/xlsx/xlsxZip';
import { readXlsx } from '../../../electron/services/spreadsheet/readSheet';
import { part, textCell, worksheet, xlsxOf, zipParts, type RawPart } from '../../support/hostileSheets';

async function refusal(promise: Promise<unknown>): Promise<DomainError> {
  const outcome = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(outcome).toBeInstanceOf(DomainError);
  return outcome as DomainError;
}

const small = { ...XLSX_ZIP_LIMITS, maxEntryBytes: 1000, maxTotalUncompressedBytes: 1500, maxEntries: 3 };

describe('openWorkbookZip', () => {
  it('refuses a part that inflates past the part limit, even when its header says less', async () => {
    const lying: RawPart = { ...part('xl/big.xml', 'x'.repeat(2000)), uncompressedSize: 500 };
    const zip = await openWorkbookZip(zipParts([lying]), small);
    // Counted as it inflates: the 2,000 bytes are over the part limit whatever the header says.
    expect(await refusal(zip.read('xl/big.xml'))).toMatchObject({
      code: 'too_large',
      messageKey: 'spreadsheet.errors.xlsxPartTooLarge',
      details: { entry: 'xl/big.xml', limit: 'entryBytes', max: 1000 },
    });
    const honest = await openWorkbookZip(zipParts([part('xl/big.xml', 'x'.repeat(2000))]), small);
    expect(await refusal(honest.read('xl/big.xml'))).toMatchObject({
      code: 'too_large',
      messageKey: 'spreadsheet.errors.xlsxPartTooLarge',
      details: { entry: 'xl/big.xml', max: 1000 },
    });
  });

  it('counts the parts read against the total, and only those', async () => {
    const parts = [part('a.xml', 'a'.repeat(800)), part('b.xml', 'b'.repeat(800)), part('c.png', 'c'.repeat(900))];
    const zip = await openWorkbookZip(zipParts(parts), small);
    expect((await zip.read('a.xml'))?.length).toBe(800);
    expect(await refusal(zip.read('b.xml'))).toMatchObject({
      messageKey: 'spreadsheet.errors.xlsxTooLargeUnpacked',
      details: { max: 1500, found: 1600 },
    });
  });

  it('refuses more parts than the limit from the directory alone', async () => {
    const parts = Array.from({ length: 4 }, (_, i) => part(`p${i}.xml`, 'x'));
    expect(await refusal(openWorkbookZip(zipParts(parts), small))).toMatchObject({
      messageKey: 'spreadsheet.errors.xlsxTooManyParts',
      details: { max: 3, found: 4 },
    });
  });

  it('finds parts whatever the case of their names (OPC names are case-insensitive)', async () => {
    const zip = await openWorkbookZip(zipParts([part('XL/Workbook.XML', '<workbook/>')]));
    expect((await zip.read('xl/workbook.xml'))?.toString()).toBe('<workbook/>');
  });
});

describe('readXlsx never inflates what it does not read', () => {
  it('reads a workbook whose pictures are not even valid deflate data', async () => {
    const garbage: RawPart = {
      name: 'xl/media/image1.png',
      data: Buffer.from([0xff, 0xff, 0xff]),
      method: 8,
      uncompressedSize: 4e9,
      crc: 0,
    };
    const bytes = xlsxOf([{ name: 'MSEL', xml: worksheet(`<row r="1">${textCell('A1', 'Fire')}</row>`) }], {
      extra: [garbage, { ...garbage, name: 'xl/printerSettings/printerSettings1.bin' }],
    });
    expect((await readXlsx(bytes)).sheets).toEqual([{ name: 'MSEL', rows: [['Fire']] }]);
  });

  it('still refuses unsafe names anywhere in the zip', async () => {
    const bytes = xlsxOf([{ name: 'MSEL', xml: worksheet('') }], { extra: [part('../../evil.png', 'x')] });
    expect(await refusal(readXlsx(bytes))).toMatchObject({
      code: 'invalid_file',
      messageKey: 'spreadsheet.errors.xlsxUnreadable',
      details: { reason: 'unsafePath', entry: '../../evil.png' },
    });
  });
});
