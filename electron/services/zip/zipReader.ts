// A zip reader that distrusts its input: it checks every name and declared size in the
// central directory before decompressing a byte, then counts bytes while inflating and
// stops the moment a limit is passed, since sizes in headers are whatever the author wrote.
// Format-neutral: the caller passes its limits and its error factory (`.drill`, `.xlsx`).
import { crc32 } from 'node:zlib';
import yauzl from 'yauzl';
import type { Entry, ZipFile } from 'yauzl';
import { fromZipError } from './zipErrors';
import { RATIO_CHECK_FLOOR_BYTES, type ZipErrorFactory, type ZipLimits } from './zipLimits';

export interface ZipEntry {
  name: string;
  entry: Entry;
}

export function openZip(bytes: Buffer, errorOf: ZipErrorFactory): Promise<ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(
      bytes,
      {
        lazyEntries: true,
        autoClose: false,
        // Names stay raw bytes so that unsafePathRule() below, not yauzl, judges them
        // (yauzl would refuse some with its own English errors and rewrite backslashes).
        decodeStrings: false,
        // We count bytes ourselves and report our own reasons (see readEntryBytes).
        validateEntrySizes: false,
      },
      (err, zip) => (err ? reject(fromZipError(err, { bytes }, errorOf)) : resolve(zip)),
    );
  });
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Why a name could escape a folder if someone unpacked it to disk; null if safe. */
export function unsafePathRule(name: string): string | null {
  if (name.length === 0) return 'empty';
  if (name.includes('\\')) return 'backslash';
  if (name.startsWith('/')) return 'absolute';
  if (/^[a-zA-Z]:/.test(name)) return 'driveLetter';
  if (name.split('/').includes('..')) return 'parentSegment';
  // eslint-disable-next-line no-control-regex -- control characters are what we look for
  if (/[\u0000-\u001f\u007f]/.test(name)) return 'controlCharacter';
  return null;
}

function decodeName(raw: Buffer, errorOf: ZipErrorFactory): string {
  try {
    return utf8.decode(raw);
  } catch {
    // Not UTF-8: no name of ours looks like that. latin1 shows the bytes in details.
    throw errorOf('unsafePath', { entry: raw.toString('latin1'), rule: 'encoding' });
  }
}

export interface ListOptions {
  /**
   * Which entries' declared sizes count against the limits now. A format that reads
   * only some entries (a workbook's sheets, not its pictures) passes a filter and checks
   * the others' sizes, if ever, with checkDeclaredSize just before inflating them.
   */
  sizeChecked?: (name: string) => boolean;
}

/**
 * Reads the central directory (no file data) and refuses unsafe names, duplicates,
 * encrypted or oddly compressed entries, and declared sizes past the limits.
 */
export async function listEntries(
  zip: ZipFile,
  bytes: Buffer,
  limits: ZipLimits,
  errorOf: ZipErrorFactory,
  options: ListOptions = {},
): Promise<ZipEntry[]> {
  if (zip.entryCount > limits.maxEntries) {
    throw errorOf('tooManyEntries', { found: zip.entryCount, max: limits.maxEntries });
  }
  const entries: ZipEntry[] = [];
  const seen = new Set<string>();
  let declaredTotal = 0;
  try {
    for await (const entry of zip.eachEntry()) {
      const name = decodeName(entry.fileNameRaw, errorOf);
      const rule = unsafePathRule(name);
      if (rule) throw errorOf('unsafePath', { entry: name, rule });
      if (seen.has(name)) throw errorOf('duplicateEntry', { entry: name });
      seen.add(name);
      if (entry.isEncrypted()) throw errorOf('unsupportedEntry', { entry: name, encrypted: true });
      if (entry.compressionMethod !== 0 && entry.compressionMethod !== 8) {
        throw errorOf('unsupportedEntry', { entry: name, compressionMethod: entry.compressionMethod });
      }
      if (options.sizeChecked && !options.sizeChecked(name)) {
        entries.push({ name, entry });
        continue;
      }
      checkSize(name, entry.uncompressedSize, entry.compressedSize, limits, errorOf);
      declaredTotal += entry.uncompressedSize;
      if (declaredTotal > limits.maxTotalUncompressedBytes) {
        throw errorOf('tooLarge', {
          entry: name,
          limit: 'totalBytes',
          max: limits.maxTotalUncompressedBytes,
          found: declaredTotal,
        });
      }
      entries.push({ name, entry });
    }
  } catch (err) {
    throw fromZipError(err, { bytes }, errorOf);
  }
  return entries;
}

