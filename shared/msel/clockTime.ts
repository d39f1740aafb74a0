// Times of day and dates in an MSEL's time column. Other tools (T3SF's workbook, an
// agency's run sheet) write when an inject goes out by the clock — "19:29", "7:05 PM",
// "2024-05-01 19:29" — where Drillbook wants an offset from the start. This reads such
// cells and makes them relative to the first row or to a chosen start time.

const DAY_SEC = 86_400;

/** A clock reading: seconds into the day, and the day (days since 1970) when a date was given. */
export interface ClockReading {
  day: number | null;
  secondsOfDay: number;
}

// Morning / afternoon markers in the four languages: "SA"/"CH" are sáng/chiều on
// Vietnamese Windows, 上午/下午 on Chinese ones.
const AM = /^(?:am|a\.m\.|a|sa|sáng|上午|早上|凌晨)$/i;
const PM = /^(?:pm|p\.m\.|p|ch|chiều|tối|下午|晚上)$/i;
const TIME = /^(\d{1,2})\s*(?::|h|giờ|g|时|時|点|點)\s*(\d{2})(?:\s*(?::|分)\s*(\d{2})\s*秒?)?\s*(?:phút|分)?$/i;

/** "19:29", "7:05 PM", "下午7:05", "19h29", "19:29:10"; null when not a time of day. */
function parseTimeOfDay(text: string): number | null {
  let rest = text.trim();
  let half: 'am' | 'pm' | null = null;
  const before = /^(\S+?)\s*(?=\d)/u.exec(rest);
  const after = /(?<=\d)\s*([^\d\s:]+)$/u.exec(rest);
  for (const m of [before, after]) {
    const marker = m?.[1];
    if (!m || marker === undefined) continue;
    if (AM.test(marker) || PM.test(marker)) {
      half = AM.test(marker) ? 'am' : 'pm';
      rest = m === before ? rest.slice(m[0].length) : rest.slice(0, m.index);
    }
  }
  const m = TIME.exec(rest.trim());
  if (!m) return null;
  let h = Number(m[1]);
  const min = Number(m[2]);
  const s = m[3] === undefined ? 0 : Number(m[3]);
  if (min > 59 || s > 59) return null;
  if (half !== null) {
    if (h < 1 || h > 12) return null;
    h = (h % 12) + (half === 'pm' ? 12 : 0);
  } else if (h > 23) return null;
  return h * 3600 + min * 60 + s;
}

const ISO_DATE = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T]+(.+))?$/;
const DMY_DATE = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?:[ T,]+(.+))?$/;
const CJK_DATE = /^(\d{4})年(\d{1,2})月(\d{1,2})日\s*(.*)$/;
// A CSV saved from a sheet with date cells in the General format: days since 1899-12-30.
// Only from 1970 (serial 25569) on, so a count of minutes ("10000") is never taken for a date.
const EXCEL_SERIAL = /^(\d{5})(?:[.,](\d+))?$/;
const EXCEL_SERIAL_MIN = 25_569;
const EXCEL_EPOCH_DAY = Date.UTC(1899, 11, 30) / 86_400_000;

function dayNumber(y: number, m: number, d: number): number | null {
  const ms = Date.UTC(y, m - 1, d);
  const date = new Date(ms);
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return ms / 86_400_000;
}

/**
 * One cell as a clock reading. `dayFirst` settles "01/05/2024" (1 May or 5 January):
 * see clockColumnDayFirst. Seconds in the ISO form ("2024-05-01T19:29:00.000Z") are kept.
 */
export function parseClockTime(input: string, dayFirst = true): ClockReading | null {
  const text = input
    .normalize('NFKC')
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/(\d{2}:\d{2}:\d{2})\.\d+Z?$/, '$1')
    .replace(/(\d{2}:\d{2})Z$/, '$1');
  if (text === '') return null;
  const serial = EXCEL_SERIAL.exec(text);
  if (serial && Number(serial[1]) >= EXCEL_SERIAL_MIN) {
    const seconds = Math.round(Number(`0.${serial[2] ?? '0'}`) * DAY_SEC);
    return { day: Number(serial[1]) + EXCEL_EPOCH_DAY, secondsOfDay: Math.min(seconds, DAY_SEC - 1) };
  }
  let date: { y: number; m: number; d: number; rest: string } | null = null;
  const iso = ISO_DATE.exec(text) ?? CJK_DATE.exec(text);
  const dmy = DMY_DATE.exec(text);
  if (iso) date = { y: Number(iso[1]), m: Number(iso[2]), d: Number(iso[3]), rest: iso[4] ?? '' };
  else if (dmy) {
    const [a, b] = [Number(dmy[1]), Number(dmy[2])];
    date = dayFirst
      ? { y: Number(dmy[3]), m: b, d: a, rest: dmy[4] ?? '' }
      : { y: Number(dmy[3]), m: a, d: b, rest: dmy[4] ?? '' };
  }
  if (date) {
    const day = dayNumber(date.y, date.m, date.d);
    if (day === null) return null;
    if (date.rest.trim() === '') return { day, secondsOfDay: 0 };
    const secondsOfDay = parseTimeOfDay(date.rest);
    return secondsOfDay === null ? null : { day, secondsOfDay };
  }
  const secondsOfDay = parseTimeOfDay(text);
  return secondsOfDay === null ? null : { day: null, secondsOfDay };
}

/**
 * Whether "dd/mm/yyyy" (Vietnam, most of the world) or "mm/dd/yyyy" (US) is meant:
 * a first number above 12 settles it one way, a second above 12 the other; day first
 * when nothing settles it.
 */
export function clockColumnDayFirst(texts: readonly string[]): boolean {
  for (const text of texts) {
    const m = DMY_DATE.exec(text.normalize('NFKC').trim());
    if (!m) continue;
    if (Number(m[1]) > 12) return true;
    if (Number(m[2]) > 12) return false;
  }
  return true;
}

/** "19:29", or "2024-05-01 19:29" when the reading has a date: how the preview names the start. */
export function formatClock(reading: ClockReading): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const h = Math.floor(reading.secondsOfDay / 3600);
  const m = Math.floor((reading.secondsOfDay % 3600) / 60);
  const s = reading.secondsOfDay % 60;
  const time = `${pad(h)}:${pad(m)}${s === 0 ? '' : `:${pad(s)}`}`;
  if (reading.day === null) return time;
  return `${new Date(reading.day * 86_400_000).toISOString().slice(0, 10)} ${time}`;
}

export type RelativeTime = { ok: true; seconds: number; nextDay: boolean } | { ok: false; reason: 'before_start' };

/**
 * Seconds from `start` to `reading`. Two dates subtract exactly (a reading before the
 * start is refused). A bare time of day earlier than the start's is the next day — an
 * exercise that runs from 22:00 past midnight — and says so, so the preview can warn.
 */
export function relativeSeconds(reading: ClockReading, start: ClockReading): RelativeTime {
  if (reading.day !== null && start.day !== null) {
    const seconds = (reading.day - start.day) * DAY_SEC + reading.secondsOfDay - start.secondsOfDay;
    return seconds < 0 ? { ok: false, reason: 'before_start' } : { ok: true, seconds, nextDay: false };
  }
  const diff = reading.secondsOfDay - start.secondsOfDay;
  return diff >= 0 ? { ok: true, seconds: diff, nextDay: false } : { ok: true, seconds: diff + DAY_SEC, nextDay: true };
}
