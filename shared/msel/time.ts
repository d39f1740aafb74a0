// Scenario time as MSEL authors write it. Stored as seconds after the start of the
// exercise; shown and exported as T+hh:mm (T+hh:mm:ss when seconds matter).
import { LIMITS } from '../model/exercise';

export const MAX_OFFSET_SEC = LIMITS.durationMinMax * 60;

export type TimeParse = { ok: true; seconds: number } | { ok: false; reason: 'missing' | 'invalid' | 'out_of_range' };

const SECONDS_PER_DAY = 86_400;

/**
 * Accepts "T+01:30", "01:30" (hours:minutes), "1:30:00", "90" (minutes), "90'",
 * "90 min", "90 phút", "90分钟", and Excel's fractional days ("0.0625", also with a
 * decimal comma, "0,0625"): a time cell copied from Excel with the General format
 * shows up that way. Integers are minutes; numbers with a fraction are days.
 */
export function parseScenarioTime(input: string): TimeParse {
  // NFKC turns full-width digits and colons from Chinese input methods into ASCII.
  const text = input.normalize('NFKC').trim().replace(/\s+/g, ' ');
  if (text === '') return { ok: false, reason: 'missing' };
  // "T+", "T +", "H+" (Vietnamese drills count from giờ H): a prefix, not part of the value.
  const body = text.replace(/^[TtHh]\s*\+\s*/, '');
  const seconds = parseBody(body);
  if (seconds === null) return { ok: false, reason: 'invalid' };
  if (seconds < 0 || seconds > MAX_OFFSET_SEC) return { ok: false, reason: 'out_of_range' };
  return { ok: true, seconds };
}

function parseBody(body: string): number | null {
  let m = /^(\d{1,3}):(\d{1,2})(?::(\d{1,2}))?$/.exec(body);
  if (m) {
    const h = Number(m[1]);
    const min = Number(m[2]);
    const s = m[3] === undefined ? 0 : Number(m[3]);
    if (min >= 60 || s >= 60) return null;
    return h * 3600 + min * 60 + s;
  }
  // Minutes, with an optional unit: 90, 90', 90 min, 90 phút, 90分钟 / 90分鐘 / 90分.
  m = /^(\d{1,6}) ?(?:'|’|′|m|min|mins|minutes?|phút|分钟|分鐘|分)?$/i.exec(body);
  if (m) return Number(m[1]) * 60;
  // Hours and minutes with letters: 1h30, 1h, 1 giờ 30, 1小时30分.
  m = /^(\d{1,3}) ?(?:h|giờ|小时|小時|时|時) ?(?:(\d{1,2}) ?(?:m|min|phút|分钟|分鐘|分)?)?$/i.exec(body);
  if (m) {
    const min = m[2] === undefined ? 0 : Number(m[2]);
    if (min >= 60) return null;
    return Number(m[1]) * 3600 + min * 60;
  }
  // Excel serial time: a fraction of a day.
  m = /^(\d+)[.,](\d+)$/.exec(body);
  if (m) return Math.round(Number(`${m[1]}.${m[2]}`) * SECONDS_PER_DAY);
  return null;
}

/** T+hh:mm, or T+hh:mm:ss when the offset is not a whole minute. Hours may exceed 24. */
export function formatScenarioTime(offsetSec: number): string {
  const h = Math.floor(offsetSec / 3600);
  const min = Math.floor((offsetSec % 3600) / 60);
  const s = offsetSec % 60;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `T+${pad(h)}:${pad(min)}${s === 0 ? '' : `:${pad(s)}`}`;
}
