import { describe, expect, it } from 'vitest';
import { bestVersion, matchLocale, pickLocale, readingPreference } from '../../../shared/i18n/locales';

describe('locale choice', () => {
  it.each([
    ['vi-VN', 'vi'],
    ['vi', 'vi'],
    ['en-US', 'en'],
    ['en_GB', 'en'],
    ['zh-CN', 'zh-Hans'],
    ['zh', 'zh-Hans'],
    ['zh-SG', 'zh-Hans'],
    ['zh-Hans-HK', 'zh-Hans'],
    ['zh-TW', 'zh-Hant'],
    ['zh-HK', 'zh-Hant'],
    ['zh-MO', 'zh-Hant'],
    ['zh-Hant', 'zh-Hant'],
    ['zh-Hant-CN', 'zh-Hant'],
    // POSIX locales, as LANG carries them on Linux and macOS terminals
    ['vi_VN.UTF-8', 'vi'],
    ['zh_TW.UTF-8', 'zh-Hant'],
    ['zh_CN.GB18030', 'zh-Hans'],
    ['zh_HK.Big5HKSCS@stroke', 'zh-Hant'],
    ['en_US.UTF-8', 'en'],
  ])('%s reads as %s', (tag, locale) => {
    expect(matchLocale(tag)).toBe(locale);
  });

  it('returns null for languages Drillbook does not speak and for garbage', () => {
    expect(matchLocale('fr-FR')).toBeNull();
    expect(matchLocale('')).toBeNull();
    expect(matchLocale('not a tag!')).toBeNull();
    expect(matchLocale('C.UTF-8')).toBeNull();
    expect(matchLocale('POSIX')).toBeNull();
  });

  it('takes the first preference it can serve, else English', () => {
    expect(pickLocale(['fr-FR', 'zh-TW', 'en-US'])).toBe('zh-Hant');
    expect(pickLocale(['de', 'ja'])).toBe('en');
    expect(pickLocale([])).toBe('en');
  });

  it('offers a reader their own language, then the other Chinese script, then English', () => {
    expect(readingPreference('zh-Hant').slice(0, 3)).toEqual(['zh-Hant', 'zh-Hans', 'en']);
    expect(readingPreference('vi').slice(0, 2)).toEqual(['vi', 'en']);
    expect(readingPreference('en')).toHaveLength(4);
    expect(bestVersion(['en', 'zh-Hans'], 'zh-Hant')).toBe('zh-Hans');
    expect(bestVersion(['en', 'vi'], 'zh-Hans')).toBe('en');
    expect(bestVersion(['vi'], 'en')).toBe('vi');
    expect(bestVersion([], 'en')).toBeNull();
  });
});
