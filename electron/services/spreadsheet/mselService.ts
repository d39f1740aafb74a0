// MSEL spreadsheets against the library: read a file into rows, preview how rows map
// onto injects of one exercise, append the good rows, and export an exercise's MSEL.
import { DomainError } from '../../../shared/api/errors';
import type { Locale } from '../../../shared/i18n/locales';
import { contentOf, LIMITS, type Exercise } from '../../../shared/model/exercise';
import type { ColumnMapping } from '../../../shared/msel/columns';
import type { CsvEncoding } from '../../../shared/msel/encodings';
import { importableInjects, importRows, type ImportPreview } from '../../../shared/msel/importRows';
import type { LibraryService } from '../library/libraryService';
import { safeFileStem } from '../../../shared/files/fileName';
import { exportMselCsv, exportMselXlsx } from './exportMsel';
import { readSpreadsheetFile, type ReadSheetResult } from './readSpreadsheetFile';

export type RowsInput = { rows: string[][]; mapping: ColumnMapping; hasHeader: boolean };

export function createMselService(library: LibraryService) {
  /** Reads a CSV or XLSX file into rows; see readSpreadsheetFile. */
  function read(fileName: string, bytes: Buffer, encoding: CsvEncoding | null): Promise<ReadSheetResult> {
    return readSpreadsheetFile(fileName, bytes, encoding);
  }

  function preview(exercise: Exercise, input: RowsInput): ImportPreview {
    return importRows(input.rows, input.mapping, {
      teams: exercise.teams,
      phases: exercise.phases,
      hasHeader: input.hasHeader,
      existingNumbers: exercise.injects.map((i) => i.number),
    });
  }

  /** Appends the rows without errors; rows with errors are left out, as the preview showed. */
  function importInto(id: string, baseRevision: number, input: RowsInput): { exercise: Exercise; added: number } {
    const exercise = library.get(id);
    const injects = importableInjects(preview(exercise, input));
    if (exercise.injects.length + injects.length > LIMITS.injectsMax) {
      throw new DomainError('too_large', 'errors.tooManyInjects', { max: LIMITS.injectsMax });
    }
    const content = contentOf(exercise);
    const updated = library.update(id, baseRevision, { ...content, injects: [...content.injects, ...injects] });
    return { exercise: updated, added: injects.length };
  }

  async function exportMsel(id: string, format: 'csv' | 'xlsx', locale: Locale) {
    const exercise = library.get(id);
    const bytes = format === 'csv' ? exportMselCsv(exercise, locale) : await exportMselXlsx(exercise, locale);
    return { fileName: `${safeFileStem(exercise.title, 'msel')}.${format}`, bytes };
  }

  return { read, preview, importInto, exportMsel };
}

export type MselService = ReturnType<typeof createMselService>;
