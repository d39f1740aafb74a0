import type { Migration } from '../migrate';
import { m001Library } from './001_library';

/** In order; a migration, once released, is never edited: add the next one instead. */
export const MIGRATIONS: readonly Migration[] = [m001Library];
