// One worksheet's XML into rows of display strings. It looks only at the cells that
// exist, so a cell at XFD1048576 costs what any other cell costs, and it checks the
// limits cell by cell: a cell with content past row 5,000 or column 200, or longer
// than the cell limit, stops the read there. Empty cells (styled, no value) never count.
import type ExcelJS from 'exceljs';
import { SHEET_LIMITS } from '../../../../shared/api/limits';
import { displayString, isTimeFormat } from '../displayString';
import { cellRef, sheetError } from '../sheetErrors';
import type { SharedStrings } from './sharedStrings';
import { excelUnescape } from './sharedStrings';
import { isDateFormat } from './styles';
import { attr, scanXml, xmlText, type XmlTag, type XmlTextRange } from './xmlScan';

export interface WorkbookContext {
  sharedStrings: SharedStrings;
  numberFormats: readonly (string | undefined)[];
  date1904: boolean;
  /** What the workbook has handed back so far, across its sheets. */
  budget: { cells: number; chars: number };
}

interface OpenCell {
  row: number;
  column: number;
  type: string;
  style: number;
  formula: boolean;
  value: XmlTextRange[] | null;
  inline: XmlTextRange[] | null;
}

const { rowsMax, columnsMax, cellCharsMax, workbookCellsMax, textCharsMax } = SHEET_LIMITS;

export function readSheetXml(xml: Buffer, sheet: string, context: WorkbookContext): string[][] {
  // Only cells inside the limits are kept: at most rowsMax × columnsMax of them.
  const kept = new Map<number, string[]>();
  let lastRow = 0;
  let width = 0;
  let rowNumber = 0;
  let column = 0;
  let cell: OpenCell | null = null;
  let inValue = false;
  let inInline = false;
  let inText = 0;
  let inPhonetic = false;
  const merges: string[] = [];

  function store(row: number, col: number, text: string): void {
    if (text === '') return;
    if (!Number.isSafeInteger(row) || row < 1 || !Number.isSafeInteger(col) || col < 1) {
      // <row r="x">, or a row number of 0: not a place in the sheet, so content would be lost.
      throw sheetError('xlsxUnreadable', { sheet, reason: 'cellReference', row, column: col });
    }
    const blank = text.trim() === '';
    if (!blank && row > rowsMax) throw sheetError('sheetTooManyRows', { sheet, max: rowsMax, row });
    if (!blank && col > columnsMax) {
      throw sheetError('sheetTooManyColumns', { sheet, max: columnsMax, cell: cellRef(row, col) });
    }
    if (row > rowsMax || col > columnsMax) return; // blank, outside: as if absent
    if (text.length > cellCharsMax) {
      throw sheetError('cellTooLong', { sheet, cell: cellRef(row, col), max: cellCharsMax, found: text.length });
    }
    context.budget.chars += text.length;
    if (context.budget.chars > textCharsMax) throw sheetError('workbookTooMuchText', { max: textCharsMax });
    let cells = kept.get(row);
    if (!cells) kept.set(row, (cells = []));
    cells[col - 1] = text;
    if (!blank) {
      lastRow = Math.max(lastRow, row);
      width = Math.max(width, col);
    }
  }

  function finishCell(open: OpenCell): void {
    store(open.row, open.column, cellText(xml, open, context, sheet));
  }

  scanXml(xml, {
    open(name: string, tag: XmlTag, selfClosing: boolean) {
      switch (name) {
        case 'row': {
          const r = attr(tag, 'r');
          rowNumber = r === undefined ? rowNumber + 1 : Number(r);
          column = 0;
          break;
        }
        case 'c': {
          const at = parseRef(attr(tag, 'r'));
          column = at ? at.column : column + 1;
          cell = {
            row: at ? at.row : rowNumber,
            column,
            type: attr(tag, 't') ?? 'n',
            style: Number(attr(tag, 's') ?? 0),
            formula: false,
            value: null,
            inline: null,
          };
          break;
        }
        case 'f':
          if (cell) cell.formula = true;
          break;
        case 'v':
          inValue = !selfClosing && cell !== null;
          if (cell && inValue) cell.value ??= [];
          break;
        case 'is':
          inInline = !selfClosing && cell !== null;
          if (cell && inInline) cell.inline ??= [];
          break;
        case 'rPh':
          inPhonetic = !selfClosing;
          break;
        case 't':
          if (inInline && !inPhonetic && !selfClosing) inText += 1;
          break;
        case 'mergeCell': {
          const ref = attr(tag, 'ref');
          if (ref) merges.push(ref);
          break;
        }
      }
    },
    close(name: string) {
      switch (name) {
        case 'c':
          if (cell) finishCell(cell);
          cell = null;
          inValue = inInline = inPhonetic = false;
          inText = 0;
          break;
        case 'v':
          inValue = false;
          break;
        case 'is':
          inInline = false;
          break;
        case 'rPh':
          inPhonetic = false;
          break;
        case 't':
          if (inText > 0) inText -= 1;
          break;
      }
    },
    text(range: XmlTextRange) {
      if (!cell) return;
      if (inValue) cell.value?.push(range);
      else if (inText > 0 && !inPhonetic) cell.inline?.push(range);
    },
  });

  applyMerges(merges, kept, store, sheet, context);
  return padded(kept, lastRow, width, context);
}

