// A small pull scanner for the XML inside a workbook. It walks the bytes once, hands
// over tag names and raw text ranges, and decodes only what a caller asks for, so a
// 40 MB worksheet costs one pass and no object per cell it does not keep. No DTDs, no
// entity definitions: Excel never writes them, and entity expansion is a classic bomb.
const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const QUESTION = 0x3f;
const BANG = 0x21;
const QUOT = 0x22;
const APOS = 0x27;
const EQUALS = 0x3d;

export interface XmlTag {
  xml: Buffer;
  /** Just after "<" and before ">" (or "/>"). */
  start: number;
  end: number;
}

/** A run of character data: raw bytes [start, end), CDATA taken as written. */
export interface XmlTextRange {
  start: number;
  end: number;
  cdata: boolean;
}

export interface XmlHandler {
  /** `name` has any namespace prefix removed ("x:c" is "c"); read attributes with attr(). */
  open(name: string, tag: XmlTag, selfClosing: boolean): void;
  close(name: string): void;
  /** Raw bytes between tags; decode with xmlText() only if wanted. */
  text(range: XmlTextRange): void;
}

/** Thrown for XML this scanner will not read; the caller turns it into a file error. */
export class XmlScanError extends Error {}

export function scanXml(xml: Buffer, handler: XmlHandler): void {
  const length = xml.length;
  let pos = 0;
  while (pos < length) {
    const lt = xml.indexOf(LT, pos);
    if (lt === -1) {
      handler.text({ start: pos, end: length, cdata: false });
      return;
    }
    if (lt > pos) handler.text({ start: pos, end: lt, cdata: false });
    const next = xml[lt + 1];
    if (next === QUESTION) {
      pos = skipPast(xml, '?>', lt);
    } else if (next === BANG) {
      if (startsWithAt(xml, lt, '<!--')) pos = skipPast(xml, '-->', lt);
      else if (startsWithAt(xml, lt, '<![CDATA[')) {
        const end = xml.indexOf(']]>', lt + 9, 'latin1');
        if (end === -1) throw new XmlScanError('unclosed CDATA');
        handler.text({ start: lt + 9, end, cdata: true });
        pos = end + 3;
      } else throw new XmlScanError('DTD or declaration');
    } else if (next === SLASH) {
      const gt = xml.indexOf(GT, lt);
      if (gt === -1) throw new XmlScanError('unclosed tag');
      handler.close(localName(xml.toString('utf8', lt + 2, gt).trim()));
      pos = gt + 1;
    } else {
      const gt = tagEnd(xml, lt + 1);
      const selfClosing = xml[gt - 1] === SLASH;
      const tag: XmlTag = { xml, start: lt + 1, end: selfClosing ? gt - 1 : gt };
      const name = tagName(tag);
      handler.open(name, tag, selfClosing);
      if (selfClosing) handler.close(name);
      pos = gt + 1;
    }
  }
}

/** The closing '>' of a start tag; a '>' inside a quoted attribute value does not count. */
function tagEnd(xml: Buffer, from: number): number {
  let quote = 0;
  for (let i = from; i < xml.length; i++) {
    const c = xml[i];
    if (quote !== 0) {
      if (c === quote) quote = 0;
    } else if (c === QUOT || c === APOS) quote = c;
    else if (c === GT) return i;
  }
  throw new XmlScanError('unclosed tag');
}

function skipPast(xml: Buffer, marker: string, from: number): number {
  const at = xml.indexOf(marker, from, 'latin1');
  if (at === -1) throw new XmlScanError(`unclosed ${marker}`);
  return at + marker.length;
}

function startsWithAt(xml: Buffer, at: number, text: string): boolean {
  for (let i = 0; i < text.length; i++) if (xml[at + i] !== text.charCodeAt(i)) return false;
  return true;
}

function isSpace(c: number | undefined): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

function isNameEnd(c: number | undefined): boolean {
  return c === undefined || isSpace(c) || c === SLASH || c === GT || c === EQUALS;
}

function tagName(tag: XmlTag): string {
  let i = tag.start;
  while (i < tag.end && !isNameEnd(tag.xml[i])) i++;
  return localName(tag.xml.toString('utf8', tag.start, i));
}

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon === -1 ? name : name.slice(colon + 1);
}

/** One attribute's decoded value, or undefined. A prefix is ignored: "r:id" is "id". */
export function attr(tag: XmlTag, wanted: string): string | undefined {
  const { xml, end } = tag;
  let i = tag.start;
  while (i < end && !isNameEnd(xml[i])) i++; // past the tag name
  while (i < end) {
    while (i < end && isSpace(xml[i])) i++;
    const nameStart = i;
    while (i < end && !isNameEnd(xml[i])) i++;
    const name = localName(xml.toString('utf8', nameStart, i));
    while (i < end && xml[i] !== QUOT && xml[i] !== APOS) i++;
    if (i >= end) return undefined;
    const valueEnd = xml.indexOf(xml[i] as number, i + 1);
    if (valueEnd === -1 || valueEnd > end) return undefined;
    if (name === wanted) return decodeEntities(xml.toString('utf8', i + 1, valueEnd));
    i = valueEnd + 1;
  }
  return undefined;
}

/** Text as an XML parser hands it over: entities decoded, line ends as "\n" (XML 1.0 §2.11). */
export function xmlText(xml: Buffer, range: XmlTextRange): string {
  const raw = xml.toString('utf8', range.start, range.end).replace(/\r\n?/g, '\n');
  return range.cdata ? raw : decodeEntities(raw);
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (whole, ref: string) => {
    if (!ref.startsWith('#')) return NAMED[ref] ?? whole;
    const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}
