// Reads a spreadsheet into rows of display strings: what the user sees in Excel is
// what the importer gets, so "0:30" stays "00:30" and not 0.0208333.
import Papa from 'papaparse';
import { sheetError } from './sheetErrors';

export { displayString } from './displayString';
export { readXlsx } from './xlsx/readXlsx';

export interface SheetData {
  name: string;
  rows: string[][];
}

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
  if (body.trim() === '') throw sheetError('empty');
  const result = Papa.parse<string[]>(body, {
    delimiter, // '' lets papaparse guess among delimitersToGuess
    delimitersToGuess: [',', ';', '\t'],
    skipEmptyLines: false,
  });
  // Only an unclosed quote loses data; papaparse's other complaints ("could not guess
  // the delimiter" on a one-column file, a stray quote inside a cell) do not.
  const unclosed = result.errors.find((e) => e.code === 'MissingQuotes');
  if (unclosed) throw sheetError('csvMalformed', { row: (unclosed.row ?? 0) + 1 });
  return trimTrailingEmptyRows(result.data);
}

function trimTrailingEmptyRows(rows: string[][]): string[][] {
  let end = rows.length;
  while (end > 0 && (rows[end - 1] ?? []).every((cell) => cell.trim() === '')) end -= 1;
  return rows.slice(0, end);
}
