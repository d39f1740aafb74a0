// Whatever the app can export, it can import again over both transports. Proved from the
// constants (a real round trip at these sizes would need gigabytes of memory): the largest
// exercise the library accepts makes a `.drill` file the reader takes, that file fits one
// call's base64, and that call fits one WebSocket frame.
import { describe, expect, it } from 'vitest';
import { DEFAULT_DRILL_LIMITS, attachmentPath, exercisePath } from '../../../electron/services/exchange/drillFormat';
import { methods } from '../../../shared/api/contract';
import { BASE64_CHARS_MAX, FILE_BYTES_MAX, STAFF_FRAME_BYTES_MAX } from '../../../shared/api/limits';
import { LIMITS } from '../../../shared/model/exercise';

const UUID = '0b9d3c1e-6a7f-4c2b-9e51-2f4a8d6c7b10';
const SHA = 'f'.repeat(64);

/** yazl's bytes around one stored entry: local header, data descriptor, central header, ZIP64 extras. */
function zipOverhead(name: string): number {
  const nameBytes = Buffer.byteLength(name);
  const local = 30 + nameBytes;
  const descriptor = 24;
  const central = 46 + nameBytes + 28;
  return local + descriptor + central;
}

describe('export and import agree on sizes', () => {
  it('the reader takes exactly the largest file one call carries', () => {
    expect(DEFAULT_DRILL_LIMITS.maxFileBytes).toBe(FILE_BYTES_MAX);
  });

  it('the largest exercise the library holds makes a file the reader takes', () => {
    // Every attachment (stored, not deflated), the document, and a manifest listing them all.
    const entries = LIMITS.attachmentsMax + 1;
    const manifestEntry = JSON.stringify({ path: attachmentPath(SHA), sha256: SHA, size: FILE_BYTES_MAX }, null, 2);
    const manifestBytes = 1024 + entries * (manifestEntry.length + 8);
    const overhead =
      LIMITS.attachmentsMax * zipOverhead(attachmentPath(SHA)) +
      zipOverhead(exercisePath(UUID)) +
      zipOverhead('manifest.json') +
      22 + // end of central directory
      76; // ZIP64 end record and locator
    const largest = LIMITS.exerciseAttachmentBytesMax + LIMITS.exerciseDocBytesMax + manifestBytes + overhead;
    expect(largest).toBeLessThanOrEqual(DEFAULT_DRILL_LIMITS.maxFileBytes);
    expect(LIMITS.exerciseAttachmentBytesMax + LIMITS.exerciseDocBytesMax + manifestBytes).toBeLessThanOrEqual(
      DEFAULT_DRILL_LIMITS.maxTotalUncompressedBytes,
    );
    expect(entries + 1).toBeLessThanOrEqual(DEFAULT_DRILL_LIMITS.maxEntries);
    expect(LIMITS.attachmentBytesMax).toBeLessThanOrEqual(DEFAULT_DRILL_LIMITS.maxEntryBytes);
    expect(LIMITS.exerciseDocBytesMax).toBeLessThanOrEqual(DEFAULT_DRILL_LIMITS.maxEntryBytes);
  });

  it('a file of FILE_BYTES_MAX fits the contract’s base64 for preview and import', () => {
    const base64Length = Math.ceil(FILE_BYTES_MAX / 3) * 4;
    expect(base64Length).toBeLessThanOrEqual(BASE64_CHARS_MAX);
    // The contract's own schema says so too (checked on a short string of the same shape).
    for (const name of ['exchange.preview', 'exchange.import'] as const) {
      const shape = methods[name].input.shape.base64;
      expect(shape.safeParse('QUJD').success).toBe(true);
      expect(shape.maxLength).toBe(BASE64_CHARS_MAX);
    }
  });

  it('the import call around that base64 fits one staff WebSocket frame', () => {
    // The heaviest call: the most exercises a file can hold, each with a choice.
    const choices = Object.fromEntries(
      Array.from({ length: DEFAULT_DRILL_LIMITS.maxEntries - 1 }, (_, k) => [
        `${k.toString(16).padStart(8, '0')}-6a7f-4c2b-9e51-2f4a8d6c7b10`,
        'replace',
      ]),
    );
    const frameAround = JSON.stringify({
      id: Number.MAX_SAFE_INTEGER,
      method: 'exchange.import',
      input: { base64: '', choices, locale: 'zh-Hant' },
    });
    expect(BASE64_CHARS_MAX + Buffer.byteLength(frameAround)).toBeLessThanOrEqual(STAFF_FRAME_BYTES_MAX);
  });
});
