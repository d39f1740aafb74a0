// The text encodings a CSV import offers. Lives in shared/ so the renderer can list
// them in its dropdown; the decoding itself happens in the main process.
export const CSV_ENCODINGS = [
  'utf-8',
  'utf-16le',
  'utf-16be',
  'windows-1258',
  'gb18030',
  'big5',
  'windows-1252',
] as const;
export type CsvEncoding = (typeof CSV_ENCODINGS)[number];

export function isCsvEncoding(value: unknown): value is CsvEncoding {
  return typeof value === 'string' && (CSV_ENCODINGS as readonly string[]).includes(value);
}
