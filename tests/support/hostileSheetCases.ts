// Every class of hostile spreadsheet the import must survive, generated here, with what
// the reader must answer: a refusal naming the limit (key and numbers), or the right
// rows. The unit tests feed them to readSpreadsheetFile, the integration tests to the
// dispatcher's msel.read, so both paths are held to the same answers.
import { expect } from 'vitest';
import { SHEET_LIMITS } from '../../shared/api/limits';
import {
  WORKSHEET_CLOSE,
  WORKSHEET_OPEN,
  bombPart,
  part,
  sharedStringsXml,
  textCell,
  worksheet,
  xlsxOf,
  type RawPart,
} from './hostileSheets';

const MIB = 1024 * 1024;
const { rowsMax, columnsMax, cellCharsMax, workbookCellsMax, textCharsMax } = SHEET_LIMITS;

export interface SheetsRead {
  sheets: { name: string; rows: string[][] }[];
}

export interface HostileCase {
  name: string;
  fileName: string;
  build: () => Buffer;
  /** The refusal: `spreadsheet.errors.<reason>` with at least these details. */
  refused?: { code: 'too_large' | 'invalid_file'; reason: string; details: Record<string, unknown> };
  /** Or the read succeeds and its rows pass this check. */
  check?: (read: SheetsRead) => void;
}

const sheet = (xml: string | RawPart, name = 'MSEL') => ({ name, xml });
const row = (r: number, cells: string) => `<row r="${r}">${cells}</row>`;

