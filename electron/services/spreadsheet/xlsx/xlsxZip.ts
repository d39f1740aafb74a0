// An .xlsx workbook is a zip. It is opened with the same distrustful reader as `.drill`
// files, with limits sized for real workbooks, and only the parts the import reads are
// ever inflated: pictures, drawings, printer settings and the like stay compressed.
import type { ZipFile } from 'yauzl';
import {
  checkDeclaredSize,
  listEntries,
  openZip,
  readEntryBytes,
  type ByteBudget,
  type ZipEntry,
} from '../../zip/zipReader';
import type { ZipLimits } from '../../zip/zipLimits';
import { xlsxZipError } from '../sheetErrors';

const MIB = 1024 * 1024;

export const XLSX_ZIP_LIMITS: Readonly<ZipLimits> = Object.freeze({
  // A workbook with a few sheets has 10–30 parts; one with many pictures, a few hundred.
  maxEntries: 1_000,
  // 5,000 rows × 200 columns of XML is about 40 MiB.
  maxEntryBytes: 50 * MIB,
  // Counted over the parts actually inflated, not the pictures left alone.
  maxTotalUncompressedBytes: 100 * MIB,
  // Worksheet XML compresses 10–50:1; shared-formula or blank-styled sheets up to ~150.
  maxCompressionRatio: 200,
});

export interface WorkbookZip {
  has(name: string): boolean;
  /** The inflated part, checked against the limits as it inflates; null if absent. */
  read(name: string): Promise<Buffer | null>;
  close(): void;
}

export async function openWorkbookZip(bytes: Buffer, limits: ZipLimits = XLSX_ZIP_LIMITS): Promise<WorkbookZip> {
  const zip: ZipFile = await openZip(bytes, xlsxZipError);
  try {
    // Every name is checked here, before anything is inflated; sizes are checked for the
    // parts read, just before each is inflated (a picture's size is none of our concern).
    const entries = await listEntries(zip, bytes, limits, xlsxZipError, { sizeChecked: () => false });
    // Part names are case-insensitive in OPC (ECMA-376 part 2, §9.1.1.1).
    const byName = new Map<string, ZipEntry>(entries.map((e) => [e.name.toLowerCase(), e]));
    const budget: ByteBudget = { used: 0 };
    return {
      has: (name) => byName.has(name.toLowerCase()),
      read: async (name) => {
        const entry = byName.get(name.toLowerCase());
        if (!entry) return null;
        checkDeclaredSize(entry, limits, budget, xlsxZipError);
        return readEntryBytes(zip, entry, bytes, limits, budget, xlsxZipError);
      },
      close: () => zip.close(),
    };
  } catch (err) {
    zip.close();
    throw err;
  }
}
