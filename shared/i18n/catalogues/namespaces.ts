// The namespaces every locale's catalogue has, one JSON file each (`<locale>/<namespace>.json`).
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
