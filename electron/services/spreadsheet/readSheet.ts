// Reads a spreadsheet into rows of display strings: what the user sees in Excel is
// what the importer gets, so "0:30" stays "00:30" and not 0.0208333.
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { DomainError } from '../../../shared/api/errors';

export interface SheetData {
  name: string;
  rows: string[][];
}

const invalid = (reason: string, details: Record<string, unknown> = {}) =>
  new DomainError('invalid_file', `spreadsheet.errors.${reason}`, details);

/**
 * Parses CSV text as Excel writes it: the list separator may be a comma, a semicolon
 * (locales with a decimal comma, Vietnamese included) or a tab ("Unicode text");
 * quoted cells may span lines; Excel may add a "sep=;" line and trailing empty lines.
 */
export function parseCsvText(text: string): string[][] {
  let body = text.replace(/^\uFEFF/, '');
  let delimiter = '';
  const sep = /^sep=(.)\r?\n/i.exec(body);
  if (sep) {
    delimiter = sep[1] ?? '';
    body = body.slice(sep[0].length);
  }
  if (body.trim() === '') throw invalid('empty');
  const result = Papa.parse<string[]>(body, {
    delimiter, // '' lets papaparse guess among delimitersToGuess
    delimitersToGuess: [',', ';', '\t'],
    skipEmptyLines: false,
  });
  // Only an unclosed quote loses data; papaparse's other complaints ("could not guess
  // the delimiter" on a one-column file, a stray quote inside a cell) do not.
  const unclosed = result.errors.find((e) => e.code === 'MissingQuotes');
  if (unclosed) throw invalid('csvMalformed', { row: (unclosed.row ?? 0) + 1 });
  return trimTrailingEmptyRows(result.data);
}

/** Every worksheet of an .xlsx workbook, as display strings. */
export async function readXlsx(bytes: Uint8Array): Promise<{ sheets: SheetData[] }> {
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) throw invalid('legacyXls');
  if (!startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) throw invalid('notXlsx');
  const workbook = new ExcelJS.Workbook();
  try {
    const copy = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    await workbook.xlsx.load(copy);
  } catch (cause) {
    // A zip that is not a workbook, or a damaged one: exceljs's message is for developers.
    throw invalid('xlsxUnreadable', { cause: cause instanceof Error ? cause.message : String(cause) });
  }
  if (workbook.worksheets.length === 0) throw invalid('noSheets');
  const sheets = workbook.worksheets.map((sheet): SheetData => {
    const rows: string[][] = [];
    const width = sheet.columnCount;
    for (let r = 1; r <= sheet.rowCount; r++) {
      const row = sheet.getRow(r);
      const cells: string[] = [];
      for (let c = 1; c <= width; c++) {
        const cell = row.getCell(c);
        cells.push(displayString(cell.value, cell.numFmt));
      }
      rows.push(cells);
    }
    return { name: sheet.name, rows: trimTrailingEmptyRows(rows) };
  });
  return { sheets };
}

// Excel counts days from 1899-12-30 (the 1900 leap-year bug included).
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const MS_PER_DAY = 86_400_000;

/** The text Excel would show for a cell value; formulas show their cached result. */
export function displayString(value: ExcelJS.CellValue, numFmt?: string): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'number') {
    if (isTimeFormat(numFmt)) return formatDuration(value);
    // 15 significant digits, as Excel shows: 0.1+0.2 is "0.3".
    return String(Number(value.toPrecision(15)));
  }
  if (value instanceof Date) {
    const serial = (value.getTime() - EXCEL_EPOCH_MS) / MS_PER_DAY;
    // A time of day or a duration ("0:30", "[h]:mm"): exceljs hands these over as
    // dates on 1899-12-30; the importer wants the clock reading.
    if (isTimeFormat(numFmt) || serial < 1) return formatDuration(serial);
    const iso = value.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;
  }
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('error' in value) return value.error;
  if ('formula' in value || 'sharedFormula' in value) {
    return value.result === undefined ? '' : displayString(value.result, numFmt);
  }
  if ('hyperlink' in value) {
    // exceljs may give a hyperlink's text as rich text.
    const text: unknown = value.text;
    return typeof text === 'string' ? text : displayString(text as ExcelJS.CellValue, numFmt);
  }
  return '';
}

/** A number format that shows only hours/minutes/seconds: "h:mm", "[h]:mm:ss", "mm:ss". */
function isTimeFormat(numFmt: string | undefined): boolean {
  if (!numFmt) return false;
  const bare = numFmt.replace(/"[^"]*"|\\./g, ''); // literal text cannot be a date part
  return /[hs]/i.test(bare) && !/[dy]/i.test(bare);
}

/** Fractional days as hh:mm, or hh:mm:ss when there are seconds; hours go past 24. */
function formatDuration(days: number): string {
  const totalSec = Math.round(days * 86_400);
  const sign = totalSec < 0 ? '-' : '';
  const abs = Math.abs(totalSec);
  const pad = (n: number) => String(n).padStart(2, '0');
  const h = Math.floor(abs / 3600);
  const m = Math.floor((abs % 3600) / 60);
  const s = abs % 60;
  return `${sign}${pad(h)}:${pad(m)}${s === 0 ? '' : `:${pad(s)}`}`;
}

function trimTrailingEmptyRows(rows: string[][]): string[][] {
  let end = rows.length;
  while (end > 0 && (rows[end - 1] ?? []).every((cell) => cell.trim() === '')) end -= 1;
  return rows.slice(0, end);
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}
