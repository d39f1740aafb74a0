// Every refusal of a spreadsheet is a DomainError with a `spreadsheet.errors.<reason>`
// key: the user reads a sentence in their language that names the limit and its number,
// never a library's English or "internal error".
import { DomainError, type ErrorCode } from '../../../shared/api/errors';
import type { ZipErrorFactory } from '../zip/zipLimits';

export const SHEET_ERROR_REASONS = [
  'empty',
  'csvMalformed',
  'notXlsx',
  'legacyXls',
  'xlsxUnreadable',
  'noSheets',
  // Limits: each message names the limit with its number.
  'fileTooLarge',
  'sheetTooManyRows',
  'sheetTooManyColumns',
  'cellTooLong',
  'workbookTooManyCells',
  'workbookTooMuchText',
  'tooManySharedStrings',
  'xlsxTooManyParts',
  'xlsxPartTooLarge',
  'xlsxTooLargeUnpacked',
  'xlsxCompressionRatio',
] as const;
export type SheetErrorReason = (typeof SHEET_ERROR_REASONS)[number];

/** The reasons from fileTooLarge on: each names a limit. */
export const LIMIT_REASONS: readonly SheetErrorReason[] = SHEET_ERROR_REASONS.slice(
  SHEET_ERROR_REASONS.indexOf('fileTooLarge'),
);
const TOO_LARGE: ReadonlySet<SheetErrorReason> = new Set(LIMIT_REASONS);

/** `too_large` for a passed limit, `invalid_file` for a file that cannot be read. */
export function sheetError(reason: SheetErrorReason, details: Record<string, unknown> = {}): DomainError {
  const code: ErrorCode = TOO_LARGE.has(reason) ? 'too_large' : 'invalid_file';
  return new DomainError(code, `spreadsheet.errors.${reason}`, details);
}

const MIB = 1024 * 1024;

/** Byte limits in details also in MiB, which is what the message shows. */
export function mib(bytes: number): number {
  return Math.round((bytes / MIB) * 10) / 10;
}

/** The zip reader's refusals in workbook words; zip details (entry, rule…) are kept. */
export const xlsxZipError: ZipErrorFactory = (reason, details) => {
  if (reason === 'tooManyEntries') return sheetError('xlsxTooManyParts', details);
  if (reason === 'tooLarge') {
    const max = typeof details.max === 'number' ? details.max : 0;
    if (details.limit === 'entryBytes') return sheetError('xlsxPartTooLarge', { ...details, maxMiB: mib(max) });
    if (details.limit === 'totalBytes') return sheetError('xlsxTooLargeUnpacked', { ...details, maxMiB: mib(max) });
    if (details.limit === 'compressionRatio') return sheetError('xlsxCompressionRatio', details);
  }
  // Not a zip, cut short, damaged, encrypted, unsafe names, a size the header lied about.
  return sheetError('xlsxUnreadable', { ...details, reason });
};

/** "A1" notation for a cell: column letters, then the row number. */
export function cellRef(row: number, column: number): string {
  let letters = '';
  for (let c = column; c > 0; c = Math.floor((c - 1) / 26))
    letters = String.fromCharCode(65 + ((c - 1) % 26)) + letters;
  return `${letters}${row}`;
}
