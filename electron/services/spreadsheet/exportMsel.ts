// Writes an exercise's MSEL as a spreadsheet that people edit in Excel and that the
// importer reads back unchanged: labels from the spreadsheet catalogue (which the
// importer recognises in every locale), times as T+hh:mm, recipients by team name, and
// each expected action's capability, time limit and weight and each inject's decision
// options in columns of their own (see actionCells.ts).
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import type { Locale } from '../../../shared/i18n/locales';
import type { ExerciseContent } from '../../../shared/model/exercise';
import { reachedTeamIds } from '../../../shared/model/edit';
import { writeActionCells } from '../../../shared/msel/actionCells';
import { MSEL_FIELDS, type MselField } from '../../../shared/msel/columns';
import { spreadsheetCatalogues } from '../../../shared/msel/labels';
import { formatScenarioTime } from '../../../shared/msel/time';

type Row = Record<MselField, string>;

/** One row of display strings per inject, in MSEL order. */
export function mselRows(exercise: ExerciseContent, locale: Locale): Row[] {
  const labels = spreadsheetCatalogues[locale];
  const teamName = new Map(exercise.teams.map((t) => [t.id, t.name]));
  const phaseName = new Map(exercise.phases.map((p) => [p.id, p.name]));
  const capabilityName = new Map(exercise.capabilities.map((c) => [c.id, c.name]));
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
    ...writeActionCells(inject.expectedActions, reachedTeamIds(exercise, inject), teamName, capabilityName),
    notes: inject.controllerNotes,
    // One option per line; the importer also reads "A | B".
    decisionOptions: inject.decisionOptions.join('\n'),
  }));
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
  capability: 24,
  timeLimit: 12,
  weight: 10,
  decisionOptions: 30,
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
