// CSV text into rows, checking the sheet limits field by field. It follows papaparse's
// reading exactly (a differential test holds it to that), but papaparse builds a whole
// row before anyone may look at it: one line of 40 million commas would be 40 million
// strings first. Here a field past column 200, a cell past 100,000 characters or a row
// past 5,000 stops the read at once, and no string longer than a cell is ever built.
import Papa from 'papaparse';
import { SHEET_LIMITS } from '../../../shared/api/limits';
import { cellRef, sheetError } from './sheetErrors';

export interface CsvDialect {
  delimiter: string;
  newline: '\n' | '\r' | '\r\n';
}

const DELIMITERS = [',', ';', '\t'];
// papaparse guesses line endings from the first MiB and the delimiter from the first
// ten rows; giving it only that much keeps a hostile first line cheap.
const SAMPLE_CHARS = 1024 * 1024;
// What papaparse will not use as a delimiter (it falls back to a comma).
const BAD_DELIMITERS = ['\r', '\n', '"', '\uFEFF'];

/** The list separator and line ending, as papaparse would guess them for the whole text. */
export function guessDialect(text: string, delimiter: string): CsvDialect {
  const given = BAD_DELIMITERS.includes(delimiter) ? ',' : delimiter;
  const { meta } = Papa.parse<string[]>(text.slice(0, SAMPLE_CHARS), {
    delimiter: given, // '' lets papaparse guess among DELIMITERS
    delimitersToGuess: DELIMITERS,
    preview: 1,
  });
  const newline = meta.linebreak === '\r\n' || meta.linebreak === '\r' ? meta.linebreak : '\n';
  return { delimiter: meta.delimiter || ',', newline };
}

const { rowsMax, columnsMax, cellCharsMax } = SHEET_LIMITS;
const QUOTE = 0x22;

/** Rows of cells; trailing blank rows dropped, and blank cells past column 200 too. */
export function csvRows(text: string, { delimiter, newline }: CsvDialect, sheet: string): string[][] {
  const length = text.length;
  const rows: string[][] = [];
  // Blank rows after the last row with content: kept only if content follows.
  let blankRun: string[][] = [];
  let blankRows = 0;
  let row: string[] = [];
  let fields = 0; // in this row, blank ones past the limit included
  let cursor = 0;
  let nextDelim = text.indexOf(delimiter, 0);
  let nextNewline = text.indexOf(newline, 0);
  const rowNumber = () => rows.length + blankRows + 1;

  function field(start: number, end: number, quoted: boolean): void {
    fields += 1;
    const span = end - start;
    // A quoted cell writes each quote twice, so it holds at least half its span.
    if ((quoted ? span / 2 : span) > cellCharsMax) tooLong(span);
    const value = quoted ? text.slice(start, end).replace(/""/g, '"') : text.slice(start, end);
    if (value.length > cellCharsMax) tooLong(value.length);
    if (fields <= columnsMax) row.push(value);
    else if (value.trim() !== '') {
      throw sheetError('sheetTooManyColumns', { sheet, max: columnsMax, cell: cellRef(rowNumber(), fields) });
    }
  }
  function tooLong(found: number): never {
    throw sheetError('cellTooLong', { sheet, cell: cellRef(rowNumber(), fields), max: cellCharsMax, found });
  }
  function endRow(next: number): void {
    if (isBlankRow(row)) {
      // Past the row limit a blank row is only counted: content after it is refused.
      if (rows.length + blankRows < rowsMax) blankRun.push(row);
      blankRows += 1;
    } else {
      if (rowNumber() > rowsMax) throw sheetError('sheetTooManyRows', { sheet, max: rowsMax, row: rowNumber() });
      rows.push(...blankRun, row);
      blankRun = [];
      blankRows = 0;
    }
    row = [];
    fields = 0;
    cursor = next;
    nextNewline = text.indexOf(newline, cursor);
  }
  /** papaparse's extraSpaces: how much whitespace lies between a closing quote and `index`. */
  function spacesBefore(from: number, index: number): number {
    if (index === -1 || index <= from) return 0;
    for (let i = from; i < index; i++) if (!isTrimmedSpace(text.charCodeAt(i))) return 0;
    return index - from;
  }

  for (;;) {
    // Empty lines in a run (a file padded with millions of them) are counted, not parsed.
    while (fields === 0 && nextNewline === cursor) {
      if (rows.length + blankRows < rowsMax) blankRun.push(['']);
      blankRows += 1;
      cursor += newline.length;
      nextNewline = text.startsWith(newline, cursor) ? cursor : text.indexOf(newline, cursor);
    }
    if (text.charCodeAt(cursor) === QUOTE) {
      const start = cursor + 1;
      let quote = cursor;
      for (;;) {
        quote = text.indexOf('"', quote + 1);
        if (quote === -1) throw sheetError('csvMalformed', { row: rowNumber() });
        if (quote === length - 1) {
          field(start, quote, true);
          endRow(length);
          return finish();
        }
        if (text.charCodeAt(quote + 1) === QUOTE) {
          quote += 1;
          continue;
        }
        if (nextDelim !== -1 && nextDelim < quote + 1) nextDelim = text.indexOf(delimiter, quote + 1);
        if (nextNewline !== -1 && nextNewline < quote + 1) nextNewline = text.indexOf(newline, quote + 1);
        const checkUpTo = nextNewline === -1 ? nextDelim : Math.min(nextDelim, nextNewline);
        const toDelimiter = spacesBefore(quote + 1, checkUpTo);
        if (text.startsWith(delimiter, quote + 1 + toDelimiter)) {
          field(start, quote, true);
          cursor = quote + 1 + toDelimiter + delimiter.length;
          if (nextDelim !== -1 && nextDelim < cursor) nextDelim = text.indexOf(delimiter, cursor);
          if (nextNewline !== -1 && nextNewline < cursor) nextNewline = text.indexOf(newline, cursor);
          break;
        }
        const toNewline = spacesBefore(quote + 1, nextNewline);
        if (text.startsWith(newline, quote + 1 + toNewline)) {
          field(start, quote, true);
          endRow(quote + 1 + toNewline + newline.length);
          if (nextDelim !== -1 && nextDelim < cursor) nextDelim = text.indexOf(delimiter, cursor);
          break;
        }
        // A quote inside a quoted cell that is not doubled: papaparse keeps it as text.
        quote += 1;
      }
      continue;
    }
    if (nextDelim !== -1 && (nextDelim < nextNewline || nextNewline === -1)) {
      field(cursor, nextDelim, false);
      cursor = nextDelim + delimiter.length;
      nextDelim = text.indexOf(delimiter, cursor);
      continue;
    }
    if (nextNewline !== -1) {
      field(cursor, nextNewline, false);
      endRow(nextNewline + newline.length);
      continue;
    }
    field(cursor, length, false);
    endRow(length);
    return finish();
  }

  function finish(): string[][] {
    return rows; // blankRun: the trailing blank rows, dropped
  }
}

function isBlankRow(row: readonly string[]): boolean {
  for (const cell of row) if (cell !== '' && cell.trim() !== '') return false;
  return true;
}

/** What String.prototype.trim removes (papaparse tests "spaces" with trim). */
function isTrimmedSpace(code: number): boolean {
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}
