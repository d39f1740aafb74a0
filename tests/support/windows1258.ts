import iconv from 'iconv-lite';

/**
 * Encodes as Windows-1258 the way Windows does: the page has ă, ê, ơ… and a few
 * toned Latin-1 letters precomposed, but most tone marks are separate combining
 * characters, so "ế" is written as "ê" followed by U+0301. iconv-lite alone would turn
 * every letter it has no single byte for into "?".
 */
export function encode1258(text: string): Buffer {
  const encodable = (s: string) => iconv.decode(iconv.encode(s, 'windows-1258'), 'windows-1258') === s;
  let out = '';
  for (const ch of text.normalize('NFC')) {
    if (encodable(ch)) {
      out += ch;
      continue;
    }
    const [base = '', ...marks] = Array.from(ch.normalize('NFD'));
    let current = base;
    // NFD puts the dot below before the circumflex ("ộ" = o, U+0323, U+0302), so every
    // mark is tried against the base: the one making a letter the page has joins it.
    const rest: string[] = [];
    for (const mark of marks) {
      const combined = (current + mark).normalize('NFC');
      if (Array.from(combined).length === 1 && encodable(combined)) current = combined;
      else rest.push(mark);
    }
    out += current + rest.join('');
  }
  if (!encodable(out)) throw new Error(`cannot encode in Windows-1258: ${text}`);
  return iconv.encode(out, 'windows-1258');
}