/** The display string of one cell, exactly as exceljs's value would show it. */
function cellText(xml: Buffer, cell: OpenCell, context: WorkbookContext, sheet: string): string {
  const numFmt = context.numberFormats[cell.style];
  const raw = cell.value ? cell.value.map((r) => xmlText(xml, r)).join('') : undefined;
  // A number in a date format is a day count from the workbook's epoch. A time or a
  // duration ("h:mm") is a fraction of a day whatever the epoch, so it stays a number:
  // exceljs made it a date, and a 1904 workbook's "6:00" read "35094:00".
  const dated = isDateFormat(numFmt) && !isTimeFormat(numFmt);
  const number = (raw: string) =>
    dated
      ? new Date(Math.round((parseFloat(raw) - 25569 + (context.date1904 ? 1462 : 0)) * 86_400_000))
      : parseFloat(raw);
  let value: ExcelJS.CellValue;
  if (cell.formula) {
    // A formula shows its cached result; Drillbook never recalculates.
    if (raw === undefined || raw === '') return '';
    if (cell.type === 'str') value = raw;
    else if (cell.type === 'b') value = parseInt(raw, 10) !== 0;
    else if (cell.type === 'e') value = { error: raw as ExcelJS.CellErrorValue['error'] };
    else value = number(raw);
  } else if (cell.type === 'inlineStr') {
    value = excelUnescape((cell.inline ?? []).map((r) => xmlText(xml, r)).join(''));
  } else if (raw === undefined) {
    return '';
  } else if (cell.type === 's') {
    value = context.sharedStrings.get(parseInt(raw, 10));
    if (value === undefined) {
      throw sheetError('xlsxUnreadable', { sheet, cell: cellRef(cell.row, cell.column), reason: 'sharedString' });
    }
  } else if (cell.type === 'str') value = raw;
  else if (cell.type === 'b') value = parseInt(raw, 10) !== 0;
  else if (cell.type === 'e') value = { error: raw as ExcelJS.CellErrorValue['error'] };
  else if (cell.type === 'd') value = new Date(raw);
  else value = number(raw);
  return displayString(value, numFmt);
}

/** "B12" → row 12, column 2; null for anything else. */
function parseRef(ref: string | undefined): { row: number; column: number } | null {
  const match = ref === undefined ? null : /^\$?([A-Za-z]{1,7})\$?(\d{1,10})$/.exec(ref);
  if (!match) return null;
  let column = 0;
  for (const ch of (match[1] ?? '').toUpperCase()) column = column * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(match[2]), column };
}

/**
 * Excel shows a merged range's value in its top-left cell; exceljs gives it to every
 * cell of the range, and the importer relies on that (a phase merged down its injects).
 * Each copied cell counts against the workbook's cells, so merges cannot multiply work.
 */
function applyMerges(
  merges: readonly string[],
  kept: Map<number, string[]>,
  store: (row: number, col: number, text: string) => void,
  sheet: string,
  context: WorkbookContext,
): void {
  for (const ref of merges) {
    const [from, to] = ref.split(':').map(parseRef);
    if (!from || !to) continue;
    const master = kept.get(from.row)?.[from.column - 1] ?? '';
    if (master === '') continue;
    // The far corner first: a range past the limits is refused before it is walked.
    store(to.row, to.column, master);
    for (let r = from.row; r <= Math.min(to.row, rowsMax); r++) {
      for (let c = from.column; c <= Math.min(to.column, columnsMax); c++) {
        context.budget.cells += 1;
        if (context.budget.cells > workbookCellsMax) {
          throw sheetError('workbookTooManyCells', { max: workbookCellsMax, sheet });
        }
        if (r !== from.row || c !== from.column) store(r, c, master);
      }
    }
  }
}

/** Rows 1..lastRow, each `width` cells wide, "" where no cell was: the grid Excel shows. */
function padded(kept: Map<number, string[]>, lastRow: number, width: number, context: WorkbookContext): string[][] {
  context.budget.cells += lastRow * width;
  if (context.budget.cells > workbookCellsMax) throw sheetError('workbookTooManyCells', { max: workbookCellsMax });
  const rows: string[][] = [];
  for (let r = 1; r <= lastRow; r++) {
    const cells = kept.get(r) ?? [];
    rows.push(Array.from({ length: width }, (_, c) => cells[c] ?? ''));
  }
  return rows;
}
