// Message catalogues: one JSON file per locale and namespace, so each part of the app
// owns its own file. Keys are addressed as `<namespace>.<key>` (e.g. `library.newExercise`).
// A test (tests/unit/i18n/catalogues.test.ts) fails when any locale misses or adds a key.
// Every language at once, for Node (the host, the shell's menus, tests); the renderer
// loads only the language it shows, through load.ts.
import type { Locale } from '../locales';
import { en } from './en';
import { vi } from './vi';
import { zhHans } from './zh-Hans';
import { zhHant } from './zh-Hant';
import type { Catalogue } from './namespaces';

export { NAMESPACES, type Catalogue, type Namespace } from './namespaces';

export const catalogues: Record<Locale, Catalogue> = { en, vi, 'zh-Hans': zhHans, 'zh-Hant': zhHant };
