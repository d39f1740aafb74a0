// The fixed words an exercise and the library's listing are described with, apart from
// the zod schemas that use them: the library screen offers them as filters on its first
// render, which then does not have to build every schema of the document and the API.
export const EXERCISE_KINDS = ['tabletop', 'functional', 'full_scale'] as const;
export const HAZARDS = [
  'terrorism',
  'fire_rescue',
  'epidemic',
  'hazmat',
  'natural_disaster',
  'cyber',
  'other',
] as const;
export const LIBRARY_SORTS = ['updated_desc', 'title_asc', 'created_desc'] as const;
