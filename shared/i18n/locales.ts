// The languages Drillbook speaks, and how a device's preference picks one of them.
export const LOCALES = ['vi', 'zh-Hans', 'zh-Hant', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

/** Each language named in itself, so someone who can't read the current one still finds theirs. */
export const LOCALE_ENDONYMS: Readonly<Record<Locale, string>> = {
  vi: 'Tiếng Việt',
  'zh-Hans': '简体中文',
  'zh-Hant': '繁體中文',
  en: 'English',
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

// Chinese tags name a region more often than a script: zh-TW, zh-HK and zh-MO read
// Traditional; zh-CN, zh-SG and a bare zh read Simplified.
const TRADITIONAL_REGIONS = new Set(['TW', 'HK', 'MO']);

/**
 * Maps one language tag, as an OS or browser reports it, to a supported locale, or
 * null. Takes BCP 47 (`zh-TW`) and POSIX (`vi_VN.UTF-8`, `zh_TW.Big5@stroke`) forms.
 */
export function matchLocale(tag: string): Locale | null {
  const posixStripped = tag.split(/[.@]/)[0] ?? '';
  let parsed: Intl.Locale;
  try {
    parsed = new Intl.Locale(posixStripped.replace(/_/g, '-'));
  } catch {
    return null; // not a language tag at all: the caller tries the next preference
  }
  switch (parsed.language) {
    case 'vi':
      return 'vi';
    case 'en':
      return 'en';
    case 'zh': {
      const maximized = parsed.maximize();
      if (maximized.script === 'Hant') return 'zh-Hant';
      if (parsed.script === 'Hans') return 'zh-Hans';
      if (parsed.region && TRADITIONAL_REGIONS.has(parsed.region)) return 'zh-Hant';
      return 'zh-Hans';
    }
    default:
      return null;
  }
}

/** The first of the device's preferred languages that Drillbook speaks, else English. */
export function pickLocale(preferred: readonly string[]): Locale {
  for (const tag of preferred) {
    const match = matchLocale(tag);
    if (match) return match;
  }
  return DEFAULT_LOCALE;
}

/**
 * Which language to offer a reader when something exists in several: their own, then
 * for Chinese the other script (far easier to read than English), then English.
 */
export function readingPreference(locale: Locale): Locale[] {
  const chinese: Locale[] = locale === 'zh-Hant' ? ['zh-Hant', 'zh-Hans'] : ['zh-Hans', 'zh-Hant'];
  const order: Locale[] = locale.startsWith('zh') ? [...chinese, 'en'] : [locale, 'en'];
  return [...new Set([...order, ...LOCALES])];
}

/** The best of the available versions for this reader (null when there are none). */
export function bestVersion(available: readonly Locale[], reader: Locale): Locale | null {
  return readingPreference(reader).find((l) => available.includes(l)) ?? null;
}
