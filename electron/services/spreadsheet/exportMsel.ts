// Writes an exercise's MSEL as a spreadsheet that people edit in Excel and that the
// importer reads back unchanged: labels from the spreadsheet catalogue (which the
// importer recognises in every locale), times as T+hh:mm, recipients by team name.
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import type { Locale } from '../../../shared/i18n/locales';
import type { ExerciseContent, Inject } from '../../../shared/model/exercise';
import { MSEL_FIELDS, type MselField } from '../../../shared/msel/columns';
import { spreadsheetCatalogues } from '../../../shared/msel/labels';
import { formatScenarioTime } from '../../../shared/msel/time';

type Row = Record<MselField, string>;

/** One row of display strings per inject, in MSEL order. */
export function mselRows(exercise: ExerciseContent, locale: Locale): Row[] {
  const labels = spreadsheetCatalogues[locale];
  const teamName = new Map(exercise.teams.map((t) => [t.id, t.name]));
  const phaseName = new Map(exercise.phases.map((p) => [p.id, p.name]));
  // Chinese lists names with the enumeration comma; the importer splits on both.
  const listSeparator = locale.startsWith('zh') ? '、' : ', ';
  return exercise.injects.map((inject) => ({
    number: inject.number,
    time: formatScenarioTime(inject.offsetSec),
    phase: inject.phaseId === null ? '' : (phaseName.get(inject.phaseId) ?? ''),
    from: inject.sender,
    to:
      inject.audience === 'all'
        ? labels.values.all
        : inject.recipientTeamIds.map((id) => teamName.get(id) ?? id).join(listSeparator),
    channel: labels.channels[inject.channel],
    title: inject.title,
    message: inject.body,
    expectedAction: expectedActionText(inject, teamName),
    notes: inject.controllerNotes,
  }));
}

/**
 * The spreadsheet has one cell for what several teams are expected to do. When every
 * team has the same text (as an import creates), that text; otherwise one line per
 * team, "Team: action", so nothing is lost.
 */
function expectedActionText(inject: Inject, teamName: Map<string, string>): string {
  const descriptions = [...new Set(inject.expectedActions.map((a) => a.description))];
  if (descriptions.length <= 1) return descriptions[0] ?? '';
  return inject.expectedActions.map((a) => `${teamName.get(a.teamId) ?? a.teamId}: ${a.description}`).join('\n');
}

function headers(locale: Locale): string[] {
  const columns = spreadsheetCatalogues[locale].columns;
  return MSEL_FIELDS.map((field) => columns[field]);
}

export interface CsvOptions {
  /** Excel uses the system list separator: ";" where the decimal mark is a comma. */
  delimiter?: ',' | ';' | '\t';
}

/** UTF-8 with a BOM, or Excel reads Vietnamese and Chinese as the ANSI code page. */
export function exportMselCsv(exercise: ExerciseContent, locale: Locale, options: CsvOptions = {}): Buffer {
  const data = [headers(locale), ...mselRows(exercise, locale).map((row) => MSEL_FIELDS.map((f) => row[f]))];
  const csv = Papa.unparse(data, {
    delimiter: options.delimiter ?? ',',
    newline: '\r\n',
    // Excel runs a cell starting with = + - @ as a formula: a message opening with a
    // Markdown bullet ("- evacuate") would show #NAME?, and a crafted one could run
    // commands. papaparse adds a leading apostrophe; importRows takes it off again.
    escapeFormulae: true,
  });
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${csv}\r\n`, 'utf8')]);
}

// Characters wide, per column: short codes narrow, prose wide.
const WIDTHS: Record<MselField, number> = {
  number: 8,
  time: 11,
  phase: 18,
  from: 24,
  to: 24,
  channel: 16,
  title: 36,
  message: 60,
  expectedAction: 48,
  notes: 36,
};

export async function exportMselXlsx(exercise: ExerciseContent, locale: Locale): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Drillbook';
  const sheet = workbook.addWorksheet(spreadsheetCatalogues[locale].export.sheetName, {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.columns = MSEL_FIELDS.map((field, i) => ({ key: field, header: headers(locale)[i], width: WIDTHS[field] }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', wrapText: true };
  for (const row of mselRows(exercise, locale)) {
    // Every value goes in as a string: "2.3" must stay an MSEL number, not become a
    // decimal or, in some locales, the 2nd of March.
    const added = sheet.addRow(row);
    added.alignment = { vertical: 'top', wrapText: true };
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: MSEL_FIELDS.length } };
  const written = await workbook.xlsx.writeBuffer();
  return Buffer.from(written as unknown as ArrayBuffer);
}
