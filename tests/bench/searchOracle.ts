// What a library search should find, worked out in memory without SQLite, FTS5 or
// the MATCH expression, so the bench can check that every timed query returned the
// rows it should: a search that finds nothing is fast, and must not pass for fast.
//
// It reads the same folded text the library indexes (searchText) and applies the
// documented rules by hand: every term must match; a word matches the start of a
// word (`evac` finds `evacuation`); a Chinese run matches those characters side by
// side within one field (title or body).
import type { ExerciseContent } from '../../shared/model/exercise';
import { foldForCompare, foldForIndex } from '../../shared/search/fold';
import { searchText } from '../../electron/services/library/searchText';

const CJK = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}';
const WORD = `(?:(?![${CJK}])[\\p{L}\\p{N}\\p{M}\\p{Co}])+`;
/** One indexed token: a single Chinese character, or a word. */
const TOKEN = new RegExp(`[${CJK}]|${WORD}`, 'gu');
/** One query term: a run of Chinese characters, or a word. */
const TERM = new RegExp(`([${CJK}]+)|(${WORD})`, 'gu');

type Term = { kind: 'word'; prefix: string } | { kind: 'run'; chars: string[] };

export function queryTerms(query: string): Term[] {
  const terms: Term[] = [];
  for (const [, run, word] of foldForCompare(query).matchAll(TERM)) {
    if (run) terms.push({ kind: 'run', chars: Array.from(run) });
    else if (word) terms.push({ kind: 'word', prefix: word });
  }
  return terms;
}

/** The tokens of each searchable field of an exercise, as the index holds them. */
export function indexedFields(ex: ExerciseContent): string[][] {
  const { title, body } = searchText(ex);
  return [title, body].map((text) => text.match(TOKEN) ?? []);
}

/**
 * indexedFields for many documents that differ mostly in title (the bench makes
 * 10,000 from nine templates): each distinct body is folded once, as folding costs
 * milliseconds a document. The title is folded as searchText folds it.
 */
export function cachedIndexedFields(): (ex: ExerciseContent) => string[][] {
  const bodies = new Map<string, string[]>();
  return (ex) => {
    const untitled = { ...ex, title: '' };
    const key = JSON.stringify(untitled);
    let body = bodies.get(key);
    if (!body) {
      body = indexedFields(untitled)[1]!;
      bodies.set(key, body);
    }
    return [foldForIndex(ex.title).match(TOKEN) ?? [], body];
  };
}

function termMatches(term: Term, fields: string[][]): boolean {
  return fields.some((tokens) => {
    if (term.kind === 'word') return tokens.some((token) => token.startsWith(term.prefix));
    return tokens.some((_, start) => term.chars.every((char, i) => tokens[start + i] === char));
  });
}

/** Whether a search for `query` should find an exercise with these fields (no terms: no). */
export function shouldFind(query: string, fields: string[][]): boolean {
  const terms = queryTerms(query);
  return terms.length > 0 && terms.every((term) => termMatches(term, fields));
}
