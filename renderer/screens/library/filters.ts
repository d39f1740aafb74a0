// What the library screen is asked to show: the search and filters as the host takes them.
import type { MethodInput } from '../../../shared/api/contract';

export type LibraryFilters = Required<
  Pick<MethodInput<'library.list'>, 'query' | 'hazard' | 'kind' | 'language' | 'tag' | 'archived' | 'sort'>
>;

export const NO_FILTERS: LibraryFilters = {
  query: '',
  hazard: null,
  kind: null,
  language: null,
  tag: null,
  archived: false,
  sort: 'updated_desc',
};
