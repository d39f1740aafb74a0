// The vi catalogue: its own module, so the renderer bundles each language as a chunk of
// its own and loads only the one it shows (shared/i18n/catalogues/load.ts).
import type { Catalogue } from './namespaces';
import common from './vi/common.json';
import library from './vi/library.json';
import errors from './vi/errors.json';
import editor from './vi/editor.json';
import drill from './vi/drill.json';
import spreadsheet from './vi/spreadsheet.json';
import validation from './vi/validation.json';
import menu from './vi/menu.json';
import session from './vi/session.json';
import consoleNamespace from './vi/console.json';
import lan from './vi/lan.json';
import guest from './vi/guest.json';

export const vi: Catalogue = {
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
