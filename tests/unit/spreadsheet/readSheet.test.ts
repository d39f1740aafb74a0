import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../shared/api/errors';
import { parseCsvText, readXlsx, displayString } from '../../../electron/services/spreadsheet/readSheet';

async function expectDomainError(promise: Promise<unknown>, messageKey: string) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  expect(error).toMatchObject({ code: 'invalid_file', messageKey });
}

describe('parseCsvText', () => {
  it('reads comma-separated text with a quoted cell spanning lines', () => {
    const text =
      'STT,Thời gian,Nội dung\r\n1,T+00:05,"Dòng một\r\nDòng hai, có dấu phẩy"\r\n2,T+00:10,"Nói ""khẩn cấp"""\r\n';
    expect(parseCsvText(text)).toEqual([
      ['STT', 'Thời gian', 'Nội dung'],
      ['1', 'T+00:05', 'Dòng một\r\nDòng hai, có dấu phẩy'],
      ['2', 'T+00:10', 'Nói "khẩn cấp"'],
    ]);
  });

  it('detects a semicolon delimiter (Excel in locales with a decimal comma)', () => {
    const text = 'No.;Time;Message\n1;0,0625;"Fire; smoke seen"\n2;01:30;Call, then report\n';
    expect(parseCsvText(text)).toEqual([
      ['No.', 'Time', 'Message'],
      ['1', '0,0625', 'Fire; smoke seen'],
      ['2', '01:30', 'Call, then report'],
    ]);
  });

  it('detects a tab delimiter (Excel "Unicode text")', () => {
    expect(parseCsvText('序号\t时间\n1\t00:30')).toEqual([
      ['序号', '时间'],
      ['1', '00:30'],
    ]);
  });

  it('honours Excel\'s "sep=" line and drops trailing empty lines', () => {
    expect(parseCsvText('sep=;\r\na,b;c\r\n1;2\r\n\r\n;\r\n\r\n')).toEqual([
      ['a,b', 'c'],
      ['1', '2'],
    ]);
  });

  it('keeps a single-column file', () => {
    expect(parseCsvText('Title\nFire\nFlood')).toEqual([['Title'], ['Fire'], ['Flood']]);
  });

  it('refuses an empty file and an unclosed quote', () => {
    expect(() => parseCsvText(' \r\n\r\n')).toThrow(
      expect.objectContaining({ messageKey: 'spreadsheet.errors.empty' }),
    );
    let error: unknown;
    try {
      parseCsvText('a,b\n1,"never closed\n2,3');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ code: 'invalid_file', messageKey: 'spreadsheet.errors.csvMalformed' });
  });
});

describe('readXlsx', () => {
  async function workbookBytes(fill: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
    const wb = new ExcelJS.Workbook();
    fill(wb);
    return new Uint8Array(await wb.xlsx.writeBuffer());
  }

  it('turns cells into the strings Excel shows', async () => {
    const bytes = await workbookBytes((wb) => {
      const ws = wb.addWorksheet('Kịch bản');
      ws.addRow(['STT', 'Thời gian', 'Kéo dài', 'Nội dung', 'Tổng', 'Ngày']);
      const row = ws.addRow([
        1,
        0.5 / 24, // 0:30 as Excel stores it
        1.25, // 30 hours, shown as [h]:mm
        { richText: [{ text: 'Cháy ', font: { bold: true } }, { text: 'kho hàng' }] },
        { formula: 'A2*2', result: 2 },
        new Date(Date.UTC(2025, 2, 14)),
      ]);
      row.getCell(2).numFmt = 'h:mm';
      row.getCell(3).numFmt = '[h]:mm';
      row.getCell(6).numFmt = 'dd/mm/yyyy';
      ws.addRow([2.3, 0.1 + 0.2, true, { text: 'link', hyperlink: 'https://example.org' }]);
      ws.addRow([]);
      wb.addWorksheet('Trống');
    });
    const { sheets } = await readXlsx(bytes);
    expect(sheets.map((s) => s.name)).toEqual(['Kịch bản', 'Trống']);
    expect(sheets[0]?.rows).toEqual([
      ['STT', 'Thời gian', 'Kéo dài', 'Nội dung', 'Tổng', 'Ngày'],
      ['1', '00:30', '30:00', 'Cháy kho hàng', '2', '2025-03-14'],
      ['2.3', '0.3', 'TRUE', 'link', '', ''],
    ]);
    expect(sheets[1]?.rows).toEqual([]);
  });

  it('refuses files that are not workbooks', async () => {
    await expectDomainError(readXlsx(new TextEncoder().encode('a,b,c')), 'spreadsheet.errors.notXlsx');
    await expectDomainError(
      readXlsx(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])),
      'spreadsheet.errors.legacyXls',
    );
    // A zip signature with garbage after it.
    await expectDomainError(
      readXlsx(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5])),
      'spreadsheet.errors.xlsxUnreadable',
    );
  });
});

describe('displayString for times', () => {
  it('shows a date-time formatted as a time as its time of day, and elapsed hours only with [h]', () => {
    const evening = new Date(Date.UTC(2024, 4, 1, 19, 29)); // 2024-05-01 19:29
    expect(displayString(evening, 'h:mm')).toBe('19:29');
    expect(displayString(45413.8125, 'hh:mm')).toBe('19:30');
    expect(displayString(1.25, '[h]:mm')).toBe('30:00');
    expect(displayString(1.25, 'h:mm')).toBe('06:00');
    expect(displayString(0.5, 'h:mm')).toBe('12:00');
  });
});
