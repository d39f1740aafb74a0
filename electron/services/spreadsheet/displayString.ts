// The text Excel shows for a cell: what the user sees in Excel is what the importer
// gets, so "0:30" stays "00:30" and not 0.0208333. Values come in exceljs's shapes.
import type ExcelJS from 'exceljs';

// Excel counts days from 1899-12-30 (the 1900 leap-year bug included).
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const MS_PER_DAY = 86_400_000;

/** The text Excel would show for a cell value; formulas show their cached result. */
export function displayString(value: ExcelJS.CellValue, numFmt?: string): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'number') {
    if (isTimeFormat(numFmt)) return formatDuration(clockPart(value, numFmt));
    // 15 significant digits, as Excel shows: 0.1+0.2 is "0.3".
    return String(Number(value.toPrecision(15)));
  }
  if (value instanceof Date) {
    const serial = (value.getTime() - EXCEL_EPOCH_MS) / MS_PER_DAY;
    // A time of day or a duration ("0:30", "[h]:mm"): exceljs hands these over as
    // dates on 1899-12-30; the importer wants the clock reading.
    if (isTimeFormat(numFmt) || serial < 1) return formatDuration(clockPart(serial, numFmt));
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
export function isTimeFormat(numFmt: string | undefined): boolean {
  if (!numFmt) return false;
  const bare = numFmt.replace(/"[^"]*"|\\./g, ''); // literal text cannot be a date part
  return /[hs]/i.test(bare) && !/[dy]/i.test(bare);
}

/**
 * What a time format shows of a serial: "h:mm" is the time of day (a full date-time
 * formatted as a time shows 19:29, not 1090123:29); "[h]:mm" counts elapsed hours.
 */
function clockPart(days: number, numFmt: string | undefined): number {
  const bare = (numFmt ?? '').replace(/"[^"]*"|\\./g, '');
  if (/\[[hms]+\]/i.test(bare) || days < 1) return days;
  return days - Math.floor(days);
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
