// Reads a spreadsheet into rows of display strings: what the user sees in Excel is
// what the importer gets, so "0:30" stays "00:30" and not 0.0208333.
import { csvRows, guessDialect } from './csvRows';
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
 * `sheet` (the file name) only names the sheet in a refusal.
 */
export function parseCsvText(text: string, sheet = ''): string[][] {
  let body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let delimiter = '';
  const sep = /^sep=(.)\r?\n/i.exec(body);
  if (sep) {
    delimiter = sep[1] ?? '';
    body = body.slice(sep[0].length);
  }
  // Not body.trim(): that would copy a file of blanks to learn it is blank.
  if (!/\S/.test(body)) throw sheetError('empty');
  // Only an unclosed quote loses data, and csvRows refuses it; papaparse's other
  // complaints (a stray quote inside a cell, one column only) lose nothing.
  return csvRows(body, guessDialect(body, delimiter), sheet);
}
