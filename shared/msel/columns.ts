// Which spreadsheet column holds which MSEL field. guessMapping reads the header row the
// way a person would: MSELs come from Word tables pasted into Excel, from HSEEP templates
// and from agencies' own forms, in four languages, so it knows many names for each field
// (headerNames.ts).
import { containsFolded, fold } from './text';
import { HEADER_NAMES } from './headerNames';
import { LOCALES } from '../i18n/locales';
import { labelsInAllLocales } from './labels';

export const MSEL_FIELDS = [
  'number',
  'time',
  'phase',
  'from',
  'to',
  'channel',
  'title',
  'message',
  'expectedAction',
  'notes',
  // Per expected action and per inject: written by the export so nothing is lost on
  // the way back; rarely found in other tools' files.
  'capability',
  'timeLimit',
  'weight',
  'decisionOptions',
] as const;
export type MselField = (typeof MSEL_FIELDS)[number];

/** Column index (0-based) per field, or null when the file has no such column. */
export type ColumnMapping = Record<MselField, number | null>;

export function emptyMapping(): ColumnMapping {
  return Object.fromEntries(MSEL_FIELDS.map((f) => [f, null])) as ColumnMapping;
}

/**
 * Fields without which no row can be imported: a time, and something to call the
 * inject (a title or a message). The UI shows `spreadsheet.import.missingRequired`.
 */
export function missingRequiredFields(mapping: ColumnMapping): MselField[] {
  const missing: MselField[] = [];
  if (mapping.time === null) missing.push('time');
  if (mapping.title === null && mapping.message === null) missing.push('title');
  return missing;
}

// Our own export's labels are always recognised, whatever the catalogue says today.
const FOLDED: Record<MselField, string[]> = Object.fromEntries(
  MSEL_FIELDS.map((field) => {
    const words = [
      ...LOCALES.flatMap((locale) => HEADER_NAMES[locale][field]),
      ...labelsInAllLocales((c) => c.columns[field]),
    ];
    // Folding drops '#', so names with one ("#", "Inject #") are compared as written
    // (without case); everything else is compared folded.
    return [field, [...new Set(words.map((w) => (w.includes('#') ? w.trim().toLowerCase() : fold(w))))]];
  }),
) as Record<MselField, string[]>;

function isSpecific(word: string): boolean {
  return /\p{Script=Han}/u.test(word) ? word.length >= 2 : word.length >= 4;
}

/** How well one header names one field: exact names beat contained words, longer beats shorter. */
function score(header: string, field: MselField): number {
  const raw = header.trim();
  const folded = fold(raw);
  let best = 0;
  for (const word of FOLDED[field]) {
    if (word === folded || word === raw.toLowerCase()) best = Math.max(best, 1000 + word.length);
    // Contained words only count when long enough to mean something: "to" or "tu"
    // inside a longer header says little.
    else if (folded !== '' && isSpecific(word) && containsFolded(folded, word)) best = Math.max(best, word.length);
  }
  return best;
}

/** Proposes a column for each field from the header row; the user can change it. */
export function guessMapping(headers: string[]): ColumnMapping {
  const candidates: { column: number; field: MselField; score: number }[] = [];
  headers.forEach((header, column) => {
    for (const field of MSEL_FIELDS) {
      const s = score(header, field);
      if (s > 0) candidates.push({ column, field, score: s });
    }
  });
  // Greedy by strength, so "Nội dung tình huống" goes to message (its full name)
  // before the shorter "tình huống" can claim it for the title.
  candidates.sort((a, b) => b.score - a.score || a.column - b.column);
  const mapping = emptyMapping();
  const taken = new Set<number>();
  for (const c of candidates) {
    if (mapping[c.field] !== null || taken.has(c.column)) continue;
    mapping[c.field] = c.column;
    taken.add(c.column);
  }
  return mapping;
}
