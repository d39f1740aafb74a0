// Every worksheet of an .xlsx workbook as rows of display strings, read straight from
// the parts that hold cells: no library model of the whole workbook, nothing inflated
// that the import does not use, and every limit checked while the XML is read.
import { DomainError } from '../../../../shared/api/errors';
import { sheetError } from '../sheetErrors';
import type { SheetData } from '../readSheet';
import { readSharedStrings } from './sharedStrings';
import { readSheetXml, type WorkbookContext } from './sheetXml';
import { readNumberFormats } from './styles';
import { readWorkbookParts } from './workbookParts';
import { openWorkbookZip, XLSX_ZIP_LIMITS } from './xlsxZip';
import { XmlScanError } from './xmlScan';

export async function readXlsx(bytes: Uint8Array): Promise<{ sheets: SheetData[] }> {
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) throw sheetError('legacyXls');
  if (!startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) throw sheetError('notXlsx');
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const zip = await openWorkbookZip(buffer);
  try {
    const parts = await readWorkbookParts(zip);
    if (parts.sheets.length === 0) throw sheetError('noSheets');
    // Each worksheet is a part of its own; more sheets than parts means repeats.
    if (parts.sheets.length > XLSX_ZIP_LIMITS.maxEntries) {
      throw sheetError('xlsxTooManyParts', { max: XLSX_ZIP_LIMITS.maxEntries, found: parts.sheets.length });
    }
    const context: WorkbookContext = {
      // Styles before strings: a cell needs both, and styles are small.
      numberFormats: readNumberFormats(parts.stylesPath ? await zip.read(parts.stylesPath) : null),
      sharedStrings: readSharedStrings(parts.sharedStringsPath ? await zip.read(parts.sharedStringsPath) : null),
      date1904: parts.date1904,
      budget: { cells: 0, chars: 0 },
    };
    const sheets: SheetData[] = [];
    for (const part of parts.sheets) {
      const xml = await zip.read(part.path);
      if (!xml) throw sheetError('xlsxUnreadable', { reason: 'missingPart', entry: part.path });
      sheets.push({ name: part.name, rows: readSheetXml(xml, part.name, context) });
    }
    return { sheets };
  } catch (err) {
    if (err instanceof DomainError) throw err;
    // XML that is not well formed enough to read: the detail is for a support log.
    if (err instanceof XmlScanError) throw sheetError('xlsxUnreadable', { reason: 'xml', cause: err.message });
    throw err;
  } finally {
    zip.close();
  }
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}
