// CSV files carry no encoding label. Excel writes UTF-8 with a BOM only when asked
// ("CSV UTF-8"); its plain "CSV" is the system's ANSI code page: Windows-1258 on a
// Vietnamese Windows, GBK in the mainland, Big5 in Taiwan and Hong Kong. So: BOM, then
// strict UTF-8, then the legacy pages ranked by how plausible their text reads.
import { isUtf8 } from 'node:buffer';
import chardet from 'chardet';
import iconv from 'iconv-lite';
import { CSV_ENCODINGS, type CsvEncoding } from '../../../shared/msel/encodings';
import { plausibility } from './textScore';

export { CSV_ENCODINGS, type CsvEncoding };

export interface DecodedCsv {
  text: string;
  /** What was used to decode: the override when given, else `detected`. */
  encoding: CsvEncoding;
  detected: CsvEncoding;
  /** 0..1: 1 for a BOM or valid UTF-8; lower when legacy pages were close. */
  confidence: number;
}

// Ranked by a stable sort, so on a tie (text that reads the same in both, like "Café")
// the more common Western page is named.
const LEGACY: readonly CsvEncoding[] = ['windows-1252', 'windows-1258', 'gb18030', 'big5'];

// chardet's names for the pages we offer; it knows no Windows-1258 at all.
const CHARDET_NAMES: Record<string, CsvEncoding> = {
  GB18030: 'gb18030',
  Big5: 'big5',
  'windows-1252': 'windows-1252',
  'ISO-8859-1': 'windows-1252',
};

export function decodeCsv(bytes: Uint8Array, override?: CsvEncoding): DecodedCsv {
  const { encoding: detected, confidence } = detect(bytes);
  const encoding = override ?? detected;
  return { text: decodeAs(bytes, encoding), encoding, detected, confidence };
}

function detect(bytes: Uint8Array): { encoding: CsvEncoding; confidence: number } {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { encoding: 'utf-8', confidence: 1 };
  if (startsWith(bytes, [0xff, 0xfe])) return { encoding: 'utf-16le', confidence: 1 };
  if (startsWith(bytes, [0xfe, 0xff])) return { encoding: 'utf-16be', confidence: 1 };
  // Text never holds NUL bytes; UTF-16 without a BOM is full of them, on the odd
  // bytes (LE) or the even ones (BE) for Latin text. Checked before UTF-8, which
  // would accept NULs.
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return { encoding: utf16, confidence: 0.9 };
  if (isStrictUtf8(bytes)) return { encoding: 'utf-8', confidence: 1 };

  // The first 64 KiB tell the page as well as the whole file does, at a fraction of
  // the cost of decoding a large MSEL four times.
  const sample = bytes.subarray(0, 64 * 1024);
  const prior = new Map<CsvEncoding, number>();
  for (const match of chardet.analyse(sample)) {
    const name = CHARDET_NAMES[match.name];
    if (name && !prior.has(name)) prior.set(name, match.confidence / 100);
  }
  const ranked = LEGACY.map((encoding) => ({
    encoding,
    // chardet only nudges: it cannot see Windows-1258 and mixes up GBK and Big5 on
    // short files, so our reading of the text decides.
    score: plausibility(decodeAs(sample, encoding)) + 0.3 * (prior.get(encoding) ?? 0),
  })).sort((a, b) => b.score - a.score);
  const best = ranked[0];
  const second = ranked[1];
  if (!best || !second) return { encoding: 'windows-1252', confidence: 0 };
  return { encoding: best.encoding, confidence: confidenceOf(best.score, second.score) };
}

/** 0.5 when the top two tie, approaching 1 as the winner pulls ahead; 0 when nothing reads well. */
function confidenceOf(best: number, second: number): number {
  if (best <= 0) return Math.max(0, Math.min(0.3, 0.3 + best / 10));
  const margin = (best - second) / (Math.abs(best) + Math.abs(second));
  return Math.round(Math.min(1, 0.5 + margin / 2) * 100) / 100;
}

function decodeAs(bytes: Uint8Array, encoding: CsvEncoding): string {
  // TextDecoder drops a UTF-8 BOM and builds the string in one go; iconv-lite strips a BOM
  // matching the other encodings. NFC composes Windows-1258's separate tone marks (and
  // any NFD text from macOS) so "ế" compares equal everywhere.
  if (encoding === 'utf-8') return toNfc(new TextDecoder('utf-8').decode(bytes));
  return toNfc(iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding));
}

const NFC_SLICE = 1024 * 1024;

/**
 * text.normalize('NFC'), without ICU's copies of the whole text: a 45 MB file would
 * briefly cost five times that. Nothing below U+0300 composes or decomposes, so most
 * Western text is returned as it is; the rest is normalised in slices that end before
 * an ASCII character, which never combines with the character before it.
 */
export function toNfc(text: string): string {
  if (!/[\u0300-\uffff]/.test(text)) return text;
  if (text.length <= NFC_SLICE) return text.normalize('NFC');
  const parts: string[] = [];
  for (let start = 0; start < text.length;) {
    let end = Math.min(start + NFC_SLICE, text.length);
    while (end < text.length && text.charCodeAt(end) >= 0x80) end += 1;
    parts.push(text.slice(start, end).normalize('NFC'));
    start = end;
  }
  return parts.join('');
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

function isStrictUtf8(bytes: Uint8Array): boolean {
  // Validates in place: decoding a 50 MB file just to throw the text away would not.
  return isUtf8(bytes);
}

function utf16WithoutBom(bytes: Uint8Array): CsvEncoding | null {
  // An even number of bytes from the start: whole UTF-16 code units.
  const sample = bytes.subarray(0, Math.min(bytes.length, 4096) & ~1);
  if (sample.length < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] === 0) {
      if (i % 2 === 0) evenZeros += 1;
      else oddZeros += 1;
    }
  }
  const pairs = sample.length / 2;
  if (oddZeros > pairs * 0.3 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.3 && oddZeros < pairs * 0.05) return 'utf-16be';
  return null;
}
