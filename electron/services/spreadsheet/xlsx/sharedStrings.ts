// The workbook's table of texts (sharedStrings.xml). A hostile table may hold millions
// of entries or strings of megabytes, most of which no cell uses; so the table keeps
// only where each entry starts in the XML (4 bytes an entry, however long its text),
// and decodes an entry when a cell first asks for it.
import { SHEET_LIMITS } from '../../../../shared/api/limits';
import { sheetError } from '../sheetErrors';
import { scanXml, xmlText, type XmlTag, type XmlTextRange } from './xmlScan';

export interface SharedStrings {
  /** The entry's text as Excel shows it (rich text runs joined); undefined if no such entry. */
  get(index: number): string | undefined;
}

const EMPTY_ENTRY = 0xffffffff; // <si/>

export function readSharedStrings(xml: Buffer | null): SharedStrings {
  if (!xml) return { get: () => undefined };
  let starts = new Uint32Array(1024);
  let count = 0;
  scanXml(xml, {
    open(name: string, tag: XmlTag, selfClosing: boolean) {
      if (name !== 'si') return;
      if (count >= SHEET_LIMITS.workbookCellsMax) {
        // No workbook the import accepts can use more distinct texts than it may have cells.
        throw sheetError('tooManySharedStrings', { max: SHEET_LIMITS.workbookCellsMax });
      }
      if (count === starts.length) {
        const grown = new Uint32Array(starts.length * 2);
        grown.set(starts);
        starts = grown;
      }
      starts[count] = selfClosing ? EMPTY_ENTRY : tag.end + 1; // just past the ">"
      count += 1;
    },
    close() {},
    text() {},
  });
  const cache = new Map<number, string>();
  return {
    get(index) {
      if (!Number.isInteger(index) || index < 0 || index >= count) return undefined;
      let text = cache.get(index);
      if (text === undefined) {
        const start = starts[index] ?? EMPTY_ENTRY;
        text = start === EMPTY_ENTRY ? '' : entryText(xml, start);
        cache.set(index, text);
      }
      return text;
    },
  };
}

/**
 * The text of the <si> whose content starts at `from`: every <t>, in order, except
 * those of phonetic guides (<rPh>, the furigana Excel does not show in the cell).
 * Decoded whole even if long: the sheet reader refuses a cell over the limit, so at
 * most one oversized entry is ever decoded.
 */
function entryText(xml: Buffer, from: number): string {
  const parts: string[] = [];
  let inT = 0;
  let inPhonetic = false;
  const rest = xml.subarray(from);
  try {
    scanXml(rest, {
      open(name: string, _tag: XmlTag, selfClosing: boolean) {
        if (selfClosing) return;
        if (name === 'rPh') inPhonetic = true;
        else if (name === 't' && !inPhonetic) inT += 1;
      },
      close(name: string) {
        if (name === 'rPh') inPhonetic = false;
        else if (name === 't' && inT > 0) inT -= 1;
        else if (name === 'si') throw END_OF_ENTRY;
      },
      text(range: XmlTextRange) {
        if (inT > 0) parts.push(excelUnescape(xmlText(rest, range)));
      },
    });
  } catch (err) {
    if (err !== END_OF_ENTRY) throw err;
  }
  return parts.join('');
}

/** Stops the scan at "</si>": the rest of the table is not this entry's business. */
const END_OF_ENTRY = new Error('end of entry');

/** Excel writes characters XML cannot carry (a lone CR, control codes) as _xHHHH_. */
export function excelUnescape(text: string): string {
  if (!text.includes('_x')) return text;
  return text.replace(/_x([0-9A-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
