// The worksheet XML as other writers than Excel produce it (LibreOffice, Google Sheets,
// scripts): prefixes, cells without references, CDATA, entities; and XML the reader will
// not touch (a DTD, cells with no place in the sheet).
import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../shared/api/errors';
import { readXlsx } from '../../../electron/services/spreadsheet/readSheet';
import { sharedStringsXml, worksheet, xlsxOf } from '../../support/hostileSheets';

const read = async (xml: string, sharedStrings?: string) =>
  (await readXlsx(xlsxOf([{ name: 'S', xml }], sharedStrings === undefined ? {} : { sharedStrings }))).sheets[0]?.rows;

async function refusal(xml: string): Promise<DomainError> {
  const outcome = await readXlsx(xlsxOf([{ name: 'S', xml }])).then(
    () => null,
    (e: unknown) => e,
  );
  expect(outcome).toBeInstanceOf(DomainError);
  return outcome as DomainError;
}

describe('reading worksheet XML', () => {
  it('places cells without references one after another, rows without numbers one below another', async () => {
    const xml = worksheet(
      '<row><c t="inlineStr"><is><t>a</t></is></c><c t="inlineStr"><is><t>b</t></is></c></row>' +
        '<row><c r="C2"><v>3</v></c><c><v>4</v></c></row>',
    );
    expect(await read(xml)).toEqual([
      ['a', 'b', '', ''],
      ['', '', '3', '4'],
    ]);
  });

  it('reads prefixed elements, entities, CDATA, a ">" inside an attribute and Excel\'s _xHHHH_ escapes', async () => {
    const xml =
      '<?xml version="1.0"?><x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      '<x:sheetData><x:row r="1">' +
      '<x:c r="A1" t="inlineStr" x:note="a>b"><x:is><x:t>Fish &amp; chips &#x1F525; &lt;3</x:t></x:is></x:c>' +
      '<x:c r="B1" t="str"><x:f>A1</x:f><x:v><![CDATA[<raw & kept>]]></x:v></x:c>' +
      '<x:c r="C1" t="s"><x:v>0</x:v></x:c>' +
      '</x:row></x:sheetData></x:worksheet>';
    expect(await read(xml, sharedStringsXml(['Line_x000D_\r\nnext']))).toEqual([
      ['Fish & chips 🔥 <3', '<raw & kept>', 'Line\r\nnext'],
    ]);
  });

  it('leaves out phonetic guides and joins rich text runs in shared strings', async () => {
    const strings =
      '<sst><si><r><t>東京</t></r><r><t xml:space="preserve"> 駅</t></r><rPh sb="0" eb="2"><t>トウキョウ</t></rPh></si></sst>';
    expect(await read(worksheet('<row r="1"><c r="A1" t="s"><v>0</v></c></row>'), strings)).toEqual([['東京 駅']]);
  });

  it('refuses a DTD, which could define expanding entities', async () => {
    const xml = '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><worksheet><sheetData/></worksheet>';
    expect(await refusal(xml)).toMatchObject({
      messageKey: 'spreadsheet.errors.xlsxUnreadable',
      details: { reason: 'xml' },
    });
  });

  it('refuses content in a row numbered 0 rather than losing it', async () => {
    const error = await refusal(worksheet('<row r="0"><c t="inlineStr"><is><t>lost?</t></is></c></row>'));
    expect(error).toMatchObject({
      messageKey: 'spreadsheet.errors.xlsxUnreadable',
      details: { reason: 'cellReference' },
    });
  });

  it('refuses a cell that points at a shared string that does not exist', async () => {
    const error = await refusal(worksheet('<row r="1"><c r="B1" t="s"><v>7</v></c></row>'));
    expect(error).toMatchObject({ details: { cell: 'B1', reason: 'sharedString' } });
  });
});
