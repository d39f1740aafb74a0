// Clock times and dates in an MSEL's time column, and how they become scenario times.
import { describe, expect, it } from 'vitest';
import { displayString } from '../../../electron/services/spreadsheet/readSheet';
import { clockColumnDayFirst, formatClock, parseClockTime, relativeSeconds } from '../../../shared/msel/clockTime';
import { readTimeColumn, suggestTimeBase } from '../../../shared/msel/timeColumn';

const DAY = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
const hm = (h: number, m: number, s = 0) => h * 3600 + m * 60 + s;

describe('parseClockTime', () => {
  it.each([
    ['19:29', hm(19, 29)],
    ['7:05', hm(7, 5)],
    ['19:29:10', hm(19, 29, 10)],
    ['7:05 PM', hm(19, 5)],
    ['07:29 PM', hm(19, 29)],
    ['12:10 AM', hm(0, 10)],
    ['12:10 pm', hm(12, 10)],
    ['7:05 p.m.', hm(19, 5)],
    ['7:05 CH', hm(19, 5)], // chiều, Vietnamese Windows
    ['9:15 SA', hm(9, 15)], // sáng
    ['下午7:05', hm(19, 5)],
    ['上午 9:30', hm(9, 30)],
    ['19h29', hm(19, 29)],
    ['19 giờ 29 phút', hm(19, 29)],
    ['19时29分', hm(19, 29)],
    ['１９：２９', hm(19, 29)], // full-width, from a Chinese input method
  ])('reads the time of day %s', (text, seconds) => {
    expect(parseClockTime(text)).toEqual({ day: null, secondsOfDay: seconds });
  });

  it.each([
    ['2024-05-01 19:29', '2024-05-01', hm(19, 29)],
    ['2024-05-01T19:29:00', '2024-05-01', hm(19, 29)],
    ['2024-05-01T19:29:00.000Z', '2024-05-01', hm(19, 29)],
    ['2024/5/1 7:05 PM', '2024-05-01', hm(19, 5)],
    ['2024-05-01', '2024-05-01', 0],
    ['01/05/2024 19:29', '2024-05-01', hm(19, 29)], // day first by default
    ['2024年5月1日 19:29', '2024-05-01', hm(19, 29)],
    ['45413.8125', '2024-05-01', hm(19, 30)], // an Excel date serial saved as a number
  ])('reads the date and time %s', (text, day, seconds) => {
    expect(parseClockTime(text)).toEqual({ day: DAY(day), secondsOfDay: seconds });
  });

  it('reads month first when told to', () => {
    expect(parseClockTime('05/01/2024 19:29', false)).toEqual({ day: DAY('2024-05-01'), secondsOfDay: hm(19, 29) });
  });

  it('reads what readSheet shows for Excel date and time cells', () => {
    const dateTime = displayString(new Date(Date.UTC(2024, 4, 1, 19, 29)), 'yyyy-mm-dd hh:mm');
    expect(dateTime).toBe('2024-05-01 19:29');
    expect(parseClockTime(dateTime)).toEqual({ day: DAY('2024-05-01'), secondsOfDay: hm(19, 29) });
    const timeOnly = displayString(new Date(Date.UTC(1899, 11, 30, 19, 29)), 'h:mm');
    expect(parseClockTime(timeOnly)).toEqual({ day: null, secondsOfDay: hm(19, 29) });
  });

  it.each([
    '10000',
    '24:00',
    '19:60',
    '13:05 PM',
    '0:30 AM',
    'T+00:05',
    '90',
    'soon',
    '2024-02-30 10:00',
    'Monday 9:30 AM',
    '',
  ])('refuses %s', (text) => {
    expect(parseClockTime(text)).toBeNull();
  });

  it('settles day or month first from the column', () => {
    expect(clockColumnDayFirst(['01/05/2024 10:00', '25/05/2024 10:00'])).toBe(true);
    expect(clockColumnDayFirst(['05/01/2024 10:00', '05/25/2024 10:00'])).toBe(false);
    expect(clockColumnDayFirst(['19:29'])).toBe(true);
  });

  it('formats a reading for the preview', () => {
    expect(formatClock({ day: null, secondsOfDay: hm(19, 29) })).toBe('19:29');
    expect(formatClock({ day: DAY('2024-05-01'), secondsOfDay: hm(7, 5, 9) })).toBe('2024-05-01 07:05:09');
  });
});

