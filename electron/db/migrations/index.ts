import type { Migration } from '../migrate';
import { m001Library } from './001_library';
import { m002TitleSortKey } from './002_title_sort_key';
import { m003Sessions } from './003_sessions';
import { m004GuestSecrets } from './004_guest_secrets';

/** In order; a migration, once released, is never edited: add the next one instead. */
export const MIGRATIONS: readonly Migration[] = [m001Library, m002TitleSortKey, m003Sessions, m004GuestSecrets];