export const HOSTILE_XLSX: HostileCase[] = [
  {
    name: 'sparse: content at A1 and XFD1 (16,384 columns apart)',
    fileName: 'sparse-columns.xlsx',
    build: () => xlsxOf([sheet(worksheet(row(1, textCell('A1', 'Start') + textCell('XFD1', 'Far right'))))]),
    refused: {
      code: 'too_large',
      reason: 'sheetTooManyColumns',
      details: { sheet: 'MSEL', max: columnsMax, cell: 'XFD1' },
    },
  },
  {
    name: 'sparse: content at A1 and A1048576 (a million rows apart)',
    fileName: 'sparse-rows.xlsx',
    build: () =>
      xlsxOf([sheet(worksheet(row(1, textCell('A1', 'Start')) + row(1048576, textCell('A1048576', 'End'))))]),
    refused: { code: 'too_large', reason: 'sheetTooManyRows', details: { sheet: 'MSEL', max: rowsMax, row: 1048576 } },
  },
  {
    name: 'sparse: content at A1 and XFD1048576, the far corner',
    fileName: 'sparse-corner.xlsx',
    build: () =>
      xlsxOf([sheet(worksheet(row(1, textCell('A1', 'Start')) + row(1048576, textCell('XFD1048576', 'x'))))]),
    refused: { code: 'too_large', reason: 'sheetTooManyRows', details: { max: rowsMax, row: 1048576 } },
  },
  {
    name: 'sparse: styled empty cells far out do not count',
    fileName: 'sparse-empty.xlsx',
    build: () =>
      xlsxOf([
        sheet(
          worksheet(
            row(1, textCell('A1', 'Only cell') + '<c r="XFD1" s="0"/>') +
              row(1048576, '<c r="XFD1048576" s="0"/><c r="A1048576" t="inlineStr"><is><t></t></is></c>'),
          ),
        ),
      ]),
    check: (read) => expect(read.sheets[0]?.rows).toEqual([['Only cell']]),
  },
  {
    name: 'sparse within the limits: A1 and the last allowed cell',
    fileName: 'sparse-inside.xlsx',
    build: () =>
      xlsxOf([sheet(worksheet(row(1, textCell('A1', 'first')) + row(rowsMax, textCell(`GR${rowsMax}`, 'last'))))]),
    check: (read) => {
      const rows = read.sheets[0]?.rows ?? [];
      expect(rows).toHaveLength(rowsMax);
      expect(rows.every((r) => r.length === columnsMax)).toBe(true);
      expect([rows[0]?.[0], rows[rowsMax - 1]?.[columnsMax - 1], rows[2500]?.[100]]).toEqual(['first', 'last', '']);
    },
  },
  {
    name: 'sparse across sheets: two full-size grids exceed the workbook total',
    fileName: 'sparse-sheets.xlsx',
    build: () => {
      const far = worksheet(row(1, textCell('A1', 'a')) + row(rowsMax, textCell(`GR${rowsMax}`, 'z')));
      return xlsxOf([sheet(far, 'One'), sheet(far, 'Two')]);
    },
    refused: { code: 'too_large', reason: 'workbookTooManyCells', details: { max: workbookCellsMax } },
  },
  {
    name: 'media bomb: a picture that expands to 1 GiB is never inflated',
    fileName: 'media-bomb.xlsx',
    build: () =>
      xlsxOf([sheet(worksheet(row(1, textCell('A1', 'Fire'))))], {
        extra: [
          bombPart('xl/media/image1.png', '', 256, ''),
          bombPart('xl/media/image2.png', '', 256, '', { declaredSize: 10 }),
        ],
      }),
    check: (read) => expect(read.sheets[0]?.rows).toEqual([['Fire']]),
  },
  {
    name: 'sheet XML bomb: 1 GiB of worksheet, declared honestly',
    fileName: 'sheet-bomb.xlsx',
    build: () => xlsxOf([sheet(bombPart('', WORKSHEET_OPEN, 256, WORKSHEET_CLOSE))]),
    refused: {
      code: 'too_large',
      reason: 'xlsxPartTooLarge',
      details: { entry: 'xl/worksheets/sheet1.xml', maxMiB: 50 },
    },
  },
  {
    name: 'sheet XML bomb: 4 MiB of worksheet from 4 KB',
    fileName: 'sheet-ratio.xlsx',
    build: () => xlsxOf([sheet(bombPart('', WORKSHEET_OPEN, 1, WORKSHEET_CLOSE))]),
    refused: {
      code: 'too_large',
      reason: 'xlsxCompressionRatio',
      details: { entry: 'xl/worksheets/sheet1.xml', max: 200 },
    },
  },
  {
    name: 'sheet XML bomb: 1 GiB of worksheet declared as 100 KB',
    fileName: 'sheet-bomb-lying.xlsx',
    build: () => xlsxOf([sheet(bombPart('', WORKSHEET_OPEN, 256, WORKSHEET_CLOSE, { declaredSize: 100_000 }))]),
    // Inflation stops where the header said the part ends: the file lied, so it is damaged.
    refused: {
      code: 'invalid_file',
      reason: 'xlsxUnreadable',
      details: { entry: 'xl/worksheets/sheet1.xml', limit: 'declaredSize', max: 100_000 },
    },
  },
  {
    name: 'shared strings bomb: 1 GiB of sharedStrings.xml declared as 100 KB',
    fileName: 'strings-bomb.xlsx',
    build: () =>
      xlsxOf([sheet(worksheet(row(1, '<c r="A1" t="s"><v>0</v></c>')))], {
        sharedStrings: bombPart('', '<sst><si><t>', 256, '</t></si></sst>', { declaredSize: 100_000 }),
      }),
    refused: {
      code: 'invalid_file',
      reason: 'xlsxUnreadable',
      details: { entry: 'xl/sharedStrings.xml', limit: 'declaredSize' },
    },
  },
  {
    name: 'one part over the part limit (declared 60 MiB at a plausible ratio)',
    fileName: 'part-too-large.xlsx',
    build: () => xlsxOf([sheet(bombPart('', WORKSHEET_OPEN, 15, WORKSHEET_CLOSE, { noisy: true }))]),
    refused: {
      code: 'too_large',
      reason: 'xlsxPartTooLarge',
      details: { entry: 'xl/worksheets/sheet1.xml', max: 50 * MIB, maxMiB: 50 },
    },
  },
  {
    name: 'sheets that unpack to more than 100 MiB together',
    fileName: 'total-too-large.xlsx',
    build: () => {
      const big = () => bombPart('', WORKSHEET_OPEN, 10, WORKSHEET_CLOSE, { noisy: true }); // 40 MiB each
      return xlsxOf([sheet(big(), 'A'), sheet(big(), 'B'), sheet(big(), 'C')]);
    },
    refused: { code: 'too_large', reason: 'xlsxTooLargeUnpacked', details: { max: 100 * MIB, maxMiB: 100 } },
  },
  {
    name: 'more parts than a workbook has',
    fileName: 'many-parts.xlsx',
    build: () =>
      xlsxOf([sheet(worksheet(row(1, textCell('A1', 'x'))))], {
        extra: Array.from({ length: 1000 }, (_, i) => part(`xl/media/image${i}.png`, 'png')),
      }),
    refused: { code: 'too_large', reason: 'xlsxTooManyParts', details: { max: 1000, found: 1005 } },
  },
  {
    name: 'huge shared string used by a cell',
    fileName: 'long-shared-string.xlsx',
    build: () =>
      xlsxOf([sheet(worksheet(row(1, '<c r="A1" t="s"><v>0</v></c>')))], {
        sharedStrings: sharedStringsXml(['x'.repeat(cellCharsMax + 1)]),
      }),
    refused: {
      code: 'too_large',
      reason: 'cellTooLong',
      details: { cell: 'A1', max: cellCharsMax, found: cellCharsMax + 1 },
    },
  },
  {
    name: 'a 40 MiB shared string no cell uses costs nothing',
    fileName: 'unused-shared-string.xlsx',
    build: () =>
      xlsxOf([sheet(worksheet(row(1, '<c r="A1" t="s"><v>1</v></c>')))], {
        sharedStrings: bombPart('', '<sst><si><t>', 10, '</t></si><si><t>Used</t></si></sst>', { noisy: true }),
      }),
    check: (read) => expect(read.sheets[0]?.rows).toEqual([['Used']]),
  },
  {
    name: 'the same 40 MiB shared string, used',
    fileName: 'used-shared-string.xlsx',
    build: () =>
      xlsxOf([sheet(worksheet(row(1, '<c r="A1" t="s"><v>0</v></c>')))], {
        sharedStrings: bombPart('', '<sst><si><t>', 10, '</t></si></sst>', { noisy: true }),
      }),
    refused: { code: 'too_large', reason: 'cellTooLong', details: { cell: 'A1', max: cellCharsMax } },
  },
  {
    name: 'a million and one shared strings',
    fileName: 'many-shared-strings.xlsx',
    build: () =>
      xlsxOf([sheet(worksheet(row(1, '<c r="A1" t="s"><v>0</v></c>')))], {
        sharedStrings: sharedStringsXml(Array.from({ length: workbookCellsMax + 1 }, (_, i) => String(i))),
      }),
    refused: { code: 'too_large', reason: 'tooManySharedStrings', details: { max: workbookCellsMax } },
  },
  {
    name: 'one long shared string in every cell adds up past the text total',
    fileName: 'repeated-shared-string.xlsx',
    build: () => {
      const cells = (r: number) =>
        Array.from({ length: columnsMax }, (_, c) => `<c r="${colName(c + 1)}${r}" t="s"><v>0</v></c>`).join('');
      const rows = Array.from({ length: 3 }, (_, r) => row(r + 1, cells(r + 1))).join('');
      return xlsxOf([sheet(worksheet(rows))], { sharedStrings: sharedStringsXml(['y'.repeat(cellCharsMax)]) });
    },
    refused: { code: 'too_large', reason: 'workbookTooMuchText', details: { max: textCharsMax } },
  },
  {
    name: '200,000 rows',
    fileName: 'many-rows.xlsx',
    build: () =>
      xlsxOf([
        sheet(
          worksheet(
            Array.from({ length: 200_000 }, (_, i) => row(i + 1, textCell(`A${i + 1}`, `Inject ${i}`))).join(''),
          ),
        ),
      ]),
    refused: { code: 'too_large', reason: 'sheetTooManyRows', details: { max: rowsMax, row: rowsMax + 1 } },
  },
  {
    name: '201 columns',
    fileName: 'many-columns.xlsx',
    build: () =>
      xlsxOf([
        sheet(
          worksheet(
            row(1, Array.from({ length: columnsMax + 1 }, (_, c) => textCell(`${colName(c + 1)}1`, 'v')).join('')),
          ),
        ),
      ]),
    refused: { code: 'too_large', reason: 'sheetTooManyColumns', details: { max: columnsMax, cell: 'GS1' } },
  },
  {
    name: 'a cell one character over the limit',
    fileName: 'long-cell.xlsx',
    build: () => xlsxOf([sheet(worksheet(row(2, textCell('C2', 'z'.repeat(cellCharsMax + 1)))))]),
    refused: {
      code: 'too_large',
      reason: 'cellTooLong',
      details: { cell: 'C2', max: cellCharsMax, found: cellCharsMax + 1 },
    },
  },
  {
    name: 'a file over the size limit',
    fileName: 'huge.xlsx',
    build: () => Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(50 * MIB)]),
    refused: { code: 'too_large', reason: 'fileTooLarge', details: { maxMiB: 50, max: 50 * MIB } },
  },
];

