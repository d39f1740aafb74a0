// Turns spreadsheet rows into injects, row by row, with every problem the user should
// see in the preview. Pure: the caller reads the file, shows the preview, and saves only
// the rows without errors (importableInjects).
import { DomainError } from '../api/errors';
import {
  LIMITS,
  injectSchema,
  type Capability,
  type Channel,
  type ExpectedAction,
  type Inject,
  type Phase,
  type Team,
} from '../model/exercise';
import { readActionAttributes, readActionCell } from './actionCells';
import { matchChannel } from './channels';
import type { ColumnMapping, MselField } from './columns';
import { matchRecipients, type RecipientAlias } from './recipients';
import { closestTeam } from './teamMatch';
import { fold, truncate } from './text';
import { MAX_OFFSET_SEC } from './time';
import { readTimeColumn, type TimeBase, type TimeColumn } from './timeColumn';

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
  /** What the preview shows for every row, rejected ones included. */
  shown: {
    /** The MSEL number as written, or as numbered automatically. */
    number: string;
    /** The time cell as written, and the scenario time it became (null when it could not be read). */
    timeText: string;
    offsetSec: number | null;
    audience: 'all' | 'teams';
    /** Team names as they will be (and names that are not teams yet, as written). */
    recipients: string[];
    title: string;
  };
  problems: RowProblem[];
}

/** A recipient that is no team of the exercise: created, matched to a team, or its rows refused. */
export interface UnknownRecipient {
  name: string;
  /** How many rows name it. */
  rows: number;
  /** An existing team the name is close to, offered instead of creating a new one. */
  suggestion: { teamId: string; name: string } | null;
}

export interface ImportPreview {
  rows: PreviewRow[];
  counts: { total: number; ok: number; warnings: number; errors: number };
  time: Omit<TimeColumn, 'cells'>;
  unknownRecipients: UnknownRecipient[];
}

export interface ImportContext {
  teams: Team[];
  hasHeader: boolean;
  /** Numbers of injects already in the exercise: a clash is an error. */
  existingNumbers?: string[];
  /** The exercise's phases, matched by name; an unknown phase is a warning. */
  phases?: Phase[];
  /** The exercise's capabilities, matched by name for expected actions. */
  capabilities?: Capability[];
  /** How to read the time column; null or absent: as suggestTimeBase guesses. */
  timeBase?: TimeBase | null;
  /** Recipient names the user matched to existing teams. */
  aliases?: RecipientAlias[];
  /** Teams only being created by this import: not offered as suggestions for unknown names. */
  newTeamIds?: string[];
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

  const timeColumn = readTimeColumn(
    dataRows.map((r) => cell(r.cells, 'time')),
    context.timeBase ?? null,
  );
  const unknownCounts = new Map<string, { name: string; rows: number }>();
  const teamName = new Map(context.teams.map((t) => [t.id, t.name]));

  const previewRows = dataRows.map(({ cells, rowNumber }, dataIndex): PreviewRow => {
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
    const time = timeColumn.cells[dataIndex] ?? { ok: false, reason: 'missing' };
    const start = timeColumn.start ?? '';
    if (!time.ok) {
      if (time.reason === 'missing') error('time', 'timeMissing');
      else if (time.reason === 'invalid') error('time', 'timeInvalid', { value: timeText });
      else if (time.reason === 'is_clock') error('time', 'timeIsClock', { value: timeText });
      else if (time.reason === 'not_clock') error('time', 'timeNotClock', { value: timeText });
      else if (time.reason === 'before_start') error('time', 'timeBeforeStart', { value: timeText, start });
      else error('time', 'timeOutOfRange', { value: timeText, max: MAX_OFFSET_SEC / 3600 });
    } else if (time.nextDay) warn('time', 'timeNextDay', { value: timeText, start });

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
    let unknownNames: string[] = [];
    if (toText === '') warn('to', 'recipientsMissing');
    else {
      const match = matchRecipients(toText, context.teams, context.aliases);
      audience = match.audience;
      if (match.audience === 'teams') {
        recipientTeamIds = match.teamIds;
        unknownNames = match.unknown;
        if (match.unknown.length > 0) error('to', 'unknownRecipients', { names: match.unknown.join(', ') });
        for (const name of match.unknown) {
          const seen = unknownCounts.get(fold(name));
          unknownCounts.set(fold(name), { name: seen?.name ?? name, rows: (seen?.rows ?? 0) + 1 });
        }
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
    const attributeCells = {
      capability: cell(cells, 'capability'),
      timeLimit: cell(cells, 'timeLimit'),
      weight: cell(cells, 'weight'),
    };
    if (actionText !== '') {
      if (actionTeamIds.length === 0) warn('expectedAction', 'expectedActionDropped');
      // (A team left without a line of its own gets no expected action.)
      const read = readActionCell(actionText, actionTeamIds, context.teams);
      const { attributes, problems: attributeProblems } = readActionAttributes(
        read,
        attributeCells,
        context.teams,
        context.capabilities ?? [],
      );
      for (const p of attributeProblems) warn(p.column, p.name, { value: p.value });
      expectedActions = read.map(({ teamId, description }, i) => ({
        id: newId(),
        teamId,
        description,
        ...(attributes[i] ?? { capabilityId: null, timeLimitMin: null, weight: 1 }),
      }));
    }

    // Decision options: one per line, or "A | B" as T3SF's polls write them.
    const optionsText = cell(cells, 'decisionOptions');
    const decisionOptions = optionsText
      .split(/\r?\n|\|/)
      .map((o) => o.trim())
      .filter((o) => o !== '');
    if (decisionOptions.some((o) => o.length > LIMITS.shortTextMax)) {
      error('decisionOptions', 'textTooLong', { max: LIMITS.shortTextMax });
    }

    const shown: PreviewRow['shown'] = {
      number,
      timeText,
      offsetSec: time.ok ? time.seconds : null,
      audience,
      recipients: [...recipientTeamIds.map((id) => teamName.get(id) ?? id), ...unknownNames],
      title,
    };
    if (problems.some((p) => p.severity === 'error') || !time.ok) return { rowNumber, shown, problems };

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
      decisionOptions,
      controllerNotes: notes,
    });
    if (!parsed.success) {
      // Every rule above should prevent this; if one is missing, the row is refused
      // with the schema's own paths rather than imported half-valid.
      const path = parsed.error.issues.map((i) => i.path.join('.')).join(', ');
      error(null, 'invalidInject', { path });
      return { rowNumber, shown, problems };
    }
    return { rowNumber, inject: parsed.data, shown, problems };
  });

  const newTeamIds = new Set(context.newTeamIds ?? []);
  const existingTeams = context.teams.filter((t) => !newTeamIds.has(t.id));
  const unknownRecipients = [...unknownCounts.values()].map(({ name, rows }): UnknownRecipient => {
    const close = closestTeam(name, existingTeams);
    return { name, rows, suggestion: close ? { teamId: close.id, name: close.name } : null };
  });
  const { cells: _cells, ...time } = timeColumn;
  return { rows: previewRows, counts: countRows(previewRows), time, unknownRecipients };
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
