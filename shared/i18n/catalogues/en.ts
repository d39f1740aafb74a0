// The en catalogue: its own module, so the renderer bundles each language as a chunk of
// its own and loads only the one it shows (shared/i18n/catalogues/load.ts).
import type { Catalogue } from './namespaces';
import common from './en/common.json';
import library from './en/library.json';
import errors from './en/errors.json';
import editor from './en/editor.json';
import drill from './en/drill.json';
import spreadsheet from './en/spreadsheet.json';
import validation from './en/validation.json';
import menu from './en/menu.json';
import session from './en/session.json';
import consoleNamespace from './en/console.json';
import lan from './en/lan.json';
import guest from './en/guest.json';

export const en: Catalogue = {
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
