// Search folding for Vietnamese, Chinese and English text over SQLite FTS5.
//
// The library keeps an FTS5 table (tokenize = 'unicode61 remove_diacritics 2') whose
// columns hold foldForIndex(text), and runs `MATCH buildMatchQuery(userInput)`.
// Both sides go through the same fold, so whatever the fold does to a word it does
// on both sides and the two meet:
//   - Traditional Chinese becomes Simplified (演練 and 演练 meet);
//   - case and diacritics go, and đ becomes d (unicode61 does not fold đ: it is a
//     letter of its own, not d plus a mark), whatever the normalisation form;
//   - every Han (and kana) character becomes a token of its own, because unicode61
//     would otherwise index a whole run of Chinese as one "word" and a search for
//     two characters in the middle of it would find nothing.
// The Traditional → Simplified build only: a tenth of the full one to load.
import * as OpenCC from 'opencc-js/t2cn';

type Convert = (text: string) => string;

let toSimplified: Convert | null = null;

/**
 * Traditional → Simplified, built on first use (building reads the dictionaries,
 * ~40 ms). Two converters in a row: Hong Kong and Taiwan spell some characters
 * differently (衞/衛, 著火/着火), and users of both regions write drill documents.
 * Converting already Simplified text changes nothing that matters: the same
 * function runs on the index and on the query.
 */
function simplify(text: string): string {
  if (!HAN.test(text)) return text; // most Vietnamese/English text: skip the dictionaries
  if (!toSimplified) {
    const fromHk = OpenCC.Converter({ from: 'hk', to: 'cn' });
    const fromTw = OpenCC.Converter({ from: 'tw', to: 'cn' });
    toSimplified = (t) => fromTw(fromHk(t));
  }
  return toSimplified(text);
}

const HAN = /\p{Script=Han}/u;
/** Characters written without spaces between words: indexed one per token. */
const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
/** Combining Diacritical Marks: Vietnamese tones, circumflex, breve, horn. */
const DIACRITICS = /[\u0300-\u036f]/g;
/** đ (and ð, which legacy Vietnamese encodings sometimes produce for Đ) fold to d. */
const D_LIKE = /[đð]/g;

/**
 * The common fold: compatibility forms (fullwidth ＰＣＣＣ, １２) to plain ones,
 * Simplified script, lower case, no diacritics, đ → d.
 */
function fold(text: string): string {
  // NFKC first: OpenCC's dictionaries are keyed on composed, unified ideographs.
  const simplified = simplify(text.normalize('NFKC'));
  return simplified
    .toLowerCase()
    .normalize('NFD') // split precomposed and Windows-1258-style letters alike
    .replace(DIACRITICS, '')
    .replace(D_LIKE, 'd')
    .normalize('NFC');
}

/** Text for an FTS5 column: folded, with each Chinese character standing alone. */
export function foldForIndex(text: string): string {
  return fold(text).replace(CJK_CHAR, ' $& ');
}

/**
 * For matching in memory (a team name from a spreadsheet against the exercise's
 * teams): folded, with runs of white space collapsed and the ends trimmed.
 */
export function foldForCompare(text: string): string {
  return fold(text).replace(/\s+/gu, ' ').trim();
}

/**
 * One query term: a run of Chinese/Japanese characters, or a word of letters, digits
 * and marks that are not Chinese. Everything else (quotes, *, :, ^, parentheses,
 * punctuation, spaces) separates terms and never reaches FTS5.
 */
const QUERY_TERM =
  /([\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+)|((?:(?![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])[\p{L}\p{N}\p{M}\p{Co}])+)/gu;

/**
 * An FTS5 MATCH expression for what the user typed, or null when nothing in it can
 * be searched (empty, or punctuation only).
 *
 * Every term is a quoted FTS5 string, so NEAR, AND, OR, NOT and any symbol are plain
 * words and the expression can never be a syntax error. Terms are ANDed (FTS5's
 * implicit operator between phrases). A word is a prefix query (`evac` finds
 * `evacuation`); a Chinese run is a phrase of single characters, which matches those
 * characters side by side anywhere in the text.
 */
export function buildMatchQuery(userQuery: string): string | null {
  // The whole query is simplified at once, so that OpenCC sees Chinese phrases whole.
  const folded = fold(userQuery);
  const terms: string[] = [];
  for (const match of folded.matchAll(QUERY_TERM)) {
    const [, cjk, word] = match;
    if (cjk) terms.push(`"${Array.from(cjk).join(' ')}"`);
    else if (word) terms.push(`"${word}"*`);
  }
  return terms.length > 0 ? terms.join(' ') : null;
}
