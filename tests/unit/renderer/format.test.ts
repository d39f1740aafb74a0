import { describe, expect, it } from 'vitest';
import { formattersFor } from '../../../renderer/formatters';

describe('formattersFor', () => {
  it('formats numbers and dates in the language asked for', () => {
    expect(formattersFor('en').number(10000)).toBe('10,000');
    expect(formattersFor('vi').number(10000)).toBe('10.000');
    const when = '2026-03-04T05:06:00.000Z';
    expect(formattersFor('en').dateTime(when)).toBe(
      new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(when)),
    );
  });

  it('makes one set per language and reuses it', () => {
    expect(formattersFor('zh-Hans')).toBe(formattersFor('zh-Hans'));
    expect(formattersFor('zh-Hans')).not.toBe(formattersFor('zh-Hant'));
  });
});
