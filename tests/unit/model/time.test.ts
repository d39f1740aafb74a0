import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatDuration, formatOffset, MAX_OFFSET_SEC, parseOffset } from '../../../shared/model/time';
import { DomainError } from '../../../shared/api/errors';

describe('formatOffset', () => {
  it.each([
    [0, 'T+00:00'],
    [90 * 60, 'T+01:30'],
    [30, 'T+00:00:30'],
    [3600 + 30 * 60 + 15, 'T+01:30:15'],
    [26 * 3600 + 5 * 60, 'T+26:05'],
    [MAX_OFFSET_SEC, 'T+168:00'],
  ])('%i s → %s', (sec, text) => {
    expect(formatOffset(sec)).toBe(text);
  });

  it.each([-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])('refuses %s with a DomainError', (bad) => {
    expect(() => formatOffset(bad)).toThrow(DomainError);
    expect(() => formatOffset(bad)).toThrow(expect.objectContaining({ messageKey: 'validation.offset_invalid' }));
  });
});

describe('parseOffset', () => {
  it.each([
    ['T+01:30', 5400],
    ['t+1:30', 5400],
    ['T + 01:30', 5400],
    ['01:30', 5400],
    ['1:30:15', 5415],
    ['T+00:00:30', 30],
    ['90', 5400],
    ["90'", 5400],
    ['90 min', 5400],
    ['1h30', 5400],
    ['1H30', 5400],
    ['1h', 3600],
    ['2h05m', 7500],
    ['  45  ', 2700],
    ['０１：３０', 5400], // fullwidth, as a Chinese IME types it
    ['T+26:05', 26 * 3600 + 300],
    ['0', 0],
  ])('%s → %i s', (text, sec) => {
    expect(parseOffset(text)).toBe(sec);
  });

  it.each([
    '',
    'T+',
    'abc',
    '1:5',
    '1:60',
    '1:30:60',
    '1h60',
    '-5',
    '1.5',
    '1:30:15:00',
    'T-01:00',
    '169:00', // beyond a week: more than an inject may have
    '99999',
  ])('%j → null', (text) => {
    expect(parseOffset(text)).toBeNull();
  });

  it('accepts exactly the maximum in every form, and refuses one step past it', () => {
    expect(MAX_OFFSET_SEC).toBe(168 * 3600); // a week: the schema's longest exercise
    for (const atMax of ['T+168:00', '168:00', '168:00:00', '10080', "10080'", '168h', '168h0m']) {
      expect(parseOffset(atMax), atMax).toBe(MAX_OFFSET_SEC);
    }
    for (const pastMax of ['T+168:00:01', '168:01', '10081', '168h1', '168h01m']) {
      expect(parseOffset(pastMax), pastMax).toBeNull();
    }
    expect(parseOffset(formatOffset(MAX_OFFSET_SEC))).toBe(MAX_OFFSET_SEC);
  });

  it('refuses 60 minutes or seconds rather than carrying them into the next unit', () => {
    for (const text of ['1:60', 'T+01:60', '1:30:60', '0:00:60', '1h60', '167:60']) {
      expect(parseOffset(text), text).toBeNull();
    }
    expect(parseOffset('1:59:59')).toBe(3600 + 59 * 60 + 59);
  });

  it('reads back whatever formatOffset writes', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_OFFSET_SEC }), (s) => parseOffset(formatOffset(s)) === s),
      { numRuns: 2000 },
    );
  });
});

describe('formatDuration', () => {
  it('splits minutes into hours and minutes', () => {
    expect(formatDuration(150)).toEqual({ hours: 2, minutes: 30 });
    expect(formatDuration(45)).toEqual({ hours: 0, minutes: 45 });
    expect(formatDuration(120)).toEqual({ hours: 2, minutes: 0 });
    expect(formatDuration(0)).toEqual({ hours: 0, minutes: 0 });
  });

  it('refuses negative or fractional minutes', () => {
    expect(() => formatDuration(-1)).toThrow(DomainError);
    expect(() => formatDuration(2.5)).toThrow(expect.objectContaining({ messageKey: 'validation.duration_invalid' }));
  });
});
