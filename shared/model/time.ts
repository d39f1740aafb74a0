// Scenario time: an inject's offset from the start of the exercise, written the way
// MSELs write it ("T+01:30"), and read back from whatever a designer types.
import { DomainError } from '../api/errors';
import { LIMITS } from './exercise';

/** The largest offset an inject may have (the schema's limit), in seconds. */
export const MAX_OFFSET_SEC = LIMITS.durationMinMax * 60;

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * "T+hh:mm", or "T+hh:mm:ss" when the seconds are not zero. Hours do not wrap at a
 * day ("T+26:05"): a multi-day exercise counts from its start. Not capped at
 * MAX_OFFSET_SEC, so a session clock that runs long still shows its time.
 */
export function formatOffset(offsetSec: number): string {
  if (!Number.isSafeInteger(offsetSec) || offsetSec < 0) {
    throw new DomainError('invalid_input', 'validation.offset_invalid', { value: offsetSec });
  }
  const hours = Math.floor(offsetSec / 3600);
  const minutes = Math.floor((offsetSec % 3600) / 60);
  const seconds = offsetSec % 60;
  const hm = `T+${pad2(hours)}:${pad2(minutes)}`;
  return seconds === 0 ? hm : `${hm}:${pad2(seconds)}`;
}

// All forms may carry a "T+" prefix. Minutes and seconds after a colon take two
// digits, so "1:5" (1:05? 1:50?) is refused rather than guessed.
const CLOCK = /^(\d{1,3}):(\d{2})(?::(\d{2}))?$/; // h:mm, h:mm:ss
const MINUTES = /^(\d{1,5})\s*(?:'|′|’|m|min)?$/; // 90, 90', 90m, 90 min
const HOURS = /^(\d{1,3})\s*h(?:\s*(\d{1,2})\s*(?:m|min)?)?$/; // 1h, 1h30, 1h30m

/**
 * Seconds from a typed scenario time: "T+01:30", "t+1:30", "01:30", "1:30:15",
 * "90" (minutes), "90'", "1h30". Null when the text is none of these, when minutes
 * or seconds are 60 or more, or when the time is beyond MAX_OFFSET_SEC.
 * Fullwidth digits and colons (typed with a Chinese IME) are accepted.
 */
export function parseOffset(text: string): number | null {
  const s = text
    .normalize('NFKC')
    .trim()
    .toLowerCase()
    .replace(/^t\s*\+\s*/, '');
  let seconds: number | null = null;

  const clock = CLOCK.exec(s);
  const minutes = MINUTES.exec(s);
  const hours = HOURS.exec(s);
  if (clock) {
    const [, h, m, sec] = clock;
    seconds = sixty(Number(h), Number(m), sec === undefined ? 0 : Number(sec));
  } else if (minutes) {
    seconds = Number(minutes[1]) * 60;
  } else if (hours) {
    const [, h, m] = hours;
    seconds = sixty(Number(h), m === undefined ? 0 : Number(m), 0);
  }
  return seconds !== null && seconds <= MAX_OFFSET_SEC ? seconds : null;
}

function sixty(h: number, m: number, s: number): number | null {
  return m < 60 && s < 60 ? h * 3600 + m * 60 + s : null;
}

/**
 * A duration in minutes split for display; the UI words it in the user's language
 * ("2 h 30 min", "2 giờ 30 phút", "2小时30分钟").
 */
export function formatDuration(minutes: number): { hours: number; minutes: number } {
  if (!Number.isSafeInteger(minutes) || minutes < 0) {
    throw new DomainError('invalid_input', 'validation.duration_invalid', { value: minutes });
  }
  return { hours: Math.floor(minutes / 60), minutes: minutes % 60 };
}