const csvLine = (cells: number, text: (c: number) => string) =>
  Array.from({ length: cells }, (_, c) => text(c)).join(',');

export const HOSTILE_CSV: HostileCase[] = [
  {
    name: '200,000 rows',
    fileName: 'many-rows.csv',
    build: () => Buffer.from(Array.from({ length: 200_000 }, (_, i) => `${i},T+00:${i % 60},Inject ${i}`).join('\r\n')),
    refused: {
      code: 'too_large',
      reason: 'sheetTooManyRows',
      details: { sheet: 'many-rows.csv', max: rowsMax, row: rowsMax + 1 },
    },
  },
  {
    name: '201 columns with content',
    fileName: 'many-columns.csv',
    build: () => Buffer.from(`${csvLine(columnsMax + 1, (c) => `h${c}`)}\r\n`),
    refused: { code: 'too_large', reason: 'sheetTooManyColumns', details: { max: columnsMax, cell: 'GS1' } },
  },
  {
    name: '300 columns of which the last 100 are empty',
    fileName: 'trailing-commas.csv',
    build: () =>
      Buffer.from(`${csvLine(300, (c) => (c < columnsMax ? `h${c}` : ''))}\r\n${csvLine(300, () => '')}\r\n`),
    check: (read) => {
      expect(read.sheets[0]?.rows).toHaveLength(1);
      expect(read.sheets[0]?.rows[0]).toHaveLength(columnsMax);
      expect(read.sheets[0]?.rows[0]?.[columnsMax - 1]).toBe(`h${columnsMax - 1}`);
    },
  },
  {
    name: 'a cell one character over the limit, quoted',
    fileName: 'long-cell.csv',
    build: () => Buffer.from(`No.,Message\r\n1,"${'z'.repeat(cellCharsMax)}"""\r\n`),
    refused: {
      code: 'too_large',
      reason: 'cellTooLong',
      details: { cell: 'B2', max: cellCharsMax, found: cellCharsMax + 1 },
    },
  },
  {
    name: 'a 100 MB line',
    fileName: 'line-100mb.csv',
    build: () => Buffer.alloc(100 * 1000 * 1000, 0x61),
    refused: { code: 'too_large', reason: 'fileTooLarge', details: { maxMiB: 50, max: 50 * MIB, found: 100_000_000 } },
  },
  {
    name: 'a 45 MB line, one cell',
    fileName: 'line-45mb.csv',
    build: () => Buffer.alloc(45 * MIB, 0x61),
    refused: { code: 'too_large', reason: 'cellTooLong', details: { cell: 'A1', max: cellCharsMax } },
  },
  {
    name: 'a 45 MB line of 23 million cells',
    fileName: 'line-commas.csv',
    build: () => Buffer.from('a,'.repeat((45 * MIB) / 2)),
    refused: { code: 'too_large', reason: 'sheetTooManyColumns', details: { max: columnsMax, cell: 'GS1' } },
  },
  {
    name: 'ten million blank lines after the content',
    fileName: 'blank-tail.csv',
    build: () => Buffer.from(`No.,Title\n1,Fire\n${'\n'.repeat(10_000_000)}`),
    check: (read) =>
      expect(read.sheets[0]?.rows).toEqual([
        ['No.', 'Title'],
        ['1', 'Fire'],
      ]),
  },
  {
    name: 'a file over the size limit',
    fileName: 'huge.csv',
    build: () => Buffer.alloc(50 * MIB + 1, 0x0a),
    refused: { code: 'too_large', reason: 'fileTooLarge', details: { maxMiB: 50, found: 50 * MIB + 1 } },
  },
];

/** Spreadsheet column letters: 1 → A, 27 → AA, 201 → GS. */
export function colName(column: number): string {
  let name = '';
  for (let c = column; c > 0; c = Math.floor((c - 1) / 26)) name = String.fromCharCode(65 + ((c - 1) % 26)) + name;
  return name;
}
