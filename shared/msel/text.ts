// Text folding shared by header guessing, channel matching and recipient matching:
// spreadsheet authors type "Thoi gian" for "Thời gian", "EMAIL" for "email" and use
// full-width punctuation in Chinese, so all comparisons go through `fold`.

/**
 * Lower case, no diacritics (đ → d), full-width ASCII made half-width, punctuation
 * other than letters/digits/CJK turned into single spaces. Chinese characters are kept.
 */
export function fold(text: string): string {
  return (
    text
      // NFKC first: full-width "ＥＭＡＩＬ" and "１" become ASCII.
      .normalize('NFKC')
      .toLowerCase()
      .replace(/đ/g, 'd')
      .normalize('NFD')
      .replace(/\p{M}+/gu, '')
      .replace(/[^\p{L}\p{N}+]+/gu, ' ')
      .trim()
  );
}

/** True when `needle` occurs in `haystack` (both folded) on word boundaries for Latin words. */
export function containsFolded(haystack: string, needle: string): boolean {
  if (needle === '') return false;
  // Chinese has no spaces between words: plain substring search.
  if (/\p{Script=Han}/u.test(needle)) return haystack.includes(needle);
  return ` ${haystack} `.includes(` ${needle} `);
}

/**
 * Cuts to at most `max` UTF-16 units (the measure zod's max() uses) without splitting a
 * surrogate pair, ending with an ellipsis when something was cut.
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let out = '';
  for (const ch of text) {
    if (out.length + ch.length > max - 1) break;
    out += ch;
  }
  return `${out.trimEnd()}…`;
}
