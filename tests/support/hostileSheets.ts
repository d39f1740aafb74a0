// Builders for hostile spreadsheets, generated in the test rather than stored: minimal
// workbooks written part by part (so a test can put a cell at XFD1048576 without a
// library filling in the gaps), deflate bombs that expand to a gigabyte from a
// megabyte, and a zip writer that may declare whatever sizes the attacker likes.
import { Worker } from 'node:worker_threads';
import { crc32, deflateRawSync, constants as zlibConstants } from 'node:zlib';

export interface RawPart {
  name: string;
  /** What the entry holds, already compressed when `method` is 8. */
  data: Buffer;
  method: 0 | 8;
  /** As declared in the headers: honest by default, a lie when a test says so. */
  uncompressedSize: number;
  crc: number;
}

/** A part compressed honestly (fast rather than small: fixtures run to tens of megabytes). */
export function part(name: string, content: string | Buffer): RawPart {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  const data = deflateRawSync(bytes, { level: 1 });
  return { name, data, method: 8, uncompressedSize: bytes.length, crc: crc32(bytes) };
}

/** A zip of the parts as given; sizes and CRCs are written as the parts declare them. */
export function zipParts(parts: readonly RawPart[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const name = Buffer.from(p.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // names are UTF-8
    local.writeUInt16LE(p.method, 8);
    local.writeUInt32LE(p.crc >>> 0, 14);
    local.writeUInt32LE(p.data.length, 18);
    local.writeUInt32LE(p.uncompressedSize >>> 0, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(p.method, 10);
    central.writeUInt32LE(p.crc >>> 0, 16);
    central.writeUInt32LE(p.data.length, 20);
    central.writeUInt32LE(p.uncompressedSize >>> 0, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, p.data);
    centrals.push(central, name);
    offset += local.length + name.length + p.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/**
 * A part that expands to `prefix`, then `repeat` × 4 MiB of filler, then `suffix`: a
 * gigabyte from about a megabyte. The filler block is compressed once and repeated (a
 * full flush makes each copy independent), so building it costs milliseconds. Spaces
 * compress about 1000:1; `noisy` filler (a letter every 32 bytes) about 100:1, under
 * the ratio limit, to reach the size limits instead.
 */
export function bombPart(
  name: string,
  prefix: string,
  repeat: number,
  suffix: string,
  options: { noisy?: boolean; declaredSize?: number } = {},
): RawPart {
  const flush = { finishFlush: zlibConstants.Z_FULL_FLUSH };
  const block = Buffer.alloc(4 * 1024 * 1024, 0x20);
  if (options.noisy) {
    let seed = 7;
    for (let i = 0; i < block.length; i += 32) {
      seed = (seed * 1103515245 + 12345) >>> 0;
      block[i] = 0x61 + (seed % 26);
    }
  }
  const head = Buffer.from(prefix);
  const tail = Buffer.from(suffix);
  const compressedBlock = deflateRawSync(block, flush);
  const data = Buffer.concat([
    deflateRawSync(head, flush),
    ...Array.from({ length: repeat }, () => compressedBlock),
    deflateRawSync(tail), // the final block
  ]);
  let crc = crc32(head);
  for (let i = 0; i < repeat; i++) crc = crc32(block, crc);
  crc = crc32(tail, crc);
  const size = head.length + repeat * block.length + tail.length;
  return { name, data, method: 8, uncompressedSize: options.declaredSize ?? size, crc };
}

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export interface SheetSpec {
  name: string;
  /** The whole worksheet XML; see worksheet(). */
  xml: string | RawPart;
}

/** The parts every workbook needs around its sheets, shared strings and styles. */
export function workbookParts(
  sheets: readonly SheetSpec[],
  options: { sharedStrings?: string | RawPart; styles?: string; extra?: RawPart[] } = {},
): RawPart[] {
  const rels = sheets.map(
    (_, i) => `<Relationship Id="rId${i + 1}" Type="${REL_NS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
  );
  if (options.sharedStrings !== undefined) {
    rels.push(`<Relationship Id="rIdS" Type="${REL_NS}/sharedStrings" Target="sharedStrings.xml"/>`);
  }
  if (options.styles !== undefined) rels.push(`<Relationship Id="rIdY" Type="${REL_NS}/styles" Target="styles.xml"/>`);
  const asPart = (name: string, content: string | RawPart) =>
    typeof content === 'string' ? part(name, content) : { ...content, name };
  return [
    part('[Content_Types].xml', '<?xml version="1.0"?><Types/>'),
    part(
      '_rels/.rels',
      `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    part(
      'xl/workbook.xml',
      `<?xml version="1.0"?><workbook ${NS} xmlns:r="${REL_NS}"><sheets>${sheets
        .map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
        .join('')}</sheets></workbook>`,
    ),
    part(
      'xl/_rels/workbook.xml.rels',
      `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`,
    ),
    ...sheets.map((s, i) => asPart(`xl/worksheets/sheet${i + 1}.xml`, s.xml)),
    ...(options.sharedStrings === undefined ? [] : [asPart('xl/sharedStrings.xml', options.sharedStrings)]),
    ...(options.styles === undefined ? [] : [part('xl/styles.xml', options.styles)]),
    ...(options.extra ?? []),
  ];
}

export function xlsxOf(
  sheets: readonly SheetSpec[],
  options: { sharedStrings?: string | RawPart; styles?: string; extra?: RawPart[] } = {},
): Buffer {
  return zipParts(workbookParts(sheets, options));
}

/** Worksheet XML around the given <row> elements. */
export function worksheet(rows: string, after = ''): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet ${NS}><sheetData>${rows}</sheetData>${after}</worksheet>`;
}

export const WORKSHEET_OPEN = `<?xml version="1.0"?><worksheet ${NS}><sheetData>`;
export const WORKSHEET_CLOSE = '</sheetData></worksheet>';

/** An inline-string cell: no shared strings needed. */
export function textCell(ref: string, text: string): string {
  return `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
}

/** A shared-strings table of the given texts (XML-escaped by the caller). */
export function sharedStringsXml(texts: readonly string[]): string {
  return `<?xml version="1.0"?><sst ${NS} count="${texts.length}" uniqueCount="${texts.length}">${texts
    .map((t) => `<si><t>${t}</t></si>`)
    .join('')}</sst>`;
}

// Polls the process's resident memory from another thread, so that the peak is seen
// even while the reader holds the main thread in one synchronous stretch.
const SAMPLER = `
const { workerData } = require('node:worker_threads');
const peak = new Float64Array(workerData);
setInterval(() => { const rss = process.memoryUsage.rss(); if (rss > peak[0]) peak[0] = rss; }, 2);
`;

/** How far resident memory rose above where it was when `fn` started, at its highest. */
export async function peakRssGrowth(fn: () => Promise<unknown>): Promise<{ outcome: unknown; growth: number }> {
  const shared = new SharedArrayBuffer(8);
  const peak = new Float64Array(shared);
  const sampler = new Worker(SAMPLER, { eval: true, workerData: shared });
  try {
    while (peak[0] === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    const before = process.memoryUsage.rss();
    peak[0] = before;
    let outcome: unknown;
    try {
      outcome = await fn();
    } catch (err) {
      outcome = err;
    }
    await new Promise((resolve) => setTimeout(resolve, 10)); // one more sample
    return { outcome, growth: (peak[0] ?? before) - before };
  } finally {
    await sampler.terminate();
  }
}
