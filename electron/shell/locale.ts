// Which language the desktop shell (menus, startup dialogs) speaks before and after the
// renderer says which one the user chose.
import { isLocale, pickLocale, type Locale } from '../../shared/i18n/locales';

/**
 * A choice the user made in the app (remembered by the shell) wins; otherwise the
 * first of the system's preferred languages that Drillbook speaks, else English.
 */
export function desktopLocale(preferredSystemLanguages: readonly string[], stored: string | null): Locale {
  if (isLocale(stored)) return stored;
  return pickLocale(preferredSystemLanguages);
}

/** The shell remembers the user's choice in a small JSON file: `{"locale":"vi"}`. */
export function serializeStoredLocale(locale: Locale): string {
  return JSON.stringify({ locale }) + '\n';
}

/**
 * Reads that file's text back. Anything unreadable (a hand-edited or half-written
 * file, an unknown locale) is no choice at all: the system languages decide, and
 * the next `app.setLocale` rewrites the file.
 */
export function parseStoredLocale(text: string): Locale | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const locale = (value as { locale?: unknown }).locale;
  return isLocale(locale) ? locale : null;
}
