// MSEL spreadsheets against the library: read a file into rows, preview how rows map
// onto injects of one exercise, append the good rows, and export an exercise's MSEL.
import type { Locale } from '../../../shared/i18n/locales';
import { contentOf, type Exercise } from '../../../shared/model/exercise';
import type { CsvEncoding } from '../../../shared/msel/encodings';
import { planMselImport, type ImportChoices, type ImportPlan } from '../../../shared/msel/importPlan';
import type { LibraryService } from '../library/libraryService';
import { safeFileStem } from '../../../shared/files/fileName';
import type { ReadSheetResult } from './readSpreadsheetFile';

export type RowsInput = ImportChoices;

/** Reads a file into rows: in-process by default; the host core passes the parse worker's. */
export type ReadSpreadsheet = (
  fileName: string,
  bytes: Buffer,
  encoding: CsvEncoding | null,
) => Promise<ReadSheetResult>;

// The readers and writers (exceljs, papaparse, chardet, iconv-lite, OpenCC) load on the
// first import or export, not when the host starts: most starts never need them.
const readInProcess: ReadSpreadsheet = async (fileName, bytes, encoding) =>
  (await import('./readSpreadsheetFile')).readSpreadsheetFile(fileName, bytes, encoding);

export function createMselService(library: LibraryService, readSpreadsheet: ReadSpreadsheet = readInProcess) {
  /** Reads a CSV or XLSX file into rows; see readSpreadsheetFile. */
  function read(fileName: string, bytes: Buffer, encoding: CsvEncoding | null): Promise<ReadSheetResult> {
    return readSpreadsheet(fileName, bytes, encoding);
  }

  function preview(exercise: Exercise, input: RowsInput): ImportPlan['preview'] {
    return planMselImport(contentOf(exercise), input).preview;
  }

  /**
   * Appends the rows without errors (rows with errors are left out, as the preview
   * showed) and adds the teams the user chose to create: one library update, so
   * either both are saved or neither.
   */
  function importInto(id: string, baseRevision: number, input: RowsInput): { exercise: Exercise; added: number } {
    const content = contentOf(library.get(id));
    const { newTeams, injects } = planMselImport(content, input);
    const updated = library.update(id, baseRevision, {
      ...content,
      teams: [...content.teams, ...newTeams],
      injects: [...content.injects, ...injects],
    });
    return { exercise: updated, added: injects.length };
  }

  async function exportMsel(id: string, format: 'csv' | 'xlsx', locale: Locale) {
    const exercise = library.get(id);
    const { exportMselCsv, exportMselXlsx } = await import('./exportMsel');
    const bytes = format === 'csv' ? exportMselCsv(exercise, locale) : await exportMselXlsx(exercise, locale);
    return { fileName: `${safeFileStem(exercise.title, 'msel')}.${format}`, bytes };
  }

  return { read, preview, importInto, exportMsel };
}

export type MselService = ReturnType<typeof createMselService>;
