// The XLSX reader reads its own way (the sheet XML, cell by cell) but must show what the
// exceljs-based reader showed: that reader is the oracle here, over workbooks with every
// kind of cell an MSEL holds. One intended difference: columns that hold nothing but
// formatting are no longer padded onto every row.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { displayString, readXlsx } from '../../../electron/services/spreadsheet/readSheet';
import { MSEL_FIELDS } from '../../../shared/msel/columns';

/** The reader before this one: exceljs's model of the whole sheet, walked densely. */
async function exceljsOracle(bytes: Uint8Array): Promise<{ name: string; rows: string[][] }[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return workbook.worksheets.map((sheet) => {
    let rows: string[][] = [];
    for (let r = 1; r <= sheet.rowCount; r++) {
      const row = sheet.getRow(r);
      const cells: string[] = [];
      for (let c = 1; c <= sheet.columnCount; c++)
        cells.push(displayString(row.getCell(c).value, row.getCell(c).numFmt));
      rows.push(cells);
    }
    let end = rows.length;
    while (end > 0 && (rows[end - 1] ?? []).every((cell) => cell.trim() === '')) end -= 1;
    rows = rows.slice(0, end);
    let width = Math.max(0, ...rows.map((r) => r.length));
    while (width > 0 && rows.every((r) => (r[width - 1] ?? '').trim() === '')) width -= 1;
    return { name: sheet.name, rows: rows.map((r) => r.slice(0, width)) };
  });
}

function fillMsel(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet('Kịch bản & "MSEL"');
  ws.addRow(['STT', 'Thời gian', 'Kéo dài', 'Nội dung', 'Tổng', 'Ngày', 'Giờ', 'Lỗi']);
  const r2 = ws.addRow([
    1,
    0.5 / 24,
    1.25,
    { richText: [{ text: 'Cháy ', font: { bold: true } }, { text: 'kho <hàng> & "bãi"' }] },
    { formula: 'A2*2', result: 2 },
    new Date(Date.UTC(2025, 2, 14)),
    new Date(Date.UTC(2025, 2, 14, 8, 45)),
    { error: '#N/A' },
  ]);
  r2.getCell(2).numFmt = 'h:mm';
  r2.getCell(3).numFmt = '[h]:mm';
  r2.getCell(6).numFmt = 'dd/mm/yyyy';
  r2.getCell(7).numFmt = 'yyyy-mm-dd hh:mm';
  const r3 = ws.addRow([2.3, 0.1 + 0.2, true, { text: 'link', hyperlink: 'https://example.org' }, 'Dòng 1\nDòng 2']);
  r3.getCell(2).numFmt = '0.00';
  ws.addRow([]);
  const r5 = ws.addRow([3, { formula: 'B2+1/24', result: 0.5 / 24 + 1 / 24 }, 'x', { formula: 'D3', result: 'link' }]);
  r5.getCell(2).numFmt = 'mm:ss';
  ws.addRow([4, 1e21, -0.000001234, '   ', 'T+01:30', 'ngoài']);
  ws.getCell('J9').value = 'far';
  ws.getCell('K2').numFmt = '0.00'; // formatted, empty: pads nothing
  // A phase merged down three injects, and a title across two columns.
  ws.getCell('A10').value = 'Giai đoạn 1';
  ws.mergeCells('A10:A12');
  ws.getCell('B10').value = 'Tiêu đề';
  ws.mergeCells('B10:C10');
  ws.getCell('B11').value = 'x';
  wb.addWorksheet('Trống');
  const hidden = wb.addWorksheet('Ẩn', { state: 'hidden' });
  hidden.addRow(['序号', '时间', '內容']);
}

async function bytesOf(fill: (wb: ExcelJS.Workbook) => void, options?: Partial<ExcelJS.XlsxWriteOptions>) {
  const wb = new ExcelJS.Workbook();
  fill(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer(options));
}

describe('readXlsx shows what the exceljs reader showed', () => {
  it('for an MSEL with every kind of cell, shared strings', async () => {
    const bytes = await bytesOf(fillMsel);
    const { sheets } = await readXlsx(bytes);
    expect(sheets).toEqual(await exceljsOracle(bytes));
    // Not a vacuous comparison: the interesting cells are there.
    expect(sheets[0]?.rows[1]).toEqual([
      '1',
      '00:30',
      '30:00',
      'Cháy kho <hàng> & "bãi"',
      '2',
      '2025-03-14',
      '2025-03-14 08:45',
      '#N/A',
      '',
      '',
    ]);
    expect(sheets[0]?.rows.slice(9, 12).map((r) => r.slice(0, 3))).toEqual([
      ['Giai đoạn 1', 'Tiêu đề', 'Tiêu đề'],
      ['Giai đoạn 1', 'x', ''],
      ['Giai đoạn 1', '', ''],
    ]);
  });

  it('for the same workbook written with inline strings', async () => {
    const bytes = await bytesOf(fillMsel, { useSharedStrings: false });
    expect((await readXlsx(bytes)).sheets).toEqual(await exceljsOracle(bytes));
  });

  it('for a workbook on the 1904 date system, where times are now right', async () => {
    const bytes = await bytesOf((wb) => {
      wb.properties.date1904 = true;
      const ws = wb.addWorksheet('Mac');
      const row = ws.addRow([new Date(Date.UTC(2024, 0, 2)), 0.25]);
      row.getCell(1).numFmt = 'yyyy-mm-dd';
      row.getCell(2).numFmt = 'h:mm';
    });
    const { sheets } = await readXlsx(bytes);
    // exceljs shifts times by the 1904 epoch too (35094 days and 6 hours); a time format
    // shows the time of day, as Excel does, so both now read 06:00.
    expect((await exceljsOracle(bytes))[0]?.rows).toEqual([['2024-01-02', '06:00']]);
    expect(sheets[0]?.rows).toEqual([['2024-01-02', '06:00']]);
  });

  it("for Drillbook's own export", async () => {
    const { exportMselXlsx } = await import('../../../electron/services/spreadsheet/exportMsel');
    const { sampleExercise } = await import('../exchange/zipFixtures');
    const bytes = new Uint8Array(await exportMselXlsx(sampleExercise(), 'zh-Hant'));
    const { sheets } = await readXlsx(bytes);
    expect(sheets).toEqual(await exceljsOracle(bytes));
    expect(sheets[0]?.rows[0]).toHaveLength(MSEL_FIELDS.length); // the header row, in Traditional Chinese
  });
});
