// An MSEL as T3SF's example workbook lays it out: times of day ("Real Time", as Excel
// stores them: fractions of a day from 1899-12-30), players who are not teams yet, and
// the message in a "Script" column. Written to a temporary .xlsx file.
import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { tempDir } from '../../support/temp';

export const T3SF_ROWS: readonly [number, number, string, string, string, string][] = [
  [19, 29, 'Information Security', 'Anomalous Files Detected', 'AWS', 'We detected anomalous files.'],
  [19, 30, 'SRE', 'SOC - Internal Phishing Alert', 'SOC', 'Phishing from many addresses.'],
  [19, 35, 'PR/Comm', 'Data breach in your company', 'New York Times', 'Could you please confirm?'],
];

/** The path of a fresh T3SF-style .xlsx file. */
export async function writeT3sfWorkbook(): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('main');
  sheet.addRow(['#', 'Real Time', 'Player', 'Date', 'Subject', 'From', 'Script', 'Poll']);
  T3SF_ROWS.forEach(([h, m, player, subject, from, script], i) => {
    const row = sheet.addRow([i + 1, new Date(Date.UTC(1899, 11, 30, h, m)), player, 'Monday', subject, from, script]);
    row.getCell(2).numFmt = 'h:mm';
  });
  const file = `${tempDir('drillbook-xlsx-')}/MSEL.xlsx`;
  fs.writeFileSync(file, Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer));
  return file;
}
