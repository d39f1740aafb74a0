// Turns spreadsheet rows into injects, row by row, with every problem the user should
// see in the preview. Pure: the caller reads the file, shows the preview, and saves only
// the rows without errors (importableInjects).
import { DomainError } from '../api/errors';
import {
  LIMITS,
  injectSchema,
  type Channel,
  type ExpectedAction,
  type Inject,
  type Phase,
  type Team,
} from '../model/exercise';
import { matchChannel } from './channels';
import type { ColumnMapping, MselField } from './columns';
import { matchRecipients } from './recipients';
import { fold, truncate } from './text';
import { MAX_OFFSET_SEC, parseScenarioTime } from './time';

export type ProblemSeverity = 'error' | 'warning';

export interface RowProblem {
  column: MselField | null;
  severity: ProblemSeverity;
  /** spreadsheet.problems.* */
  messageKey: string;
  params?: Record<string, string | number>;
}

export interface PreviewRow {
  /** 1-based, as the spreadsheet shows it (the header is row 1 when there is one). */
  rowNumber: number;
  /** Present unless the row has errors. */
  inject?: Inject;
  problems: RowProblem[];
}

export interface ImportPreview {
  rows: PreviewRow[];
  counts: { total: number; ok: number; warnings: number; errors: number };
}

export interface ImportContext {
  teams: Team[];
  hasHeader: boolean;
  /** Numbers of injects already in the exercise: a clash is an error. */
  existingNumbers?: string[];
  /** The exercise's phases, matched by name; an unknown phase is a warning. */
  phases?: Phase[];
  /** Id factory; crypto.randomUUID by default (tests pass a deterministic one). */
  newId?: () => string;
}

/** A title made from the message is cut to this many characters. */
export const DERIVED_TITLE_MAX = 80;

const problemKey = (name: string) => `spreadsheet.problems.${name}`;

export function importRows(rows: string[][], mapping: ColumnMapping, context: ImportContext): ImportPreview {
  const newId = context.newId ?? (() => globalThis.crypto.randomUUID());
  const firstDataIndex = context.hasHeader ? 1 : 0;
  const dataRows = rows
    .map((cells, index) => ({ cells, rowNumber: index + 1 }))
    .slice(firstDataIndex)
    // Blank rows separate phases in many MSELs: skipped, not reported.
    .filter(({ cells }) => cells.some((c) => c.trim() !== ''));
  if (dataRows.length > LIMITS.injectsMax) {
    throw new DomainError('too_large', 'spreadsheet.errors.tooManyRows', { max: LIMITS.injectsMax });
  }

  const cell = (cells: string[], field: MselField): string => {
    const index = mapping[field];
    return index === null ? '' : unescapeFormula((cells[index] ?? '').normalize('NFC')).trim();
  };

  // Numbers: explicit ones first, so auto-numbering can continue after the highest.
  const existing = new Set((context.existingNumbers ?? []).map(numberKey));
  const firstRowOfNumber = new Map<string, number>();
  let highest = 0;
  for (const n of [...(context.existingNumbers ?? []), ...dataRows.map((r) => cell(r.cells, 'number'))]) {
    if (/^\d+$/.test(n.trim())) highest = Math.max(highest, Number(n.trim()));
  }
  const usedNumbers = new Set([...existing, ...dataRows.map((r) => numberKey(cell(r.cells, 'number')))]);
  const nextAutoNumber = (): string => {
    do highest += 1;
    while (usedNumbers.has(String(highest)));
    usedNumbers.add(String(highest));
    return String(highest);
  };

  const previewRows = dataRows.map(({ cells, rowNumber }): PreviewRow => {
    const problems: RowProblem[] = [];
    const error = (column: MselField | null, name: string, params?: RowProblem['params']) =>
      problems.push({ column, severity: 'error', messageKey: problemKey(name), ...(params ? { params } : {}) });
    const warn = (column: MselField | null, name: string, params?: RowProblem['params']) =>
      problems.push({ column, severity: 'warning', messageKey: problemKey(name), ...(params ? { params } : {}) });

    // Number
    let number = cell(cells, 'number');
    if (number === '') {
      number = nextAutoNumber();
      warn('number', 'numberMissing', { number });
    } else if (number.length > 20) {
      error('number', 'numberTooLong', { max: 20 });
    } else {
      const key = numberKey(number);
      const firstRow = firstRowOfNumber.get(key);
      if (existing.has(key)) error('number', 'numberExists', { number });
      else if (firstRow !== undefined) error('number', 'numberDuplicateInFile', { number, row: firstRow });
      else firstRowOfNumber.set(key, rowNumber);
    }

    // Time
    const timeText = cell(cells, 'time');
    const time = parseScenarioTime(timeText);
    if (!time.ok) {
      if (time.reason === 'missing') error('time', 'timeMissing');
      else if (time.reason === 'invalid') error('time', 'timeInvalid', { value: timeText });
      else error('time', 'timeOutOfRange', { value: timeText, max: MAX_OFFSET_SEC / 3600 });
    }

    // Phase
    let phaseId: string | null = null;
    const phaseText = cell(cells, 'phase');
    if (phaseText !== '') {
      const phase = (context.phases ?? []).find((p) => fold(p.name) === fold(phaseText));
      if (phase) phaseId = phase.id;
      else warn('phase', 'unknownPhase', { phase: phaseText });
    }

    // Channel
    const channelText = cell(cells, 'channel');
    let channel: Channel = 'document';
    if (channelText === '') warn('channel', 'channelMissing');
    else {
      const matched = matchChannel(channelText);
      if (matched) channel = matched;
      else warn('channel', 'channelUnknown', { value: channelText });
    }

    // Recipients
    const toText = cell(cells, 'to');
    let audience: 'all' | 'teams' = 'all';
    let recipientTeamIds: string[] = [];
    if (toText === '') warn('to', 'recipientsMissing');
    else {
      const match = matchRecipients(toText, context.teams);
      audience = match.audience;
      if (match.audience === 'teams') {
        recipientTeamIds = match.teamIds;
        if (match.unknown.length > 0) error('to', 'unknownRecipients', { names: match.unknown.join(', ') });
      }
    }

    // Title and message
    const message = cell(cells, 'message');
    let title = cell(cells, 'title');
    if (title === '') {
      const firstLine =
        message
          .split(/\r?\n/)
          .find((line) => line.trim() !== '')
          ?.trim() ?? '';
      if (firstLine === '') error(mapping.title === null ? 'message' : 'title', 'titleMissing');
      else {
        title = truncate(firstLine, DERIVED_TITLE_MAX);
        warn('title', 'titleFromMessage');
      }
    } else if (title.length > LIMITS.titleMax) {
      title = truncate(title, LIMITS.titleMax);
      warn('title', 'titleTruncated', { max: LIMITS.titleMax });
    }

    // Free texts with hard limits.
    const sender = cell(cells, 'from');
    const notes = cell(cells, 'notes');
    const actionText = cell(cells, 'expectedAction');
    const tooLong = (field: MselField, text: string, max: number) => {
      if (text.length > max) error(field, 'textTooLong', { max });
    };
    tooLong('from', sender, LIMITS.shortTextMax);
    tooLong('message', message, 200_000);
    tooLong('notes', notes, 10_000);
    tooLong('expectedAction', actionText, 4_000);

    // One expected action per recipient team, each to be rated separately.
    const actionTeamIds = audience === 'all' ? context.teams.map((t) => t.id) : recipientTeamIds;
    let expectedActions: ExpectedAction[] = [];
    if (actionText !== '') {
      if (actionTeamIds.length === 0) warn('expectedAction', 'expectedActionDropped');
      // (A team left without a line of its own gets no expected action.)
      expectedActions = splitActionsByTeam(actionText, actionTeamIds, context.teams).map(({ teamId, description }) => ({
        id: newId(),
        teamId,
        description,
        capabilityId: null,
        timeLimitMin: null,
        weight: 1,
      }));
    }

    if (problems.some((p) => p.severity === 'error') || !time.ok) return { rowNumber, problems };

    const parsed = injectSchema.safeParse({
      id: newId(),
      number,
      phaseId,
      offsetSec: time.seconds,
      channel,
      sender,
      audience,
      recipientTeamIds,
      title,
      body: message,
      expectedActions,
      controllerNotes: notes,
    });
    if (!parsed.success) {
      // Every rule above should prevent this; if one is missing, the row is refused
      // with the schema's own paths rather than imported half-valid.
      const path = parsed.error.issues.map((i) => i.path.join('.')).join(', ');
      error(null, 'invalidInject', { path });
      return { rowNumber, problems };
    }
    return { rowNumber, inject: parsed.data, problems };
  });

  return { rows: previewRows, counts: countRows(previewRows) };
}

