// The time column as a whole: offsets ("T+00:05", "90") or clock readings ("19:29",
// "2024-05-01 19:29") made relative to the first row or to a chosen start. Which one a
// file holds is guessed from the column and shown in the preview; the user can change it.
import { DomainError } from '../api/errors';
import { clockColumnDayFirst, formatClock, parseClockTime, relativeSeconds, type ClockReading } from './clockTime';
import { MAX_OFFSET_SEC, parseScenarioTime } from './time';

export const TIME_BASE_MODES = ['offset', 'relativeToFirst', 'relativeTo'] as const;
export type TimeBaseMode = (typeof TIME_BASE_MODES)[number];
/** How the time column is read; `start` ("19:00" or "2024-05-01 19:00") only with relativeTo. */
export type TimeBase = { mode: TimeBaseMode; start?: string };

export type TimeCell =
  | { ok: true; seconds: number; nextDay: boolean }
  | { ok: false; reason: 'missing' | 'invalid' | 'out_of_range' | 'before_start' | 'is_clock' | 'not_clock' };

export interface TimeColumn {
  /** What the column looks like: the mode the dialog proposes. */
  suggested: TimeBaseMode;
  /** The mode used for `cells`. */
  applied: TimeBase;
  /** The clock reading that became T+00:00, as "19:29" or "2024-05-01 19:29"; null for offsets. */
  start: string | null;
  cells: TimeCell[];
}

/** An exercise rarely has its first inject six hours in; a day shift rarely starts before 06:00. */
const EARLIEST_CLOCK_START_SEC = 6 * 3600;

/**
 * Clock times when the column holds something only a clock can mean (a date, "PM", an
 * Excel date serial) or when every time could be either and the first one is 06:00 or
 * later (the first, not the earliest: an evening exercise may run past midnight). An
 * explicit "T+" or a count of minutes means offsets.
 */
export function suggestTimeBase(texts: readonly string[]): TimeBaseMode {
  const dayFirst = clockColumnDayFirst(texts);
  let clocks = 0;
  let onlyClock = false;
  let first: number | null = null;
  for (const raw of texts) {
    const text = raw.normalize('NFKC').trim();
    if (text === '') continue;
    if (/^[TtHh]\s*\+/.test(text)) return 'offset';
    const clock = parseClockTime(text, dayFirst);
    const offset = parseScenarioTime(text);
    if (!clock) {
      if (offset.ok) return 'offset';
      continue; // a broken cell says nothing about the column
    }
    clocks += 1;
    if (!offset.ok || clock.day !== null) onlyClock = true;
    first ??= clock.secondsOfDay;
  }
  if (clocks === 0) return 'offset';
  return onlyClock || (first ?? 0) >= EARLIEST_CLOCK_START_SEC ? 'relativeToFirst' : 'offset';
}

/** Reads every time cell of the data rows (in file order) the way `base` says; null: as suggested. */
export function readTimeColumn(texts: readonly string[], base: TimeBase | null): TimeColumn {
  const suggested = suggestTimeBase(texts);
  const applied: TimeBase = base ?? { mode: suggested };
  if (applied.mode === 'offset') {
    const cells = texts.map((text): TimeCell => {
      const parsed = parseScenarioTime(text);
      if (parsed.ok) return { ok: true, seconds: parsed.seconds, nextDay: false };
      if (parsed.reason === 'invalid' && parseClockTime(text) !== null) return { ok: false, reason: 'is_clock' };
      return parsed;
    });
    return { suggested, applied, start: null, cells };
  }

  const dayFirst = clockColumnDayFirst(texts);
  const readings = texts.map((text) => parseClockTime(text, dayFirst));
  const start = startReading(applied, readings, dayFirst);
  const cells = texts.map((text, i): TimeCell => {
    if (text.trim() === '') return { ok: false, reason: 'missing' };
    const reading = readings[i];
    if (!reading || !start) return { ok: false, reason: 'not_clock' };
    const relative = relativeSeconds(reading, start);
    if (!relative.ok) return relative;
    if (relative.seconds > MAX_OFFSET_SEC) return { ok: false, reason: 'out_of_range' };
    return relative;
  });
  return { suggested, applied, start: start ? formatClock(start) : null, cells };
}

function startReading(base: TimeBase, readings: readonly (ClockReading | null)[], dayFirst: boolean) {
  if (base.mode === 'relativeToFirst') return readings.find((r) => r !== null) ?? null;
  const start = parseClockTime(base.start ?? '', dayFirst);
  if (!start) throw new DomainError('invalid_input', 'spreadsheet.errors.startInvalid', { value: base.start ?? '' });
  // "08:00" against dated rows: 08:00 on the day of the first dated row.
  const firstDay = readings.find((r) => r?.day != null)?.day ?? null;
  return start.day === null && firstDay !== null ? { ...start, day: firstDay } : start;
}
