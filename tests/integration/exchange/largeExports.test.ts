// An exercise at the per-exercise attachment limit exports and imports back whole,
// through the real library, attachment store and exchange service on SQLite. (The
// transports' share of the same promise is proved from the constants in
// tests/unit/exchange/sizeAgreement.test.ts, and over the real WebSocket server, at a
// size a shared machine can afford, in tests/integration/host/largeFiles.test.ts.)
import { createHash } from 'node:crypto';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../../electron/db/open';
import { createRecordingLogger } from '../../../electron/host/ports';
import { createAttachmentStore } from '../../../electron/services/attachments/attachmentStore';
import { createExchangeService } from '../../../electron/services/exchange/exchangeService';
import { DEFAULT_DRILL_LIMITS } from '../../../electron/services/exchange/drillFormat';
import { createLibraryService } from '../../../electron/services/library/libraryService';
import { LIMITS, type AttachmentMeta } from '../../../shared/model/exercise';
import { fakeClock, tempDir } from '../../support/temp';

let dbs: Db[] = [];
afterEach(() => {
  for (const db of dbs) db.close();
  dbs = [];
});

function library() {
  const db = openDatabase(path.join(tempDir(), 'lib.sqlite'));
  dbs.push(db);
  const clock = fakeClock();
  const lib = createLibraryService({ db, clock, logger: createRecordingLogger() });
  const attachments = createAttachmentStore(db);
  const exchange = createExchangeService({ db, clock, library: lib, attachments, appVersion: '0.0.0-test' });
  return { library: lib, attachments, exchange };
}

/** `count` different attachments of `size` bytes; each is filled with one byte, cheap to make. */
function attachments(count: number, size: number): { meta: AttachmentMeta; bytes: Buffer }[] {
  return Array.from({ length: count }, (_, k) => {
    const bytes = Buffer.alloc(size, k + 1);
    const id = createHash('sha256').update(bytes).digest('hex');
    return { bytes, meta: { id, name: `ảnh-${k}.jpg`, mime: 'image/jpeg', size } };
  });
}

describe('an exercise at the attachment limit', () => {
  it('exports to a file the reader takes, and imports back whole', async () => {
    const source = library();
    const files = attachments(8, LIMITS.exerciseAttachmentBytesMax / 8);
    for (const { bytes, meta } of files) source.attachments.put(bytes, meta.mime);
    const ex = source.library.create({ title: 'Hồ sơ ảnh hiện trường', attachments: files.map((f) => f.meta) });

    const { bytes: file } = await source.exchange.exportDrill([ex.id]);
    // Attachments are stored as they are, so the file is as large as they are, and fits.
    expect(file.length).toBeGreaterThan(LIMITS.exerciseAttachmentBytesMax);
    expect(file.length).toBeLessThanOrEqual(DEFAULT_DRILL_LIMITS.maxFileBytes);

    const target = library();
    const imported = await target.exchange.importDrill(file, {}, (title) => `${title} (copy)`);
    expect(imported).toEqual([ex]);
    expect(target.library.get(ex.id)).toEqual(ex);
    for (const { meta, bytes } of [files[0]!, files[files.length - 1]!]) {
      expect(target.attachments.get(meta.id).bytes.equals(bytes)).toBe(true);
    }
    // A generous bound for a machine busy with other work, not a speed check.
  }, 240_000);
});
