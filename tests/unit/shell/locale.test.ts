import { describe, expect, it } from 'vitest';
import { desktopLocale, parseStoredLocale, serializeStoredLocale } from '../../../electron/shell/locale';
import { LOCALES } from '../../../shared/i18n/locales';

describe('desktopLocale', () => {
  it('follows the system languages when nothing is remembered', () => {
    expect(desktopLocale(['vi-VN', 'en-US'], null)).toBe('vi');
    expect(desktopLocale(['zh-CN'], null)).toBe('zh-Hans');
    expect(desktopLocale(['zh-TW'], null)).toBe('zh-Hant');
    expect(desktopLocale(['zh-Hant-HK'], null)).toBe('zh-Hant');
    expect(desktopLocale(['en-GB'], null)).toBe('en');
  });

  it('skips languages Drillbook does not speak', () => {
    expect(desktopLocale(['fr-FR', 'de', 'vi'], null)).toBe('vi');
    expect(desktopLocale(['ko-KR', 'zh-HK'], null)).toBe('zh-Hant');
  });

  it('falls back to English', () => {
    expect(desktopLocale([], null)).toBe('en');
    expect(desktopLocale(['fr-FR', 'ja-JP'], null)).toBe('en');
    expect(desktopLocale(['not a tag!!'], null)).toBe('en');
  });

  it('lets a remembered choice win over the system', () => {
    expect(desktopLocale(['vi-VN'], 'zh-Hant')).toBe('zh-Hant');
    expect(desktopLocale(['zh-CN'], 'en')).toBe('en');
    expect(desktopLocale([], 'vi')).toBe('vi');
  });

  it('ignores a remembered value that is not a locale', () => {
    expect(desktopLocale(['vi-VN'], 'fr')).toBe('vi');
    expect(desktopLocale(['vi-VN'], 'zh')).toBe('vi');
    expect(desktopLocale(['zh-TW'], '')).toBe('zh-Hant');
  });
});

describe('stored locale file', () => {
  it('round-trips every locale', () => {
    for (const locale of LOCALES) expect(parseStoredLocale(serializeStoredLocale(locale))).toBe(locale);
  });

  it('reads nothing from unreadable or foreign content', () => {
    for (const text of ['', '{', 'null', '"vi"', '[]', '{"locale":"fr"}', '{"locale":3}', '{"lang":"vi"}']) {
      expect(parseStoredLocale(text), text).toBeNull();
    }
  });
});
