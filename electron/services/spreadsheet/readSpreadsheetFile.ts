// Reads a spreadsheet file into rows, with no library in sight: a pure function of the
// file's bytes, so it can run in a worker thread away from the host's event loop. Every
// limit of SHEET_LIMITS is checked here or while the file is read, never after.
import { SHEET_LIMITS } from '../../../shared/api/limits';
import type { CsvEncoding } from '../../../shared/msel/encodings';
import { decodeCsv } from './decodeCsv';
import { parseCsvText, readXlsx, type SheetData } from './readSheet';
import { mib, sheetError } from './sheetErrors';

export type ReadSheetResult = {
  format: 'csv' | 'xlsx';
  encoding: CsvEncoding | null;
  detected: CsvEncoding | null;
  sheets: SheetData[];
};

/** XLSX is a zip: it starts with "PK". Anything else is read as CSV text. */
function looksLikeZip(bytes: Buffer): boolean {
  return bytes.length >= 2 && bytes[0] === 0x50 && bytes[1] === 0x4b;
}

export async function readSpreadsheetFile(
  fileName: string,
  bytes: Buffer,
  encoding: CsvEncoding | null,
): Promise<ReadSheetResult> {
  // Before a byte is read: the transport carries larger files than a sheet may be.
  if (bytes.length > SHEET_LIMITS.fileBytesMax) {
    throw sheetError('fileTooLarge', {
      max: SHEET_LIMITS.fileBytesMax,
      found: bytes.length,
      maxMiB: mib(SHEET_LIMITS.fileBytesMax),
      foundMiB: mib(bytes.length),
    });
  }
  if (/\.xlsx$/i.test(fileName) || looksLikeZip(bytes)) {
    const { sheets } = await readXlsx(bytes);
    return { format: 'xlsx', encoding: null, detected: null, sheets };
  }
  const decoded = decodeCsv(bytes, encoding ?? undefined);
  return {
    format: 'csv',
    encoding: decoded.encoding,
    detected: decoded.detected,
    sheets: [{ name: fileName, rows: parseCsvText(decoded.text, fileName) }],
  };
}
