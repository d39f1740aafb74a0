// The formatting buttons of a rich text field, as pure edits of Markdown text and its
// selection: bold and italic wrap (or unwrap) the selected words, heading and the two
// kinds of list add (or remove) a prefix on every selected line, link wraps the
// selection as [text](address). Each returns the new text and the selection to show,
// so pressing the same button twice gives back what was there.

/** A text and its selection, as a textarea holds them (UTF-16 offsets). */
export type TextSelection = { text: string; start: number; end: number };

export type InlineMark = 'bold' | 'italic';
export type LineFormat = 'heading' | 'bulleted' | 'numbered';

/** The heading a trainer's "Heading" button makes: below the page's own headings. */
export const HEADING_PREFIX = '### ';
/** What a new link points at until the user types an address. */
export const LINK_ADDRESS_PLACEHOLDER = 'https://';

type Edit = { from: number; to: number; insert: string };

function apply(text: string, edits: Edit[]): string {
  let out = '';
  let at = 0;
  for (const e of edits) {
    out += text.slice(at, e.from) + e.insert;
    at = e.to;
  }
  return out + text.slice(at);
}

/**
 * Where an offset of the old text lands in the new one. An offset where text was
 * inserted goes after it when `after`, before it otherwise; one inside removed text
 * goes to where the removal happened.
 */
function mapOffset(pos: number, edits: Edit[], after: boolean): number {
  let delta = 0;
  for (const e of edits) {
    if (pos < e.from || (pos === e.from && e.from === e.to && !after)) break;
    if (pos >= e.to && !(pos === e.to && e.from === e.to && !after)) {
      delta += e.insert.length - (e.to - e.from);
      continue;
    }
    return e.from + delta + (after ? e.insert.length : 0);
  }
  return pos + delta;
}

function result(text: string, edits: Edit[], start: number, end: number, after = true): TextSelection {
  const sorted = [...edits].sort((a, b) => a.from - b.from || a.to - b.to);
  return {
    text: apply(text, sorted),
    start: mapOffset(start, sorted, after),
    end: mapOffset(end, sorted, start === end ? after : false),
  };
}

function ordered(sel: TextSelection): TextSelection {
  const clamp = (n: number) => Math.max(0, Math.min(sel.text.length, n));
  const a = clamp(sel.start);
  const b = clamp(sel.end);
  return { text: sel.text, start: Math.min(a, b), end: Math.max(a, b) };
}

const MARKER: Record<InlineMark, string> = { bold: '**', italic: '*' };

/** Does a run of `run` asterisks on both sides of a text make it bold (2, 3) or italic (1, 3)? */
function runMakes(mark: InlineMark, run: number): boolean {
  return mark === 'bold' ? run >= 2 : run % 2 === 1;
}

function asterisksBefore(text: string, at: number): number {
  let n = 0;
  while (at - n > 0 && text[at - n - 1] === '*') n++;
  return n;
}

function asterisksAfter(text: string, at: number): number {
  let n = 0;
  while (at + n < text.length && text[at + n] === '*') n++;
  return n;
}

/**
 * The edits that mark (or, with `unmark`, unmark) one stretch of one line; null when
 * asked to unmark a stretch that is not marked. The marks may be inside the stretch
 * (`**word**` selected), just outside it (`word` selected), or one of each.
 */
function markEdits(text: string, from: number, to: number, mark: InlineMark, unmark: boolean): Edit[] | null {
  const m = MARKER[mark];
  const openStart = from - asterisksBefore(text, from);
  const openEnd = from + asterisksAfter(text, from);
  const closeStart = to - asterisksBefore(text, to);
  const closeEnd = to + asterisksAfter(text, to);
  const middle = text.slice(openEnd, closeStart);
  const run = Math.min(openEnd - openStart, closeEnd - closeStart);
  // `**a** and **b**` starts and ends with marks but is not one marked stretch.
  if (openEnd < closeStart && middle.trim() !== '' && !middle.includes(m) && runMakes(mark, run)) {
    if (!unmark) return [];
    return [
      { from: openEnd - m.length, to: openEnd, insert: '' },
      { from: closeStart, to: closeStart + m.length, insert: '' },
    ];
  }
  if (unmark) return null;
  return [
    { from, to: from, insert: m },
    { from: to, to, insert: m },
  ];
}

/** The selected part of each line, without the spaces at its ends (Markdown needs that). */
function lineStretches(text: string, start: number, end: number): { from: number; to: number }[] {
  const stretches: { from: number; to: number }[] = [];
  let lineStart = start;
  while (lineStart <= end) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 || newline > end ? end : newline;
    let from = lineStart;
    let to = lineEnd;
    while (from < to && /\s/.test(text[from]!)) from++;
    while (to > from && /\s/.test(text[to - 1]!)) to--;
    if (to > from) stretches.push({ from, to });
    if (newline === -1 || newline >= end) break;
    lineStart = newline + 1;
  }
  return stretches;
}

/**
 * Bold or italic on the selection: every selected line is wrapped on its own (a mark
 * cannot span paragraphs); when every one is marked already, the marks come off. An
 * empty selection gets an empty pair with the cursor inside, or loses the empty pair
 * it is in.
 */