export function countRows(rows: readonly PreviewRow[]): ImportPreview['counts'] {
  let ok = 0;
  let warnings = 0;
  let errors = 0;
  for (const row of rows) {
    if (row.problems.some((p) => p.severity === 'error')) errors += 1;
    else if (row.problems.length > 0) warnings += 1;
    else ok += 1;
  }
  return { total: rows.length, ok, warnings, errors };
}

/** The injects the user can import: those of rows without errors, in file order. */
export function importableInjects(preview: ImportPreview): Inject[] {
  return preview.rows.flatMap((row) => (row.inject ? [row.inject] : []));
}

/**
 * One expected action per recipient team. When every line reads "Team: action" for
 * recipient teams (how the export writes actions that differ by team), each team gets
 * its own lines; otherwise every team gets the whole text.
 */
function splitActionsByTeam(
  text: string,
  teamIds: readonly string[],
  teams: readonly Team[],
): { teamId: string; description: string }[] {
  const byName = new Map(teams.filter((t) => teamIds.includes(t.id)).map((t) => [fold(t.name), t.id]));
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== '');
  const perTeam = new Map<string, string[]>();
  for (const line of lines) {
    const m = /^(.+?)\s*[:：]\s*(.+)$/.exec(line.trim());
    const teamId = m ? byName.get(fold(m[1] ?? '')) : undefined;
    if (!m || teamId === undefined) return teamIds.map((teamId) => ({ teamId, description: text }));
    perTeam.set(teamId, [...(perTeam.get(teamId) ?? []), m[2] ?? '']);
  }
  // One team named once is more likely a sentence ("Tổ y tế: sơ cứu…") than a split.
  if (perTeam.size < 2) return teamIds.map((teamId) => ({ teamId, description: text }));
  return teamIds.flatMap((teamId) => {
    const own = perTeam.get(teamId);
    return own ? [{ teamId, description: own.join('\n') }] : [];
  });
}

/** "C1" and "c1", " 3" and "3" are the same MSEL number. */
function numberKey(number: string): string {
  return number.normalize('NFKC').trim().toLowerCase();
}

/**
 * Our CSV export (papaparse's escapeFormulae) guards cells that Excel would run as
 * formulas ("- call the police" is read as "=-call…") with a leading apostrophe.
 */
export function unescapeFormula(text: string): string {
  return /^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text;
}