/** The per-entry limits, for a declared size or for the bytes inflated so far. */
function checkSize(
  entry: string,
  size: number,
  compressedSize: number,
  limits: ZipLimits,
  errorOf: ZipErrorFactory,
): void {
  if (size > limits.maxEntryBytes) {
    throw errorOf('tooLarge', { entry, limit: 'entryBytes', max: limits.maxEntryBytes, found: size });
  }
  if (size > RATIO_CHECK_FLOOR_BYTES) {
    const ratio = size / Math.max(compressedSize, 1);
    if (ratio > limits.maxCompressionRatio) {
      throw errorOf('tooLarge', {
        entry,
        limit: 'compressionRatio',
        max: limits.maxCompressionRatio,
        found: Math.floor(ratio),
      });
    }
  }
}

/** An entry's declared size against the limits and what was inflated so far; nothing is inflated. */
export function checkDeclaredSize(
  { name, entry }: ZipEntry,
  limits: ZipLimits,
  budget: ByteBudget,
  errorOf: ZipErrorFactory,
): void {
  checkSize(name, entry.uncompressedSize, entry.compressedSize, limits, errorOf);
  const total = budget.used + entry.uncompressedSize;
  if (total > limits.maxTotalUncompressedBytes) {
    throw errorOf('tooLarge', {
      entry: name,
      limit: 'totalBytes',
      max: limits.maxTotalUncompressedBytes,
      found: total,
    });
  }
}

/** Decompressed bytes so far across the whole file, shared by every readEntryBytes call. */
export interface ByteBudget {
  used: number;
}

/** Inflates one entry, counting as it goes, and checks its length and CRC-32 at the end. */
export async function readEntryBytes(
  zip: ZipFile,
  { name, entry }: ZipEntry,
  bytes: Buffer,
  limits: ZipLimits,
  budget: ByteBudget,
  errorOf: ZipErrorFactory,
): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  let crc = 0;
  try {
    const stream = await zip.openReadStreamPromise(entry);
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      size += chunk.length;
      budget.used += chunk.length;
      // Throwing here leaves the loop, which destroys the stream: inflation stops now.
      checkSize(name, size, entry.compressedSize, limits, errorOf);
      if (budget.used > limits.maxTotalUncompressedBytes) {
        throw errorOf('tooLarge', {
          entry: name,
          limit: 'totalBytes',
          max: limits.maxTotalUncompressedBytes,
          found: budget.used,
        });
      }
      if (size > entry.uncompressedSize) {
        // The header understated the size: the classic way past a declared-size check.
        throw errorOf('tooLarge', { entry: name, limit: 'declaredSize', max: entry.uncompressedSize, found: size });
      }
      crc = crc32(chunk, crc);
      chunks.push(chunk);
    }
  } catch (err) {
    throw fromZipError(err, { bytes, entry: name }, errorOf);
  }
  if (size !== entry.uncompressedSize) {
    throw errorOf('corrupt', { entry: name, reason: 'size', expected: entry.uncompressedSize, actual: size });
  }
  if (crc !== entry.crc32) {
    throw errorOf('corrupt', { entry: name, reason: 'crc32', expected: entry.crc32, actual: crc });
  }
  return Buffer.concat(chunks, size);
}
