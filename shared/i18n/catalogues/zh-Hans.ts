// The zh-Hans catalogue: its own module, so the renderer bundles each language as a chunk of
// its own and loads only the one it shows (shared/i18n/catalogues/load.ts).
import type { Catalogue } from './namespaces';
import common from './zh-Hans/common.json';
import library from './zh-Hans/library.json';
import errors from './zh-Hans/errors.json';
import editor from './zh-Hans/editor.json';
import drill from './zh-Hans/drill.json';
import spreadsheet from './zh-Hans/spreadsheet.json';
import validation from './zh-Hans/validation.json';
import menu from './zh-Hans/menu.json';
import session from './zh-Hans/session.json';
import consoleNamespace from './zh-Hans/console.json';
import lan from './zh-Hans/lan.json';
import guest from './zh-Hans/guest.json';

export const zhHans: Catalogue = {
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
