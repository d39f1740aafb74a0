// The zh-Hant catalogue: its own module, so the renderer bundles each language as a chunk of
// its own and loads only the one it shows (shared/i18n/catalogues/load.ts).
import type { Catalogue } from './namespaces';
import common from './zh-Hant/common.json';
import library from './zh-Hant/library.json';
import errors from './zh-Hant/errors.json';
import editor from './zh-Hant/editor.json';
import drill from './zh-Hant/drill.json';
import spreadsheet from './zh-Hant/spreadsheet.json';
import validation from './zh-Hant/validation.json';
import menu from './zh-Hant/menu.json';
import session from './zh-Hant/session.json';
import consoleNamespace from './zh-Hant/console.json';
import lan from './zh-Hant/lan.json';
import guest from './zh-Hant/guest.json';

export const zhHant: Catalogue = {
  common,
  library,
  errors,
  editor,
  drill,
  spreadsheet,
  validation,
  menu,
  session,
  console: consoleNamespace,
  lan,
  guest,
};
