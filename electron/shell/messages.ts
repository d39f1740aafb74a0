// The shell's own words (menus, About, startup failures) from the `menu` catalogue,
// and the host core's translated start-up errors from `errors`.
// The main process has no i18next instance: it needs a dozen plain lookups with
// `{{name}}` interpolation, the same syntax the renderer's i18next reads.
import { DomainError } from '../../shared/api/errors';
import { catalogues } from '../../shared/i18n/catalogues';
import type { Locale } from '../../shared/i18n/locales';

/**
 * `menu` catalogue text for `key` ('file.title'), with `{{name}}` filled from vars.
 * A missing key is a programming error (the catalogue tests keep all locales in
 * step), so it throws instead of showing the raw key.
 */
export function shellText(locale: Locale, key: string, vars: Record<string, unknown> = {}): string {
  return catalogueText(locale, `menu.${key}`, vars);
}

/** Any catalogue text by its full key ('errors.diskFull'), filled the same way. */
export function catalogueText(locale: Locale, key: string, vars: Record<string, unknown> = {}): string {
  const text = lookup(locale, key);
  if (text === null) throw new Error(`catalogue (${locale}) has no text at "${key}"`);
  return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) =>
    vars[name] === undefined ? whole : String(vars[name]),
  );
}

function lookup(locale: Locale, key: string): string | null {
  let node: unknown = catalogues[locale];
  for (const part of key.split('.')) {
    node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined;
  }
  return typeof node === 'string' ? node : null;
}

export type StartupFailure = { title: string; message: string; reason: 'dataDirLocked' | 'translated' | 'failed' };

/** What the startup error box says when the host core cannot be opened. */
export function startupFailure(locale: Locale, error: unknown, dataDir: string): StartupFailure {
  const title = shellText(locale, 'startup.title');
  if (error instanceof DomainError && error.messageKey === 'errors.dataDirLocked') {
    return { title, message: shellText(locale, 'startup.dataDirLocked', { dataDir }), reason: 'dataDirLocked' };
  }
  // The host core words its own failures (a full disk, a damaged library…).
  if (error instanceof DomainError && lookup(locale, error.messageKey) !== null) {
    return { title, message: catalogueText(locale, error.messageKey, error.details), reason: 'translated' };
  }
  const detail = error instanceof Error ? error.message : String(error);
  return { title, message: shellText(locale, 'startup.failed', { dataDir, detail }), reason: 'failed' };
}
