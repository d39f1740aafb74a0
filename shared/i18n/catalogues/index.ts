// Message catalogues: one JSON file per locale and namespace, so each part of the app
// owns its own file. Keys are addressed as `<namespace>.<key>` (e.g. `library.newExercise`).
// A test (tests/unit/i18n/catalogues.test.ts) fails when any locale misses or adds a key.
import type { Locale } from '../locales';
import en_common from './en/common.json';
import en_library from './en/library.json';
import en_errors from './en/errors.json';
import en_editor from './en/editor.json';
import en_drill from './en/drill.json';
import en_spreadsheet from './en/spreadsheet.json';
import en_validation from './en/validation.json';
import en_menu from './en/menu.json';
import en_session from './en/session.json';
import en_console from './en/console.json';
import en_lan from './en/lan.json';
import en_guest from './en/guest.json';
import vi_common from './vi/common.json';
import vi_library from './vi/library.json';
import vi_errors from './vi/errors.json';
import vi_editor from './vi/editor.json';
import vi_drill from './vi/drill.json';
import vi_spreadsheet from './vi/spreadsheet.json';
import vi_validation from './vi/validation.json';
import vi_menu from './vi/menu.json';
import vi_session from './vi/session.json';
import vi_console from './vi/console.json';
import vi_lan from './vi/lan.json';
import vi_guest from './vi/guest.json';
import zhHans_common from './zh-Hans/common.json';
import zhHans_library from './zh-Hans/library.json';
import zhHans_errors from './zh-Hans/errors.json';
import zhHans_editor from './zh-Hans/editor.json';
import zhHans_drill from './zh-Hans/drill.json';
import zhHans_spreadsheet from './zh-Hans/spreadsheet.json';
import zhHans_validation from './zh-Hans/validation.json';
import zhHans_menu from './zh-Hans/menu.json';
import zhHans_session from './zh-Hans/session.json';
import zhHans_console from './zh-Hans/console.json';
import zhHans_lan from './zh-Hans/lan.json';
import zhHans_guest from './zh-Hans/guest.json';
import zhHant_common from './zh-Hant/common.json';
import zhHant_library from './zh-Hant/library.json';
import zhHant_errors from './zh-Hant/errors.json';
import zhHant_editor from './zh-Hant/editor.json';
import zhHant_drill from './zh-Hant/drill.json';
import zhHant_spreadsheet from './zh-Hant/spreadsheet.json';
import zhHant_validation from './zh-Hant/validation.json';
import zhHant_menu from './zh-Hant/menu.json';
import zhHant_session from './zh-Hant/session.json';
import zhHant_console from './zh-Hant/console.json';
import zhHant_lan from './zh-Hant/lan.json';
import zhHant_guest from './zh-Hant/guest.json';

export const NAMESPACES = [
  'common',
  'library',
  'errors',
  'editor',
  'drill',
  'spreadsheet',
  'validation',
  'menu',
  'session',
  'console',
  'lan',
  'guest',
] as const;
export type Namespace = (typeof NAMESPACES)[number];
export type Catalogue = Record<Namespace, Record<string, unknown>>;

export const catalogues: Record<Locale, Catalogue> = {
  en: {
    common: en_common,
    library: en_library,
    errors: en_errors,
    editor: en_editor,
    drill: en_drill,
    spreadsheet: en_spreadsheet,
    validation: en_validation,
    menu: en_menu,
    session: en_session,
    console: en_console,
    lan: en_lan,
    guest: en_guest,
  },
  vi: {
    common: vi_common,
    library: vi_library,
    errors: vi_errors,
    editor: vi_editor,
    drill: vi_drill,
    spreadsheet: vi_spreadsheet,
    validation: vi_validation,
    menu: vi_menu,
    session: vi_session,
    console: vi_console,
    lan: vi_lan,
    guest: vi_guest,
  },
  'zh-Hans': {
    common: zhHans_common,
    library: zhHans_library,
    errors: zhHans_errors,
    editor: zhHans_editor,
    drill: zhHans_drill,
    spreadsheet: zhHans_spreadsheet,
    validation: zhHans_validation,
    menu: zhHans_menu,
    session: zhHans_session,
    console: zhHans_console,
    lan: zhHans_lan,
    guest: zhHans_guest,
  },
  'zh-Hant': {
    common: zhHant_common,
    library: zhHant_library,
    errors: zhHant_errors,
    editor: zhHant_editor,
    drill: zhHant_drill,
    spreadsheet: zhHant_spreadsheet,
    validation: zhHant_validation,
    menu: zhHant_menu,
    session: zhHant_session,
    console: zhHant_console,
    lan: zhHant_lan,
    guest: zhHant_guest,
  },
};