describe('relativeSeconds', () => {
  const at = (h: number, m: number, day: string | null = null) => ({
    day: day === null ? null : DAY(day),
    secondsOfDay: hm(h, m),
  });

  it('counts from the start, taking an earlier time of day as the next day (past midnight)', () => {
    expect(relativeSeconds(at(19, 35), at(19, 29))).toEqual({ ok: true, seconds: 360, nextDay: false });
    expect(relativeSeconds(at(0, 10), at(22, 0))).toEqual({ ok: true, seconds: hm(2, 10), nextDay: true });
  });

  it('subtracts dates exactly and refuses a date before the start', () => {
    expect(relativeSeconds(at(0, 10, '2024-05-02'), at(22, 0, '2024-05-01'))).toEqual({
      ok: true,
      seconds: hm(2, 10),
      nextDay: false,
    });
    expect(relativeSeconds(at(21, 0, '2024-05-01'), at(22, 0, '2024-05-01'))).toEqual({
      ok: false,
      reason: 'before_start',
    });
  });
});

describe('the time column', () => {
  it.each([
    [['19:29', '19:35'], 'relativeToFirst'],
    [['7:05 PM', '7:10 PM'], 'relativeToFirst'],
    [['2024-05-01 08:00', '2024-05-01 08:30'], 'relativeToFirst'],
    [['08:00', '', 'sai giờ', '09:15'], 'relativeToFirst'],
    [['T+00:05', '19:29'], 'offset'],
    [['00:00', '00:15', '01:30'], 'offset'],
    [['05:00', '06:30'], 'offset'],
    [['22:00', '23:30', '00:10'], 'relativeToFirst'], // an evening exercise past midnight
    [['01:00', '00:30', '08:00'], 'offset'], // offsets out of order
    [['90', '19:29'], 'offset'],
    [['10000', '10050'], 'offset'], // minutes, not Excel dates
    [['', 'sai giờ'], 'offset'],
  ])('suggests how to read %j: %s', (texts, mode) => {
    expect(suggestTimeBase(texts)).toBe(mode);
  });

  it('reads a T3SF-style column relative to its first row, from T+00:00, with the start named', () => {
    const column = readTimeColumn(['19:29', '19:30', '19:35', '20:29'], null);
    expect(column.applied).toEqual({ mode: 'relativeToFirst' });
    expect(column.start).toBe('19:29');
    expect(column.cells.map((c) => (c.ok ? c.seconds : c.reason))).toEqual([0, 60, 360, 3600]);
  });

  it('reads clock times from a chosen start, passing midnight', () => {
    const column = readTimeColumn(['22:30', '23:50', '00:10'], { mode: 'relativeTo', start: '22:00' });
    expect(column.cells).toEqual([
      { ok: true, seconds: hm(0, 30), nextDay: false },
      { ok: true, seconds: hm(1, 50), nextDay: false },
      { ok: true, seconds: hm(2, 10), nextDay: true },
    ]);
    expect(column.start).toBe('22:00');
  });

  it('puts a bare start time on the day of the first dated row', () => {
    const column = readTimeColumn(['2024-05-01 08:30', '2024-05-02 08:00', '2024-05-01 07:00'], {
      mode: 'relativeTo',
      start: '08:00',
    });
    expect(column.start).toBe('2024-05-01 08:00');
    expect(column.cells.map((c) => (c.ok ? c.seconds : c.reason))).toEqual([1800, 86_400, 'before_start']);
  });

  it('keeps offsets as offsets and names clock times in offset mode', () => {
    const column = readTimeColumn(['T+00:05', '7:05 PM', 'soon', ''], { mode: 'offset' });
    expect(column.suggested).toBe('offset');
    expect(column.cells.map((c) => (c.ok ? c.seconds : c.reason))).toEqual([300, 'is_clock', 'invalid', 'missing']);
  });

  it('refuses a start time it cannot read with a translated error', () => {
    expect(() => readTimeColumn(['19:29'], { mode: 'relativeTo', start: 'noon' })).toThrow(
      expect.objectContaining({ messageKey: 'spreadsheet.errors.startInvalid' }),
    );
  });
});