export function toggleInline(selection: TextSelection, mark: InlineMark): TextSelection {
  const { text, start, end } = ordered(selection);
  const stretches = lineStretches(text, start, end);
  if (stretches.length === 0) {
    // Nothing but spaces selected: off with the empty pair the cursor is in, or a new
    // pair with the cursor inside to type into.
    const m = MARKER[mark];
    const run = Math.min(asterisksBefore(text, start), asterisksAfter(text, start));
    if (start === end && runMakes(mark, run)) {
      const pair = { text: text.slice(0, start - m.length) + text.slice(start + m.length), start: start - m.length };
      return { ...pair, end: pair.start };
    }
    return { text: text.slice(0, start) + m + m + text.slice(start), start: start + m.length, end: start + m.length };
  }
  const unmarks = stretches.map((s) => markEdits(text, s.from, s.to, mark, true));
  const allMarked = unmarks.every((u) => u !== null);
  const edits = allMarked
    ? unmarks.flatMap((u) => u ?? [])
    : stretches.flatMap((s) => markEdits(text, s.from, s.to, mark, false) ?? []);
  // The selection hugs the words: the first and last stretch, inside the marks.
  const first = stretches[0]!;
  const last = stretches[stretches.length - 1]!;
  const sorted = [...edits].sort((a, b) => a.from - b.from || a.to - b.to);
  return {
    text: apply(text, sorted),
    start: mapOffset(first.from, sorted, true),
    end: mapOffset(last.to, sorted, false),
  };
}

// One space after the hashes, so that taking a heading off gives back the line's own spaces.
const HEADING = /^ {0,3}#{1,6}(?:[ \t]|$)/;
const BULLET = /^(\s*)[-*+][ \t]+/;
const NUMBER = /^(\s*)\d{1,9}[.)][ \t]+/;

/** The lines the selection touches: a selection ending at a line's start leaves that line out. */
function touchedLines(text: string, start: number, end: number): { from: number; to: number }[] {
  const last = end > start && text[end - 1] === '\n' ? end - 1 : end;
  let from = start === 0 ? 0 : text.lastIndexOf('\n', start - 1) + 1;
  const lines: { from: number; to: number }[] = [];
  for (;;) {
    const newline = text.indexOf('\n', from);
    const to = newline === -1 ? text.length : newline;
    lines.push({ from, to });
    if (newline === -1 || newline >= last) break;
    from = newline + 1;
  }
  return lines;
}

function prefixOf(line: string, format: LineFormat): string | null {
  const re = format === 'heading' ? HEADING : format === 'bulleted' ? BULLET : NUMBER;
  const found = re.exec(line);
  return found ? found[0].slice(found[1]?.length ?? 0) : null;
}

/**
 * A heading, a bulleted list or a numbered list of the selected lines (blank lines
 * are left as they are). When every line is one already, the prefix comes off. A
 * line in the other kind of list changes kind; numbers count from 1.
 */
export function toggleLines(selection: TextSelection, format: LineFormat): TextSelection {
  const { text, start, end } = ordered(selection);
  const all = touchedLines(text, start, end);
  const written = all.filter((l) => text.slice(l.from, l.to).trim() !== '');
  const lines = written.length > 0 ? written : all;
  const indentOf = (line: string) => (format === 'heading' ? '' : (/^\s*/.exec(line)?.[0] ?? ''));
  const remove = lines.every((l) => prefixOf(text.slice(l.from, l.to), format) !== null);
  const edits: Edit[] = lines.map((l, k) => {
    const line = text.slice(l.from, l.to);
    const indent = indentOf(line);
    const at = l.from + indent.length;
    if (remove) return { from: at, to: at + prefixOf(line, format)!.length, insert: '' };
    const rest = line.slice(indent.length);
    const old =
      format === 'heading' ? (HEADING.exec(rest)?.[0] ?? '') : (BULLET.exec(rest)?.[0] ?? NUMBER.exec(rest)?.[0] ?? '');
    const insert = format === 'heading' ? HEADING_PREFIX : format === 'bulleted' ? '- ' : `${k + 1}. `;
    return { from: at, to: at + old.length, insert };
  });
  return result(text, edits, start, end);
}

/**
 * The selection as a link, [text](https://), with the address selected so that
 * typing or pasting replaces it. A selected address becomes the link's address and
 * `placeholder` (the words "link text" in the user's language) its text, selected;
 * nothing selected inserts both.
 */
export function insertLink(selection: TextSelection, placeholder: string): TextSelection {
  const { text, start, end } = ordered(selection);
  let from = start;
  let to = end;
  while (from < to && /\s/.test(text[from]!)) from++;
  while (to > from && /\s/.test(text[to - 1]!)) to--;
  const selected = text.slice(from, to);
  const label = selected.replace(/[[\]]/g, '');
  const isAddress = /^(?:https?:\/\/|mailto:)\S+$/i.test(selected);
  const before = text.slice(0, from);
  const after = text.slice(to);
  if (selected === '' || isAddress) {
    const link = `[${placeholder}](${isAddress ? selected : LINK_ADDRESS_PLACEHOLDER})`;
    return { text: before + link + after, start: from + 1, end: from + 1 + placeholder.length };
  }
  const link = `[${label}](${LINK_ADDRESS_PLACEHOLDER})`;
  const addressAt = from + label.length + 3;
  return { text: before + link + after, start: addressAt, end: addressAt + LINK_ADDRESS_PLACEHOLDER.length };
}
